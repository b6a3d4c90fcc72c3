import { useEffect } from 'react';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { WidgetEmbedSnippet } from './widget-embed-snippet';

const DEMO_TENANT = 'demo';

/**
 * Adds the widget to this page exactly as a customer's site would: a script tag. In development
 * Vite serves the widget's source as a module; the build serves the bundled /widget.js.
 */
function useWidgetScript(): void {
  useEffect(() => {
    if (document.querySelector('script[data-switchboard-widget]')) return;
    const script = document.createElement('script');
    script.dataset['switchboardWidget'] = '';
    script.dataset['tenant'] = DEMO_TENANT;
    script.dataset['title'] = 'Chat with Northwind';
    if (import.meta.env.DEV) {
      script.type = 'module';
      script.src = '/src/features/widget/embed/widget-main.ts';
    } else {
      script.src = '/widget.js';
      script.defer = true;
    }
    document.body.append(script);
  }, []);
}

/** A stand-in for a customer's website, to try the chat widget as a visitor. */
export function WidgetDemoPage() {
  useDocumentTitle('Widget demo');
  useWidgetScript();
  return (
    <div className="demo-site">
      <header className="demo-site__header">
        <span className="demo-site__brand">Northwind Outfitters</span>
        <nav aria-label="Shop">
          <span>Jackets</span> <span>Boots</span> <span>Help</span>
        </nav>
      </header>
      <main id="main" className="demo-site__main">
        <section className="demo-site__hero">
          <h1>Gear for every trail</h1>
          <p>Questions about an order, a return or your account? Use the chat button at the bottom right.</p>
        </section>
        <section className="demo-site__explain" aria-labelledby="how-title">
          <h2 id="how-title">What is this page?</h2>
          <p>
            This page stands in for a customer’s website. The <strong>Chat with Northwind</strong> button is the Switchboard chat widget, talking to the{' '}
            <code>demo</code> tenant:
          </p>
          <ol>
            <li>Open the chat and ask a question, e.g. “How do I return my boots?”. Articles from the knowledge base are suggested when a queue has self-service on.</li>
            <li>Choose “Talk to a person”.</li>
            <li>
              In another tab, <a href="/login">sign in</a> as <code>agent1@demo.test</code> (password <code>switchboard</code>), set yourself Available, and accept the
              offer.
            </li>
          </ol>
          <WidgetEmbedSnippet tenant={DEMO_TENANT} />
        </section>
      </main>
    </div>
  );
}
