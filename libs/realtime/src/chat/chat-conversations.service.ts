import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  Topics,
  WIDGET_CHANNEL_ID,
  newId,
  type ChatConversation,
  type ChatMessageAccepted,
  type ChatRated,
  type ChatStarted,
  type ChatStatusPush,
  type ChatSuggestionsPush,
  type ConversationMessage,
} from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { RoutingService, type ContactView, type KbSuggestion } from '@switchboard/routing';
import { CONVERSATION_LOG, type ConversationLog } from '../conversations/conversation-log';
import { REALTIME_OPTIONS, type ResolvedRealtimeOptions } from '../realtime.options';
import { RealtimeFailure } from '../shared/realtime-failure';
import { RealtimeServers } from '../shared/realtime-servers';
import type { ChatIdentity } from '../shared/realtime-sockets';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { Rooms } from '../shared/rooms';
import { chatStatusOf } from './chat-status';
import type { ChatMessageDto, ChatRatingDto, StartChatDto } from './dto/chat-requests.dto';
import { chatMessageReceived, csatSubmitted } from './inbound-envelope';
import { CHAT_SESSION_STORE, type ChatSession, type ChatSessionStore } from './sessions/chat-session-store';

/** Sessions are stored under the token's hash: a leaked store does not hand out resumable tokens. */
export function sessionKeyOf(resumeToken: string): string {
  return createHash('sha256').update(resumeToken).digest('hex');
}

const RESUME_TOKEN_MAX = 128;

/**
 * The web chat's use cases, for the widget's own conversation only (the gateway passes the
 * identity its handshake or `chat:start` established, never one the client names).
 */
@Injectable()
export class ChatConversations implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly leaveTimers = new Set<NodeJS.Timeout>();
  private closing = false;

  constructor(
    private readonly routing: RoutingService,
    @Inject(CHAT_SESSION_STORE) private readonly sessions: ChatSessionStore,
    @Inject(CONVERSATION_LOG) private readonly log: ConversationLog,
    @Inject(BUS) private readonly bus: Bus,
    private readonly servers: RealtimeServers,
    private readonly metrics: RealtimeMetrics,
    @Inject(REALTIME_OPTIONS) private readonly options: ResolvedRealtimeOptions,
  ) {}

  /** A new conversation and visitor, both with server-made ids, and the token that resumes it. */
  async start(tenantId: string, request: StartChatDto): Promise<{ identity: ChatIdentity; started: ChatStarted }> {
    const resumeToken = randomBytes(32).toString('base64url');
    const sessionKey = sessionKeyOf(resumeToken);
    const session: ChatSession = {
      tenantId,
      conversationId: newId(),
      visitorId: newId(),
      name: request.name?.trim() || null,
      email: request.email?.trim().toLowerCase() || null,
      language: request.language ?? null,
      startedAt: new Date().toISOString(),
      routed: false,
      endedAt: null,
    };
    await this.sessions.create(sessionKey, session);
    const { conversationId, visitorId } = session;
    await this.log.setReplyAddress(tenantId, conversationId, {
      channel: 'chat',
      channelId: WIDGET_CHANNEL_ID,
      to: { kind: 'chat-visitor', value: visitorId },
      channelAddress: null,
      threadKey: conversationId,
      lastProviderMessageId: null,
      emailThread: null,
    });
    return { identity: { tenantId, conversationId, visitorId, sessionKey }, started: { conversationId, resumeToken, status: 'new' } };
  }

  /** The conversation a resume token opens, or null when it is unknown, of another tenant, or ended. */
  async resume(tenantId: string, resumeToken: unknown): Promise<ChatIdentity | null> {
    if (typeof resumeToken !== 'string' || resumeToken.length === 0 || resumeToken.length > RESUME_TOKEN_MAX) return null;
    return this.reopen(tenantId, sessionKeyOf(resumeToken));
  }

  /** The identity of a still-open session (a recovered socket's, checked again). */
  async reopen(tenantId: string, sessionKey: string): Promise<ChatIdentity | null> {
    const session = await this.sessions.get(sessionKey);
    if (!session || session.tenantId !== tenantId || session.endedAt) return null;
    return { tenantId, conversationId: session.conversationId, visitorId: session.visitorId, sessionKey };
  }

  async describe(identity: ChatIdentity): Promise<ChatConversation> {
    const session = await this.requireSession(identity);
    const [contact, messages] = await Promise.all([this.routing.contact(identity.tenantId, identity.conversationId), this.log.recent(identity.tenantId, identity.conversationId)]);
    return { conversationId: identity.conversationId, status: chatStatusOf(contact, session.routed), messages };
  }

  /**
   * The customer wrote. The first message (or the first after the conversation closed) enqueues the
   * contact with its text, so a self-service queue answers with knowledge-base suggestions; later
   * messages in self-service get suggestions of their own. The contact is enqueued before the
   * message is published: routing's channel-event consumer, which would send it straight to agents,
   * then finds it already there.
   */
  async customerMessage(identity: ChatIdentity, request: ChatMessageDto): Promise<{ accepted: ChatMessageAccepted; suggestions: ChatSuggestionsPush | null }> {
    if (request.conversationId !== undefined && request.conversationId !== identity.conversationId) {
      throw new RealtimeFailure('FORBIDDEN', 'you can only write in your own conversation');
    }
    const { tenantId, conversationId } = identity;
    const session = await this.requireSession(identity);
    const message: ConversationMessage = {
      messageId: newId(),
      conversationId,
      author: { kind: 'customer', id: null },
      text: request.text,
      sentAt: new Date().toISOString(),
      clientMessageId: request.clientMessageId ?? null,
    };
    let contact = await this.routing.contact(tenantId, conversationId);
    let suggestions: KbSuggestion[] = [];
    if (!contact) {
      const enqueued = await this.enqueue(identity, session, { text: request.text, correlationId: message.messageId });
      contact = enqueued.contact;
      suggestions = enqueued.suggestions;
    } else if (contact.status === 'self-service') {
      suggestions = await this.routing.suggestAnswers(tenantId, request.text, { language: session.language });
    }
    await this.bus.publish(Topics.channelEvents, [chatMessageReceived(session, message)]);
    await this.log.append(tenantId, conversationId, message);
    this.metrics.conversationMessages.inc({ author: 'customer', channel: 'chat' });
    this.servers.agent?.to(Rooms.conversation(tenantId, conversationId)).emit('conversation:message', message);
    const pushed =
      suggestions.length === 0
        ? null
        : { conversationId, messageId: message.messageId, suggestions: suggestions.map(({ articleId, title, snippet }) => ({ articleId, title, snippet })) };
    return { accepted: { message, status: chatStatusOf(contact, true) }, suggestions: pushed };
  }

  /** "This helped": routing closes the contact as resolved by self-service (refused once an agent has it). */
  async helped(identity: ChatIdentity, articleId: string | null): Promise<ChatStatusPush> {
    await this.routing.resolveBySelfService(identity.tenantId, identity.conversationId, articleId);
    return { conversationId: identity.conversationId, status: 'closed' };
  }

  /** "I need a person", also before the first message or after the conversation closed. */
  async requestAgent(identity: ChatIdentity): Promise<ChatStatusPush> {
    const session = await this.requireSession(identity);
    const contact = await this.routing.contact(identity.tenantId, identity.conversationId);
    const now = contact ? await this.routing.requestAgent(identity.tenantId, identity.conversationId) : (await this.enqueue(identity, session, { selfService: false })).contact;
    return { conversationId: identity.conversationId, status: chatStatusOf(now, true) };
  }

  /**
   * The customer's satisfaction score, once the conversation has ended and only once; published for
   * the timeline, which records it on the conversation.
   */
  async rate(identity: ChatIdentity, request: ChatRatingDto): Promise<ChatRated> {
    const session = await this.requireSession(identity);
    const contact = await this.routing.contact(identity.tenantId, identity.conversationId);
    if (chatStatusOf(contact, session.routed) !== 'closed') throw new RealtimeFailure('REFUSED', 'a conversation can be rated once it has ended');
    if (session.ratedAt) throw new RealtimeFailure('REFUSED', 'this conversation has been rated already');
    const ratedAt = new Date().toISOString();
    await this.bus.publish(Topics.channelEvents, [csatSubmitted(session, { score: request.score, comment: request.comment?.trim() || null }, ratedAt)]);
    await this.sessions.update(identity.sessionKey, { ratedAt });
    return { conversationId: identity.conversationId, score: request.score };
  }

  /** The customer closed the widget for good. */
  async leave(identity: ChatIdentity): Promise<ChatStatusPush> {
    await this.end(identity);
    return { conversationId: identity.conversationId, status: 'closed' };
  }

  customerConnected(identity: ChatIdentity): void {
    this.servers.agent?.to(Rooms.conversation(identity.tenantId, identity.conversationId)).emit('conversation:customer', { conversationId: identity.conversationId, online: true });
  }

  /**
   * A widget socket dropped. If none of the conversation's sockets is back (on any instance) when
   * the resume window ends, the customer left: a contact nobody accepted is abandoned and the
   * token stops resuming.
   */
  customerDisconnected(identity: ChatIdentity): void {
    if (this.closing) return; // this instance is shutting down: its customers will reconnect elsewhere
    this.servers.agent?.to(Rooms.conversation(identity.tenantId, identity.conversationId)).emit('conversation:customer', { conversationId: identity.conversationId, online: false });
    const timer = setTimeout(() => {
      this.leaveTimers.delete(timer);
      this.endIfGone(identity).catch((error: unknown) => this.logger.error({ err: error, tenantId: identity.tenantId }, 'chat abandonment check failed'));
    }, this.options.chatResumeWindowMs);
    timer.unref();
    this.leaveTimers.add(timer);
  }

  onModuleDestroy(): void {
    this.closing = true;
    for (const timer of this.leaveTimers) clearTimeout(timer);
    this.leaveTimers.clear();
  }

  private async endIfGone(identity: ChatIdentity): Promise<void> {
    const chat = this.servers.chat;
    if (!chat || this.closing) return;
    const present = await chat.in(Rooms.chat(identity.tenantId, identity.conversationId)).fetchSockets();
    if (present.length > 0) return;
    const session = await this.sessions.get(identity.sessionKey);
    if (!session || session.endedAt) return;
    await this.end(identity);
  }

  private async end(identity: ChatIdentity): Promise<void> {
    const contact = await this.routing.contact(identity.tenantId, identity.conversationId);
    // An assigned conversation stays with its agent, who wraps it up.
    if (contact && contact.status !== 'assigned') await this.routing.abandonContact(identity.tenantId, identity.conversationId, 'customer-left');
    await this.sessions.update(identity.sessionKey, { endedAt: new Date().toISOString() });
    this.servers.agent?.to(Rooms.conversation(identity.tenantId, identity.conversationId)).emit('conversation:customer', { conversationId: identity.conversationId, online: false });
  }

  private async enqueue(
    identity: ChatIdentity,
    session: ChatSession,
    extra: { text?: string; correlationId?: string; selfService?: boolean },
  ): Promise<{ contact: ContactView; suggestions: KbSuggestion[] }> {
    const result = await this.routing.enqueueContact({
      tenantId: identity.tenantId,
      conversationId: identity.conversationId,
      sourceChannel: 'chat',
      customerKey: `chat-visitor:${identity.visitorId}`,
      language: session.language,
      ...extra,
    });
    if (!session.routed) await this.sessions.update(identity.sessionKey, { routed: true });
    return result;
  }

  private async requireSession(identity: ChatIdentity): Promise<ChatSession> {
    const session = await this.sessions.get(identity.sessionKey);
    if (!session || session.endedAt) throw new RealtimeFailure('NO_CONVERSATION', 'this conversation has ended: start a new one');
    return session;
  }
}
