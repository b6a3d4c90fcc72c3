import type { ChatSuggestion, ConversationMessage } from '@switchboard/contracts/realtime';
import { h } from './widget-dom';
import { WIDGET_CSS } from './widget-styles';

export interface WidgetHandlers {
  onOpen(): void;
  onSend(text: string, details: { name: string; email: string }): Promise<void>;
  onTyping(typing: boolean): void;
  onHelped(articleId: string): Promise<void>;
  onRequestAgent(): Promise<void>;
  onNewConversation(): Promise<void>;
  onRate(score: number, comment: string): Promise<void>;
}

/**
 * The widget's DOM inside a shadow root: a launcher, and a panel with a status line, the message
 * log (an ARIA live log), knowledge-base suggestions, and the composer. It only renders; the
 * controller decides what to show.
 */
export class WidgetView {
  readonly host = h('div', { 'data-switchboard-widget-host': true });
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly typingLine: HTMLLIElement;
  private readonly details: HTMLElement;
  private readonly suggestionActions: HTMLElement[] = [];
  private suggestionsActive = true;
  private readonly name: HTMLInputElement;
  private readonly email: HTMLInputElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly agentButton: HTMLButtonElement;
  private readonly error: HTMLElement;
  private readonly shown = new Set<string>();

  constructor(title: string, private readonly handlers: WidgetHandlers) {
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.append(h('style', {}, WIDGET_CSS));
    this.launcher = h('button', { type: 'button', className: 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }, title);
    this.status = h('p', { className: 'status', role: 'status' }, 'Ask us anything: we suggest answers at once, and a person is one click away.');
    this.typingLine = h('li', { className: 'typing', hidden: true }, 'An agent is typing…');
    this.log = h('ol', { className: 'log', role: 'log', 'aria-label': 'Conversation', 'aria-live': 'polite' }, h('li', { className: 'intro' }, 'Hello! How can we help you today?'), this.typingLine);
    this.name = h('input', { 'aria-label': 'Your name (optional)', placeholder: 'Name (optional)', autocomplete: 'name', maxlength: '120' });
    this.email = h('input', { 'aria-label': 'Your email (optional)', placeholder: 'Email (optional)', type: 'email', autocomplete: 'email' });
    this.details = h('div', { className: 'details' }, this.name, this.email);
    this.input = h('textarea', { 'aria-label': 'Your message', placeholder: 'Type your question…', rows: '1', maxlength: '4000' });
    this.sendButton = h('button', { type: 'submit', className: 'btn btn--primary' }, 'Send');
    this.agentButton = h('button', { type: 'button', className: 'link' }, 'Talk to a person');
    this.error = h('p', { className: 'error', role: 'alert', hidden: true });
    const close = h('button', { type: 'button', className: 'icon', 'aria-label': 'Minimise the chat' }, '×');
    const newChat = h('button', { type: 'button', className: 'link' }, 'End chat');
    const composer = h('form', { className: 'composer' }, this.input, this.sendButton);
    this.panel = h(
      'section',
      { className: 'panel', role: 'dialog', 'aria-label': title, hidden: true },
      h('div', { className: 'header' }, h('h2', {}, title), close),
      this.status,
      this.log,
      this.error,
      this.details,
      composer,
      h('div', { className: 'footer' }, this.agentButton, newChat),
    );
    shadow.append(this.launcher, this.panel);

    this.launcher.addEventListener('click', () => this.setOpen(true));
    close.addEventListener('click', () => this.setOpen(false));
    this.panel.addEventListener('keydown', (event) => event.key === 'Escape' && this.setOpen(false));
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.submit();
      }
    });
    this.input.addEventListener('input', () => this.handlers.onTyping(this.input.value.length > 0));
    this.agentButton.addEventListener('click', () => void this.guard(this.agentButton, () => this.handlers.onRequestAgent()));
    newChat.addEventListener('click', () => void this.guard(newChat, () => this.handlers.onNewConversation()));
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.launcher.hidden = open;
    this.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      this.handlers.onOpen();
      this.input.focus();
    } else {
      this.launcher.focus();
    }
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** Name and email are asked only before the first message. */
  setStarted(started: boolean): void {
    this.details.hidden = started;
  }

  setAgentRequestable(requestable: boolean): void {
    this.agentButton.hidden = !requestable;
  }

  /** "This helped" and "Talk to a person" under suggestions only mean something before an agent is asked for. */
  setSuggestionsActive(active: boolean): void {
    this.suggestionsActive = active;
    for (const row of this.suggestionActions) row.hidden = !active;
  }

  setComposerEnabled(enabled: boolean): void {
    this.input.disabled = !enabled;
    this.sendButton.disabled = !enabled;
  }

  showError(text: string | null): void {
    this.error.hidden = text === null;
    this.error.textContent = text ?? '';
  }

  hasMessage(messageId: string): boolean {
    return this.shown.has(messageId);
  }

  addMessage(message: ConversationMessage): void {
    if (this.shown.has(message.messageId)) return;
    this.shown.add(message.messageId);
    const customer = message.author.kind === 'customer';
    const who = customer ? 'You' : message.author.kind === 'bot' ? 'Assistant' : 'Agent';
    const item = h('li', { className: `msg msg--${customer ? 'customer' : 'agent'}` }, h('span', { className: 'msg__who' }, who), message.text);
    this.log.insertBefore(item, this.typingLine);
    this.scrollToEnd();
  }

  showSuggestions(suggestions: readonly ChatSuggestion[]): void {
    const box = h('li', { className: 'suggestions' }, h('h3', {}, 'These articles may answer your question'));
    for (const suggestion of suggestions) {
      const helped = h('button', { type: 'button', className: 'btn' }, 'This helped');
      const person = h('button', { type: 'button', className: 'btn' }, 'Talk to a person');
      helped.addEventListener('click', () => void this.guard(helped, () => this.handlers.onHelped(suggestion.articleId)));
      person.addEventListener('click', () => void this.guard(person, () => this.handlers.onRequestAgent()));
      const row = h('div', { className: 'row' }, helped, person);
      row.hidden = !this.suggestionsActive;
      this.suggestionActions.push(row);
      box.append(h('div', { className: 'suggestion' }, h('strong', {}, suggestion.title), h('p', {}, suggestion.snippet), row));
    }
    this.log.insertBefore(box, this.typingLine);
    this.scrollToEnd();
  }

  /** "How did we do?": five score buttons (a radio group for screen readers), an optional comment, and Send. */
  askRating(): void {
    const labels = ['Very poor', 'Poor', 'OK', 'Good', 'Excellent'];
    const scores = h('div', { className: 'rating__scores', role: 'radiogroup', 'aria-label': 'Your rating, from 1 (very poor) to 5 (excellent)' });
    let chosen = 0;
    const buttons = labels.map((label, index) => {
      const button = h('button', { type: 'button', className: 'rating__score', role: 'radio', 'aria-checked': 'false', 'aria-label': `${index + 1}: ${label}`, title: label }, String(index + 1));
      button.addEventListener('click', () => {
        chosen = index + 1;
        for (const other of buttons) other.setAttribute('aria-checked', String(other === button));
        send.disabled = false;
      });
      return button;
    });
    scores.append(...buttons);
    const comment = h('input', { 'aria-label': 'A comment (optional)', placeholder: 'A comment (optional)', maxlength: '1000' });
    const send = h('button', { type: 'button', className: 'btn btn--primary', disabled: true }, 'Send rating');
    const box = h('li', { className: 'rating' }, h('h3', {}, 'How did we do?'), scores, comment, send);
    send.addEventListener('click', () =>
      void this.guard(send, async () => {
        await this.handlers.onRate(chosen, comment.value.trim());
        box.remove();
      }),
    );
    this.log.insertBefore(box, this.typingLine);
    this.scrollToEnd();
  }

  addNotice(text: string): void {
    this.log.insertBefore(h('li', { className: 'intro' }, text), this.typingLine);
    this.scrollToEnd();
  }

  setAgentTyping(typing: boolean): void {
    this.typingLine.hidden = !typing;
    if (typing) this.scrollToEnd();
  }

  /** Empties the log for a new conversation. */
  reset(): void {
    this.shown.clear();
    this.suggestionActions.length = 0;
    for (const child of [...this.log.children]) if (child !== this.typingLine) child.remove();
    this.addNotice('Hello! How can we help you today?');
  }

  private async submit(): Promise<void> {
    const text = this.input.value.trim();
    if (!text || this.sendButton.disabled) return;
    await this.guard(this.sendButton, async () => {
      await this.handlers.onSend(text, { name: this.name.value.trim(), email: this.email.value.trim() });
      this.input.value = '';
      this.handlers.onTyping(false);
    });
    this.input.focus();
  }

  /** Runs an action with its button disabled, showing a failure in words. */
  private async guard(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
    button.disabled = true;
    this.showError(null);
    try {
      await action();
    } catch (error) {
      this.showError(error instanceof Error ? error.message : 'Something went wrong. Please try again.');
    } finally {
      button.disabled = false;
    }
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
