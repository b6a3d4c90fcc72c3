import type { NotePush } from '@switchboard/contracts/realtime';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { formatClock } from '../../../shared/format/time';

/** Internal notes: seen by colleagues and kept in the timeline, never sent to the customer. */
export function NotesPanel({ notes, onAdd, disabled, idPrefix }: { readonly notes: readonly NotePush[]; readonly onAdd: (text: string) => Promise<unknown>; readonly disabled: boolean; readonly idPrefix: string }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await onAdd(text.trim());
      setText('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="side-section" aria-labelledby={`${idPrefix}-notes-title`}>
      <h3 id={`${idPrefix}-notes-title`}>Internal notes</h3>
      {notes.length === 0 ? (
        <p className="muted">No notes on this conversation.</p>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note.noteId}>
              <span className="muted">{formatClock(note.addedAt)}</span> {note.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="stack">
        <label className="visually-hidden" htmlFor={`${idPrefix}-note`}>
          New internal note
        </label>
        <textarea id={`${idPrefix}-note`} rows={2} placeholder="Add a note for colleagues…" value={text} onChange={(event) => setText(event.target.value)} disabled={disabled} />
        {error && (
          <span className="inline-error" role="alert">
            {error}
          </span>
        )}
        <button type="submit" className="button button--small" disabled={disabled || saving || !text.trim()}>
          {saving ? 'Saving…' : 'Add note'}
        </button>
      </form>
    </section>
  );
}
