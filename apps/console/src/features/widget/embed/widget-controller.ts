import type { ChatStatus, ChatSuggestionsPush, ConversationMessage } from '@switchboard/contracts/realtime';
import { ChatConnection } from './chat-connection';
import { STATUS_TEXT } from './status-text';
import type { WidgetConfig } from './widget-config';
import { WidgetView } from './widget-view';

/**
 * Ties the `/chat` socket to the view. The socket connects when the panel first opens (a page
 * with a closed widget costs the server nothing) and resumes the previous conversation of this tab.
 */
export class WidgetController {
  private readonly connection: ChatConnection;
  private readonly view: WidgetView;
  private status: ChatStatus = 'new';
  /** An agent took this conversation, and it has not been rated yet: ask when it closes. */
  private rateable = false;
  /** Suggestions that arrived before the message they answer (the push can beat the send's ack). */
  private readonly earlySuggestions = new Map<string, ChatSuggestionsPush>();

  constructor(config: WidgetConfig) {
    this.connection = new ChatConnection(config);
    this.view = new WidgetView(config.title, {
      onOpen: () => this.connection.connect(),
      onSend: (text, details) => this.send(text, details),
      onTyping: (typing) => this.connection.typing(typing),
      onHelped: (articleId) => this.helped(articleId),
      onRequestAgent: () => this.requestAgent(),
      onNewConversation: () => this.newConversation(),
      onRate: (score, comment) => this.rate(score, comment),
    });
    this.listen();
    this.setStatus('new');
  }

  mount(parent: HTMLElement, open: boolean): void {
    parent.append(this.view.host);
    if (open) this.view.setOpen(true);
  }

  open(): void {
    this.view.setOpen(true);
  }

  close(): void {
    this.view.setOpen(false);
  }

  private listen(): void {
    const { socket } = this.connection;
    socket.on('chat:ready', ({ conversation }) => {
      this.connection.adopt(conversation?.conversationId ?? null);
      this.view.setStarted(conversation !== null);
      if (!conversation) return;
      for (const message of conversation.messages) this.addMessage(message);
      this.setStatus(conversation.status);
    });
    socket.on('chat:status', ({ status }) => this.setStatus(status));
    socket.on('chat:message', (message) => {
      this.addMessage(message);
      if (message.author.kind === 'agent') this.view.setAgentTyping(false);
    });
    socket.on('chat:typing', ({ typing }) => this.view.setAgentTyping(typing));
    socket.on('chat:suggestions', (pushed) => this.suggest(pushed));
    socket.on('connect_error', () => this.view.showError('We cannot reach the chat right now. Retrying…'));
    socket.on('connect', () => this.view.showError(null));
    socket.on('error', (error) => this.view.showError(error.reason));
  }

  /** Shows suggestions under the question they answer, whichever of the two arrives first. */
  private suggest(pushed: ChatSuggestionsPush): void {
    if (this.view.hasMessage(pushed.messageId)) {
      this.view.showSuggestions(pushed.suggestions);
      return;
    }
    this.earlySuggestions.set(pushed.messageId, pushed);
    // Should the message itself never come back (a failed send), the answers are still worth showing.
    window.setTimeout(() => {
      if (this.earlySuggestions.delete(pushed.messageId)) this.view.showSuggestions(pushed.suggestions);
    }, 2000);
  }

  private addMessage(message: ConversationMessage): void {
    this.view.addMessage(message);
    const early = this.earlySuggestions.get(message.messageId);
    if (early && this.earlySuggestions.delete(message.messageId)) this.view.showSuggestions(early.suggestions);
  }

  private setStatus(status: ChatStatus): void {
    const previous = this.status;
    this.status = status;
    if (status === 'assigned') this.rateable = true;
    if (status === 'closed' && previous !== 'closed' && this.rateable) this.view.askRating();
    this.view.setStatus(STATUS_TEXT[status]);
    // Asking for a person makes sense until one is on the way.
    this.view.setAgentRequestable(status === 'new' || status === 'self-service' || status === 'closed');
    this.view.setSuggestionsActive(status === 'new' || status === 'self-service');
    if (status === 'waiting' || status === 'assigned') this.view.setAgentTyping(false);
  }

  private async ensureStarted(details: { name?: string; email?: string }): Promise<void> {
    if (this.connection.started) return;
    this.connection.connect();
    await this.connection.start(details);
    this.view.setStarted(true);
  }

  private async send(text: string, details: { name: string; email: string }): Promise<void> {
    await this.ensureStarted({ ...(details.name ? { name: details.name } : {}), ...(details.email ? { email: details.email } : {}) });
    const accepted = await this.connection.send(text);
    this.addMessage(accepted.message);
    this.setStatus(accepted.status);
  }

  private async helped(articleId: string): Promise<void> {
    const { status } = await this.connection.helped(articleId);
    this.setStatus(status);
    this.view.addNotice('Glad we could help! Write again any time.');
  }

  private async requestAgent(): Promise<void> {
    await this.ensureStarted({});
    const { status } = await this.connection.requestAgent();
    this.setStatus(status);
  }

  private async rate(score: number, comment: string): Promise<void> {
    await this.connection.rate(score, comment);
    this.rateable = false;
    this.view.addNotice('Thank you for your feedback!');
  }

  private async newConversation(): Promise<void> {
    if (this.status !== 'closed' && this.connection.started && !window.confirm('End this chat?')) return;
    await this.connection.leave();
    this.rateable = false;
    this.view.reset();
    this.view.setStarted(false);
    this.setStatus('new');
  }
}
