import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import type { KbSuggestion } from '../../../shared/api/routing.types';
import { useAuth } from '../../../shared/auth/auth-context';
import { EmptyState } from '../../../shared/components/empty-state';
import { LoadingState } from '../../../shared/components/loading-state';

type Search = { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'done'; readonly results: readonly KbSuggestion[] } | { readonly status: 'error'; readonly message: string };

/** Searches the published knowledge base and inserts an article's answer into the reply. */
export function KbSearch({ onInsert, idPrefix }: { readonly onInsert: (text: string) => void; readonly idPrefix: string }) {
  const { api } = useAuth();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [inserting, setInserting] = useState<string | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    setSearch({ status: 'loading' });
    try {
      setSearch({ status: 'done', results: await api.kb.search(query.trim()) });
    } catch (error) {
      setSearch({ status: 'error', message: describeError(error) });
    }
  };

  const insert = async (suggestion: KbSuggestion) => {
    setInserting(suggestion.articleId);
    try {
      onInsert((await api.kb.get(suggestion.articleId)).body);
    } catch {
      // The article may have been unpublished since the search: its preview is still a useful start.
      onInsert(suggestion.snippet);
    } finally {
      setInserting(null);
    }
  };

  return (
    <section className="kb-search" aria-labelledby={`${idPrefix}-kb-title`}>
      <h3 id={`${idPrefix}-kb-title`}>Knowledge base</h3>
      <form role="search" onSubmit={run} className="inline-form">
        <label className="visually-hidden" htmlFor={`${idPrefix}-kb-query`}>
          Search the knowledge base
        </label>
        <input id={`${idPrefix}-kb-query`} type="search" placeholder="Search articles…" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit" className="button button--small">
          Search
        </button>
      </form>
      {search.status === 'loading' && <LoadingState label="Searching…" />}
      {search.status === 'error' && (
        <p className="inline-error" role="alert">
          {search.message}
        </p>
      )}
      {search.status === 'done' &&
        (search.results.length === 0 ? (
          <EmptyState title="No matching articles">Try other words.</EmptyState>
        ) : (
          <ul className="kb-results" aria-label="Articles found">
            {search.results.map((result) => (
              <li key={result.articleId}>
                <strong>{result.title}</strong>
                <p className="muted">{result.snippet}</p>
                <button type="button" className="button button--small" onClick={() => void insert(result)} disabled={inserting !== null} aria-label={`Insert "${result.title}" into the reply`}>
                  {inserting === result.articleId ? 'Inserting…' : 'Insert'}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
