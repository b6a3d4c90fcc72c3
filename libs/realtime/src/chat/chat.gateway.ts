import { Logger } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit } from '@nestjs/websockets';
import { RealtimeNamespaces } from '@switchboard/contracts';
import { parsePayload } from '../shared/parse-payload';
import { RealtimeFailure, toRealtimeError } from '../shared/realtime-failure';
import { RealtimeRequests } from '../shared/realtime-requests';
import { RealtimeServers } from '../shared/realtime-servers';
import type { ChatIdentity, ChatNamespace, ChatSocket } from '../shared/realtime-sockets';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { Rooms } from '../shared/rooms';
import { ChatConversations } from './chat-conversations.service';
import { chatHandshake } from './chat-handshake';
import { ChatMessageDto, ChatRatingDto, ChatTypingDto, HelpedDto, StartChatDto } from './dto/chat-requests.dto';
import { WidgetKeys } from './widget-keys';

function requireChat(socket: ChatSocket): ChatIdentity {
  const chat = socket.data.chat;
  if (!chat) throw new RealtimeFailure('NO_CONVERSATION', 'start a conversation first (chat:start)');
  return chat;
}

/**
 * `/chat`: the customer's web widget. No JWT: the handshake names the tenant by its widget key and,
 * after a reconnect, the conversation by its resume token. A widget socket acts only on the
 * conversation its handshake or `chat:start` gave it; the tenant is never taken from a message.
 */
@WebSocketGateway({ namespace: RealtimeNamespaces.chat })
export class ChatGateway implements OnGatewayInit<ChatNamespace>, OnGatewayConnection<ChatSocket>, OnGatewayDisconnect<ChatSocket> {
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly conversations: ChatConversations,
    private readonly widgetKeys: WidgetKeys,
    private readonly servers: RealtimeServers,
    private readonly requests: RealtimeRequests,
    private readonly metrics: RealtimeMetrics,
  ) {}

  afterInit(namespace: ChatNamespace): void {
    this.servers.registerChat(namespace);
    namespace.use(chatHandshake(this.widgetKeys, this.conversations, this.metrics));
  }

  async handleConnection(socket: ChatSocket): Promise<void> {
    this.metrics.connectedSockets.inc({ namespace: RealtimeNamespaces.chat });
    const chat = socket.data.chat;
    if (!chat) {
      socket.emit('chat:ready', { conversation: null, resumed: false });
      return;
    }
    await socket.join(Rooms.chat(chat.tenantId, chat.conversationId));
    this.conversations.customerConnected(chat);
    try {
      socket.emit('chat:ready', { conversation: await this.conversations.describe(chat), resumed: true });
    } catch (error) {
      this.logger.error({ err: error, socketId: socket.id }, 'chat conversation could not be read');
      socket.emit('error', toRealtimeError(error, 'chat:ready'));
    }
  }

  handleDisconnect(socket: ChatSocket): void {
    this.metrics.connectedSockets.dec({ namespace: RealtimeNamespaces.chat });
    const chat = socket.data.chat;
    if (chat) this.conversations.customerDisconnected(chat);
  }

  @SubscribeMessage('chat:start')
  start(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:start', ack, async () => {
      const request = parsePayload(StartChatDto, body);
      if (socket.data.chat) throw new RealtimeFailure('REFUSED', 'a conversation is already open on this connection');
      const { identity, started } = await this.conversations.start(socket.data.tenantId, request);
      socket.data.chat = identity;
      await socket.join(Rooms.chat(identity.tenantId, identity.conversationId));
      return started;
    });
  }

  @SubscribeMessage('chat:message')
  message(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:message', ack, async () => {
      const chat = requireChat(socket);
      const { accepted, suggestions } = await this.conversations.customerMessage(chat, parsePayload(ChatMessageDto, body));
      const room = Rooms.chat(chat.tenantId, chat.conversationId);
      // The customer's other tabs show it too; suggestions go to every tab.
      socket.to(room).emit('chat:message', accepted.message);
      if (suggestions) this.servers.chat?.to(room).emit('chat:suggestions', suggestions);
      return accepted;
    });
  }

  @SubscribeMessage('chat:typing')
  typing(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:typing', ack, async () => {
      const chat = requireChat(socket);
      const { typing } = parsePayload(ChatTypingDto, body);
      this.servers.agent?.to(Rooms.conversation(chat.tenantId, chat.conversationId)).emit('conversation:typing', { conversationId: chat.conversationId, from: 'customer', typing });
      return null;
    });
  }

  @SubscribeMessage('chat:helped')
  helped(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:helped', ack, async () => {
      const chat = requireChat(socket);
      const { articleId } = parsePayload(HelpedDto, body ?? {});
      return this.conversations.helped(chat, articleId ?? null);
    });
  }

  @SubscribeMessage('chat:request-agent')
  requestAgent(@ConnectedSocket() socket: ChatSocket, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:request-agent', ack, () => this.conversations.requestAgent(requireChat(socket)));
  }

  @SubscribeMessage('chat:rate')
  rate(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:rate', ack, () => this.conversations.rate(requireChat(socket), parsePayload(ChatRatingDto, body)));
  }

  @SubscribeMessage('chat:leave')
  leave(@ConnectedSocket() socket: ChatSocket, @Ack() ack: unknown): Promise<void> {
    return this.requests.answer(socket, 'chat:leave', ack, async () => {
      const chat = requireChat(socket);
      const left = await this.conversations.leave(chat);
      socket.data.chat = null;
      await socket.leave(Rooms.chat(chat.tenantId, chat.conversationId));
      return left;
    });
  }
}
