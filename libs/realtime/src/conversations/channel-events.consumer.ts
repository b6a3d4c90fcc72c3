import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Topics, type ConversationMessage } from '@switchboard/contracts';
import { BUS, type Bus, type BusConsumer } from '@switchboard/infra-bus';
import { REALTIME_OPTIONS, type ResolvedRealtimeOptions } from '../realtime.options';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { RealtimeServers } from '../shared/realtime-servers';
import { Rooms } from '../shared/rooms';
import { CONVERSATION_LOG, type ConversationLog } from './conversation-log';
import { inboundChannelMessage } from './inbound-channel-message';
import { sentChannelMessage } from './sent-channel-message';

/** Consumer group of the realtime service on `Topics.channelEvents`. */
export const CHANNEL_EVENTS_GROUP = 'realtime';

/**
 * Customers' messages from the other channels (and the replies sent to them there, the
 * self-service bot's included), to the agent handling the conversation (through the
 * adapter, whichever instance consumed it), into the conversation's log, and their reply address
 * remembered so the agent's answer can go back the same way. Redeliveries are shown once (the log
 * claims each event id).
 */
@Injectable()
export class ChannelEventsConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private consumer: BusConsumer | null = null;

  constructor(
    @Inject(BUS) private readonly bus: Bus,
    @Inject(CONVERSATION_LOG) private readonly log: ConversationLog,
    private readonly servers: RealtimeServers,
    private readonly metrics: RealtimeMetrics,
    @Inject(REALTIME_OPTIONS) private readonly options: ResolvedRealtimeOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.consumeChannelEvents) return;
    this.consumer = await this.bus.subscribe({
      groupId: CHANNEL_EVENTS_GROUP,
      topics: [Topics.channelEvents],
      fromBeginning: false,
      handler: async ({ event }) => {
        const sent = sentChannelMessage(event);
        if (sent) return this.show(sent.tenantId, sent.conversationId, sent.message, event.source.channel);
        const inbound = inboundChannelMessage(event);
        if (!inbound) return;
        const { tenantId, conversationId, message, address } = inbound;
        if (address) await this.log.setReplyAddress(tenantId, conversationId, address);
        await this.show(tenantId, conversationId, message, event.source.channel);
      },
    });
  }

  private async show(tenantId: string, conversationId: string, message: ConversationMessage, channel: string): Promise<void> {
    if (!(await this.log.append(tenantId, conversationId, message))) return;
    this.metrics.conversationMessages.inc({ author: message.author.kind, channel });
    this.servers.agent?.to(Rooms.conversation(tenantId, conversationId)).emit('conversation:message', message);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.stop();
  }
}
