import { Inject, Injectable } from '@nestjs/common';
import { Topics, newId, type AccessClaims, type ConversationMessage, type NotePush } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import type { ContactView } from '@switchboard/routing';
import { RealtimeFailure } from '../shared/realtime-failure';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { RealtimeServers } from '../shared/realtime-servers';
import { Rooms } from '../shared/rooms';
import { CONVERSATION_LOG, type ConversationLog } from './conversation-log';
import { agentNoteAdded, chatMessageSent, replyRequested } from './outbound-envelopes';

/**
 * What an agent writes into an assigned conversation. A web chat reply is recorded
 * (`message.sent.v1`) and then shown in the widget; a reply on any other channel is handed to
 * ingestion (`message.reply-requested.v1`), which sends it through the provider. Either way the
 * agent's other sockets and the conversation's log get it. The bus publish comes first: nothing is
 * shown that the timeline will not have.
 */
@Injectable()
export class AgentReplies {
  constructor(
    @Inject(CONVERSATION_LOG) private readonly log: ConversationLog,
    @Inject(BUS) private readonly bus: Bus,
    private readonly servers: RealtimeServers,
    private readonly metrics: RealtimeMetrics,
  ) {}

  async reply(claims: AccessClaims, contact: ContactView, text: string, clientMessageId: string | null): Promise<ConversationMessage> {
    const { tenantId } = claims;
    const conversationId = contact.conversationId;
    const address = await this.log.replyAddress(tenantId, conversationId);
    if (!address) throw new RealtimeFailure('NO_REPLY_ADDRESS', 'no customer message with a reply address is known for this conversation');
    const message: ConversationMessage = { messageId: newId(), conversationId, author: { kind: 'agent', id: claims.sub }, text, sentAt: new Date().toISOString(), clientMessageId };
    if (address.channel === 'chat') {
      await this.bus.publish(Topics.channelEvents, [chatMessageSent(tenantId, address, message)]);
      this.servers.chat?.to(Rooms.chat(tenantId, conversationId)).emit('chat:message', message);
    } else {
      await this.bus.publish(Topics.outboundMessages, [replyRequested(tenantId, address, message)]);
    }
    await this.log.append(tenantId, conversationId, message);
    this.metrics.conversationMessages.inc({ author: 'agent', channel: address.channel });
    return message;
  }

  async addNote(claims: AccessClaims, conversationId: string, text: string): Promise<NotePush> {
    const note: NotePush = { noteId: newId(), conversationId, authorId: claims.sub, text, addedAt: new Date().toISOString() };
    const address = await this.log.replyAddress(claims.tenantId, conversationId);
    await this.bus.publish(Topics.channelEvents, [agentNoteAdded(claims.tenantId, address?.threadKey ?? conversationId, note)]);
    return note;
  }
}
