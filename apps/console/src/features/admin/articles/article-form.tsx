import { useState, type FormEvent } from 'react';
import type { Article, ArticleInput } from '../../../shared/api/routing.types';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';

/** Writes or edits an article; saving keeps its status (publishing is a separate, deliberate step). */
export function ArticleForm({ article, onSave, onCancel }: { readonly article: Article | null; readonly onSave: (input: ArticleInput) => Promise<unknown>; readonly onCancel: () => void }) {
  const [title, setTitle] = useState(article?.title ?? '');
  const [language, setLanguage] = useState(article?.language ?? 'en');
  const [tags, setTags] = useState((article?.tags ?? []).join(', '));
  const [body, setBody] = useState(article?.body ?? '');
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input: ArticleInput = {
      title: title.trim(),
      language: language.trim(),
      body: body.trim(),
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    await submit.run(() => onSave(input));
  };

  return (
    <form className="panel-form" onSubmit={onSubmit} aria-labelledby="article-form-title">
      <h3 id="article-form-title">{article ? `Edit “${article.title}”` : 'New article'}</h3>
      <div className="form-grid">
        <label className="field">
          <span>Title</span>
          <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          <span>Language</span>
          <input value={language} onChange={(event) => setLanguage(event.target.value)} required maxLength={16} />
        </label>
        <label className="field">
          <span>Tags (comma-separated)</span>
          <input value={tags} onChange={(event) => setTags(event.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Answer</span>
        <textarea rows={6} value={body} onChange={(event) => setBody(event.target.value)} required maxLength={20000} />
      </label>
      <FormError error={submit.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save article'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
