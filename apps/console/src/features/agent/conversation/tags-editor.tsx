import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { useAuth } from '../../../shared/auth/auth-context';

/** The conversation's tags, as the timeline keeps them; added and removed one at a time. */
export function TagsEditor({ conversationId, tags, available, idPrefix }: { readonly conversationId: string; readonly tags: readonly string[]; readonly available: boolean; readonly idPrefix: string }) {
  const { api } = useAuth();
  const [shown, setShown] = useState<readonly string[]>(tags);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setShown(tags);
  }, [tags]);

  const change = async (addTags: string[], removeTags: string[]) => {
    const before = shown;
    setShown([...shown.filter((tag) => !removeTags.includes(tag)), ...addTags.filter((tag) => !shown.includes(tag))]);
    setError(null);
    try {
      await api.timeline.changeConversation(conversationId, { addTags, removeTags });
    } catch (failure) {
      setShown(before);
      setError(describeError(failure));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const tag = text.trim().toLowerCase();
    if (!tag) return;
    setText('');
    void change([tag], []);
  };

  return (
    <section className="side-section" aria-labelledby={`${idPrefix}-tags-title`}>
      <h3 id={`${idPrefix}-tags-title`}>Tags</h3>
      {!available && <p className="muted">Tags can be set once the timeline has recorded the conversation.</p>}
      <ul className="chips" aria-label="Tags">
        {shown.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button type="button" className="chip__remove" onClick={() => void change([], [tag])} aria-label={`Remove tag ${tag}`}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline-form">
        <label className="visually-hidden" htmlFor={`${idPrefix}-tag`}>
          New tag
        </label>
        <input id={`${idPrefix}-tag`} placeholder="Add a tag" value={text} onChange={(event) => setText(event.target.value)} disabled={!available} maxLength={40} />
        <button type="submit" className="button button--small" disabled={!available || !text.trim()}>
          Add
        </button>
      </form>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
