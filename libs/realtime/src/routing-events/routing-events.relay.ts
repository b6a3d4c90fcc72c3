import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Topics, asRoutingEvent, type RoutingEvent } from '@switchboard/contracts';
import { BUS, type Bus, type BusConsumer } from '@switchboard/infra-bus';
import { RoutingService } from '@switchboard/routing';
import { REALTIME_OPTIONS, type ResolvedRealtimeOptions } from '../realtime.options';
import { RealtimeMetrics } from '../shared/realtime.metrics';
import { RealtimeServers } from '../shared/realtime-servers';
import { pushesFor, type RoutingPush } from './routing-pushes';

/** Consumer group of realtime processes that read routing events from the bus. */
export const ROUTING_EVENTS_GROUP = 'realtime-routing';

/**
 * Pushes routing's decisions to the consoles and the widget: offers with their countdown, ended
 * offers, assignments (the agent's sockets join the conversation's room), presence, and the chat's
 * status. Events come from the routing facade's in-process listeners (the engine runs here) or from
 * `Topics.routingEvents` (a realtime-only process), never both, so each is pushed once; pushes go
 * through the socket.io adapter and so reach every instance.
 */
@Injectable()
export class RoutingEventsRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private stopListening: (() => void) | null = null;
  private consumer: BusConsumer | null = null;

  constructor(
    private readonly routing: RoutingService,
    private readonly servers: RealtimeServers,
    private readonly metrics: RealtimeMetrics,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(REALTIME_OPTIONS) private readonly options: ResolvedRealtimeOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.routingEvents === 'in-process') {
      this.stopListening = this.routing.onRoutingEvent((event) => this.relay(event));
      return;
    }
    this.consumer = await this.bus.subscribe({
      groupId: ROUTING_EVENTS_GROUP,
      topics: [Topics.routingEvents],
      // Offers older than this process are expired or re-sent from routing's state at connection.
      fromBeginning: false,
      handler: async ({ event }) => {
        const routingEvent = asRoutingEvent(event);
        if (routingEvent) await this.carryOut(pushesFor(routingEvent));
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    await this.consumer?.stop();
  }

  /** Routing's listeners are synchronous: the pushes go out without holding routing up. */
  private relay(event: RoutingEvent): void {
    this.carryOut(pushesFor(event)).catch((error: unknown) => this.logger.error({ err: error, type: event.type }, 'routing event push failed'));
  }

  private async carryOut(pushes: readonly RoutingPush[]): Promise<void> {
    for (const push of pushes) {
      if ('change' in push) {
        // Cluster-wide with the Redis adapter: the agent's sockets on every instance join or leave.
        const sockets = this.servers.agent?.in(push.sockets);
        if (push.change === 'join') sockets?.socketsJoin(push.room);
        else sockets?.socketsLeave(push.room);
        continue;
      }
      const namespace = push.namespace === 'agent' ? this.servers.agent : this.servers.chat;
      if (!namespace) continue;
      this.metrics.routingPushes.inc({ event: push.event });
      // socket.io's typed emit takes one (event, payload) pair at a time; pushesFor already typed each pair.
      const room = namespace.to(push.room) as unknown as { emit(event: string, payload: unknown): boolean };
      room.emit(push.event, push.payload);
    }
  }
}
