import { Link } from 'react-router-dom';
import type { Role } from '../api/identity.types';
import { homeFor } from '../auth/require-role';
import { useAuth } from '../auth/auth-context';
import { useDocumentTitle } from '../hooks/use-document-title';

export function NotAllowed({ needed }: { readonly needed: Role }) {
  const { session } = useAuth();
  useDocumentTitle('Not allowed');
  return (
    <main className="page page--centered" id="main">
      <section className="notice-card" role="alert" aria-labelledby="not-allowed-title">
        <h1 id="not-allowed-title">Not allowed</h1>
        <p>
          This page is for users with the <strong>{needed}</strong> role. You are signed in as{' '}
          <strong>{session?.user.email}</strong> ({session?.user.role}).
        </p>
        {session && (
          <p>
            <Link to={homeFor(session.user.role)}>Go to your workspace</Link>
          </p>
        )}
      </section>
    </main>
  );
}
