import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { useAuth } from '../../../shared/auth/auth-context';

const READ_MODEL_LAG_MS = 5000;

/** The conversation's tags, as the timeline keeps them; added and removed one at a time. */
export function TagsEditor({ conversationId, tags, available, idPrefix }: { readonly conversationId: string; readonly tags: readonly string[]; readonly available: boolean; readonly idPrefix: string }) {
  const { api } = useAuth();
  const [shown, setShown] = useState<readonly string[]>(tags);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const changedAt = useRef(0);
  useEffect(() => {
    // The read model lags the change just made: an older copy must not undo what the agent sees.
    if (Date.now() - changedAt.current > READ_MODEL_LAG_MS) setShown(tags);
  }, [tags]);

  const change = async (addTags: string[], removeTags: string[]) => {
    const before = shown;
    changedAt.current = Date.now();
    setShown([...shown.filter((tag) => !removeTags.includes(tag)), ...addTags.filter((tag) => !shown.includes(tag))]);
    setError(null);
    try {
      const answer = await api.timeline.changeConversation(conversationId, { addTags, removeTags });
      changedAt.current = Date.now();
      setShown(answer.tags);
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
      {available && shown.length === 0 && <p className="muted">No tags yet.</p>}
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
