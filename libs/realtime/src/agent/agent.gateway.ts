import { Inject, Logger } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit } from '@nestjs/websockets';
import { RealtimeNamespaces, type AccessClaims, type AgentSessionPush, type OfferPush, type OpenedConversation } from '@switchboard/contracts';
import { AccessTokenVerifier } from '@switchboard/identity-access';
import { RoutingService, type AgentView, type ContactView } from '@switchboard/routing';
import { AgentReplies } from '../conversations/agent-replies.service';
import { CONVERSATION_LOG, type ConversationLog } from '../conversations/conversation-log';
import { parsePayload } from '../shared/parse-payload';
import { RealtimeFailure, toRealtimeError } from '../shared/realtime-failure';
import { RealtimeRequests } from '../shared/realtime-requests';
import { RealtimeServers } from '../shared/realtime-servers';
import type { AgentNamespace, AgentSocket } from '../shared/realtime-sockets';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { Rooms } from '../shared/rooms';
import { disconnectAtExpiry, staffHandshake } from '../shared/staff-handshake';
import { requireAssigned, transferTarget } from './assigned-conversation';
import { AddNoteDto, ConversationRefDto, OfferAnswerDto, PresenceDto, SendMessageDto, TransferTargetDto, TypingDto, WrapUpDto } from './dto/agent-requests.dto';

/**
 * `/agent`: an agent's console. The handshake verifies the JWT (agent role or above); every socket
 * joins its agent's room, where routing's offers, presence changes and assignments arrive (see
 * RoutingEventsRelay), and the rooms of the conversations assigned to the agent. Every request is
 * checked against routing's state: an agent acts only on conversations assigned to them.
 */
@WebSocketGateway({ namespace: RealtimeNamespaces.agent })
export class AgentGateway implements OnGatewayInit<AgentNamespace>, OnGatewayConnection<AgentSocket>, OnGatewayDisconnect<AgentSocket> {
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly routing: RoutingService,
    private readonly verifier: AccessTokenVerifier,
    private readonly servers: RealtimeServers,
    private readonly requests: RealtimeRequests,
    private readonly metrics: RealtimeMetrics,
    private readonly replies: AgentReplies,
    @Inject(CONVERSATION_LOG) private readonly log: ConversationLog,
  ) {}

  afterInit(namespace: AgentNamespace): void {
    this.servers.registerAgent(namespace);
    namespace.use(staffHandshake(this.verifier, 'agent', this.metrics));
  }

  async handleConnection(socket: AgentSocket): Promise<void> {
    this.metrics.connectedSockets.inc({ namespace: RealtimeNamespaces.agent });
    disconnectAtExpiry(socket, (error) => socket.emit('error', error));
    const { claims } = socket.data;
    await socket.join(Rooms.agent(claims.tenantId, claims.sub));
    try {
      socket.emit('session', await this.session(claims, socket.recovered));
    } catch (error) {
      this.logger.error({ err: error, socketId: socket.id }, 'agent session could not be read');
      socket.emit('error', toRealtimeError(error, 'session'));
    }
  }

  handleDisconnect(): void {
    this.metrics.connectedSockets.dec({ namespace: RealtimeNamespaces.agent });
  }

  @SubscribeMessage('presence:get')
  presenceGet(@ConnectedSocket() socket: AgentSocket, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'presence:get', ack, () => this.routing.agent(claims.tenantId, claims.sub));
  }

  @SubscribeMessage('presence:set')
  presenceSet(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'presence:set', ack, async (): Promise<AgentView> => {
      const { presence } = parsePayload(PresenceDto, body);
      return this.routing.setPresence(claims.tenantId, claims.sub, presence);
    });
  }

  @SubscribeMessage('offer:accept')
  acceptOffer(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'offer:accept', ack, async (): Promise<OpenedConversation> => {
      const { conversationId, offerId } = parsePayload(OfferAnswerDto, body);
      const conversation = await this.routing.acceptOffer(claims.tenantId, claims.sub, conversationId, offerId);
      return this.open(socket, claims, conversation);
    });
  }

  @SubscribeMessage('offer:decline')
  declineOffer(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'offer:decline', ack, async () => {
      const { conversationId, offerId } = parsePayload(OfferAnswerDto, body);
      await this.routing.declineOffer(claims.tenantId, claims.sub, conversationId, offerId);
      return null;
    });
  }

  @SubscribeMessage('conversation:open')
  openConversation(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'conversation:open', ack, async () => {
      const { conversationId } = parsePayload(ConversationRefDto, body);
      return this.open(socket, claims, await requireAssigned(this.routing, claims, conversationId));
    });
  }

  @SubscribeMessage('message:send')
  sendMessage(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'message:send', ack, async () => {
      const request = parsePayload(SendMessageDto, body);
      const contact = await requireAssigned(this.routing, claims, request.conversationId);
      const message = await this.replies.reply(claims, contact, request.text, request.clientMessageId ?? null);
      socket.to(Rooms.conversation(claims.tenantId, contact.conversationId)).emit('conversation:message', message);
      return message;
    });
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'typing', ack, async () => {
      const { conversationId, typing } = parsePayload(TypingDto, body);
      const contact = await requireAssigned(this.routing, claims, conversationId);
      if (contact.channel === 'chat') this.servers.chat?.to(Rooms.chat(claims.tenantId, conversationId)).emit('chat:typing', { conversationId, typing });
      socket.to(Rooms.conversation(claims.tenantId, conversationId)).emit('conversation:typing', { conversationId, from: 'agent', typing });
      return null;
    });
  }

  @SubscribeMessage('note:add')
  addNote(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'note:add', ack, async () => {
      const { conversationId, text } = parsePayload(AddNoteDto, body);
      await requireAssigned(this.routing, claims, conversationId);
      const note = await this.replies.addNote(claims, conversationId, text);
      socket.to(Rooms.conversation(claims.tenantId, conversationId)).emit('conversation:note', note);
      return note;
    });
  }

  @SubscribeMessage('conversation:transfer')
  transfer(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'conversation:transfer', ack, async () => {
      const request = parsePayload(TransferTargetDto, body);
      const target = transferTarget(request);
      await requireAssigned(this.routing, claims, request.conversationId);
      if (target.agentId && !(await this.routing.agent(claims.tenantId, target.agentId))) throw new RealtimeFailure('NOT_FOUND', 'no such agent in your tenant');
      return this.routing.transfer(claims.tenantId, claims.sub, request.conversationId, target);
    });
  }

  @SubscribeMessage('conversation:wrap-up')
  wrapUp(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    const { claims } = socket.data;
    return this.requests.answer(socket, 'conversation:wrap-up', ack, async () => {
      const { conversationId, disposition } = parsePayload(WrapUpDto, body);
      await requireAssigned(this.routing, claims, conversationId);
      await this.routing.wrapUp(claims.tenantId, claims.sub, conversationId, disposition ?? null);
      return null;
    });
  }

  /** Joins the conversation's room now (the relay joins the agent's other sockets) and returns what the console shows. */
  private async open(socket: AgentSocket, claims: AccessClaims, conversation: ContactView): Promise<OpenedConversation> {
    await socket.join(Rooms.conversation(claims.tenantId, conversation.conversationId));
    return { conversation, messages: await this.log.recent(claims.tenantId, conversation.conversationId) };
  }

  private async session(claims: AccessClaims, recovered: boolean): Promise<AgentSessionPush> {
    const agent = await this.routing.agent(claims.tenantId, claims.sub);
    const offer = agent?.offer ? await this.pendingOffer(claims.tenantId, agent.offer) : null;
    return { agentId: claims.sub, tenantId: claims.tenantId, agent, offer, recovered };
  }

  /** The offer as routing holds it now (re-sent after a reconnect): its deadline comes from the contact. */
  private async pendingOffer(tenantId: string, offer: NonNullable<AgentView['offer']>): Promise<OfferPush | null> {
    const contact = await this.routing.contact(tenantId, offer.conversationId);
    if (!contact?.offer || contact.offer.offerId !== offer.offerId) return null;
    return { offerId: offer.offerId, conversationId: offer.conversationId, queueId: contact.queueId, channel: contact.channel, offeredAt: null, expiresAt: contact.offer.expiresAt };
  }
}
