import { useState } from 'react';
import type { Article } from '../../../shared/api/routing.types';
import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { useAsync } from '../../../shared/hooks/use-async';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { ArticleForm } from './article-form';
import { ArticleRow } from './article-row';

/** Knowledge-base articles: only published ones are suggested to customers and found by agents. */
export function ArticlesPage() {
  useDocumentTitle('Knowledge base · Admin');
  const { api } = useAuth();
  const articles = useAsync(() => api.kb.list(), [api]);
  const [editing, setEditing] = useState<Article | 'new' | null>(null);

  return (
    <section aria-labelledby="articles-title">
      <div className="section-header">
        <h2 id="articles-title">Knowledge base</h2>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New article
        </button>
      </div>
      <AsyncView state={articles} label="Loading articles…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No articles yet">Write answers to common questions: the chat widget suggests them to customers.</EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Language</th>
                    <th scope="col">Status</th>
                    <th scope="col">Updated</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((article) => (
                    <ArticleRow
                      key={article.id}
                      article={article}
                      onEdit={() => setEditing(article)}
                      onPublish={async (publish) => {
                        const updated = publish ? await api.kb.publish(article.id) : await api.kb.unpublish(article.id);
                        if (articles.status === 'ready') articles.set(list.map((item) => (item.id === updated.id ? updated : item)));
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncView>
      {editing && (
        <ArticleForm
          key={editing === 'new' ? 'new' : editing.id}
          article={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            if (editing === 'new') await api.kb.create(input);
            else await api.kb.update(editing.id, input);
            setEditing(null);
            articles.reload();
          }}
        />
      )}
    </section>
  );
}
