import type {
  ChatClientToServerEvents,
  ChatMessageAccepted,
  ChatRated,
  ChatServerToClientEvents,
  ChatStarted,
  ChatStatusPush,
  StartChatRequest,
} from '@switchboard/contracts/realtime';
import { io, type Socket } from 'socket.io-client';
import { request } from '../../../shared/realtime/ack';
import type { WidgetConfig } from './widget-config';

export type ChatSocket = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

// Kept for this browser tab: a reload or a reconnect within the server's resume window (two
// minutes) continues the same conversation instead of starting a new one.
const tokenKey = (tenant: string) => `switchboard.widget.resume.${tenant}`;

function storedToken(tenant: string): string | null {
  try {
    return sessionStorage.getItem(tokenKey(tenant));
  } catch {
    return null;
  }
}

function storeToken(tenant: string, token: string | null): void {
  try {
    if (token) sessionStorage.setItem(tokenKey(tenant), token);
    else sessionStorage.removeItem(tokenKey(tenant));
  } catch {
    // Storage blocked: the conversation just won't survive a reload.
  }
}

let counter = 0;

/** The widget's `/chat` socket and its requests, each resolving with the server's answer. */
export class ChatConnection {
  readonly socket: ChatSocket;
  private conversationId: string | null = null;

  constructor(private readonly config: WidgetConfig) {
    this.socket = io(`${config.server}/chat`, {
      autoConnect: false,
      // A function, so that each reconnection sends the latest resume token.
      auth: (callback) => callback({ tenantId: config.tenant, ...(storedToken(config.tenant) ? { resumeToken: storedToken(config.tenant) } : {}) }),
    });
  }

  get started(): boolean {
    return this.conversationId !== null;
  }

  connect(): void {
    if (!this.socket.connected && !this.socket.active) this.socket.connect();
  }

  /** The conversation the server resumed (from `chat:ready`), or none. */
  adopt(conversationId: string | null): void {
    this.conversationId = conversationId;
    if (!conversationId) storeToken(this.config.tenant, null);
  }

  async start(details: StartChatRequest): Promise<ChatStarted> {
    const started = await request<ChatStarted>((ack) => this.socket.emit('chat:start', { ...details, ...(this.config.language ? { language: this.config.language } : {}) }, ack));
    this.conversationId = started.conversationId;
    storeToken(this.config.tenant, started.resumeToken);
    return started;
  }

  send(text: string): Promise<ChatMessageAccepted> {
    const clientMessageId = `w${Date.now().toString(36)}${(counter++).toString(36)}`;
    return request<ChatMessageAccepted>((ack) => this.socket.emit('chat:message', { text, clientMessageId }, ack));
  }

  typing(typing: boolean): void {
    if (this.started) this.socket.emit('chat:typing', { typing });
  }

  helped(articleId: string): Promise<ChatStatusPush> {
    return request<ChatStatusPush>((ack) => this.socket.emit('chat:helped', { articleId }, ack));
  }

  requestAgent(): Promise<ChatStatusPush> {
    return request<ChatStatusPush>((ack) => this.socket.emit('chat:request-agent', ack));
  }

  /** The customer's satisfaction score (1 to 5) once the conversation has ended. */
  rate(score: number, comment: string): Promise<ChatRated> {
    return request<ChatRated>((ack) => this.socket.emit('chat:rate', { score, ...(comment ? { comment } : {}) }, ack));
  }

  /** Ends the conversation for good (a contact nobody accepted yet is abandoned) and forgets it. */
  async leave(): Promise<void> {
    if (this.started) await request<ChatStatusPush>((ack) => this.socket.emit('chat:leave', ack));
    this.adopt(null);
  }
}
