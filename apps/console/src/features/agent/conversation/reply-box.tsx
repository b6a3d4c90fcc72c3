import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { CANNED_RESPONSES, fillCanned } from './canned-responses';

const TYPING_IDLE_MS = 3000;
const MAX_LENGTH = 4000;

/**
 * The reply: Enter sends, Shift+Enter starts a new line. Canned responses and knowledge-base
 * answers are inserted into the draft (never sent unseen) so the agent can adjust them.
 */
export function ReplyBox({
  draft,
  onDraft,
  onSend,
  onTyping,
  agentName,
  disabled,
  idPrefix,
  focusOnMount,
}: {
  readonly draft: string;
  readonly onDraft: (text: string) => void;
  readonly onSend: (text: string) => Promise<unknown>;
  readonly onTyping: (typing: boolean) => void;
  readonly agentName: string;
  readonly disabled: boolean;
  readonly idPrefix: string;
  /** Set for a conversation the agent just accepted: the cursor waits in its reply. */
  readonly focusOnMount: boolean;
}) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const typingTimer = useRef(0);
  const typing = useRef(false);

  const stopTyping = () => {
    window.clearTimeout(typingTimer.current);
    if (typing.current) onTyping(false);
    typing.current = false;
  };
  // Tell the customer the agent stopped typing when the tab closes mid-sentence.
  useEffect(() => stopTyping, []);

  const change = (text: string) => {
    onDraft(text);
    if (!typing.current && text) onTyping(true);
    typing.current = Boolean(text);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || sending) return;
    setSending(true);
    setError(null);
    try {
      await onSend(text);
      onDraft('');
      stopTyping();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) void send(event);
  };

  const insertCanned = (id: string) => {
    const canned = CANNED_RESPONSES.find((response) => response.id === id);
    if (canned) change(draft ? `${draft} ${fillCanned(canned.text, agentName)}` : fillCanned(canned.text, agentName));
  };

  return (
    <form className="reply" onSubmit={send}>
      <label htmlFor={`${idPrefix}-reply`} className="visually-hidden">
        Reply to the customer
      </label>
      <textarea
        id={`${idPrefix}-reply`}
        className="reply__text"
        rows={3}
        maxLength={MAX_LENGTH}
        placeholder={disabled ? 'This conversation has ended.' : 'Type a reply… (Enter to send, Shift+Enter for a new line)'}
        value={draft}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        disabled={disabled}
        autoFocus={focusOnMount}
      />
      <div className="reply__bar">
        <label className="reply__canned">
          <span className="visually-hidden">Insert a canned response</span>
          <select value="" onChange={(event) => insertCanned(event.target.value)} disabled={disabled}>
            <option value="">Canned responses…</option>
            {CANNED_RESPONSES.map((response) => (
              <option key={response.id} value={response.id}>
                {response.label}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <span className="inline-error" role="alert">
            {error}
          </span>
        )}
        <button type="submit" className="button button--primary" disabled={disabled || sending || !draft.trim()}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
