import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <main className="page page--centered" id="main">
      <section className="notice-card" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p>
          There is nothing at this address. <Link to="/">Back to the start</Link>.
        </p>
      </section>
    </main>
  );
}
