import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { FiguresPush } from '@switchboard/contracts';
import { RoutingService } from '@switchboard/routing';
import { REALTIME_OPTIONS, type ResolvedRealtimeOptions } from '../realtime.options';
import { RealtimeServers } from '../shared/realtime-servers';
import { Rooms } from '../shared/rooms';

interface Watched {
  sockets: number;
  readonly timer: NodeJS.Timeout;
  reading: boolean;
}

/**
 * Pushes queue and agent figures to the supervisors connected to THIS instance: one timer per
 * tenant with a supervisor here (not one per socket), one read of routing's state per tick, and
 * `local` emits, so that two instances with supervisors of the same tenant do not double each
 * other's pushes through the adapter. A tick still reading skips the next one instead of piling up.
 */
@Injectable()
export class FiguresBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly watched = new Map<string, Watched>();

  constructor(
    private readonly routing: RoutingService,
    private readonly servers: RealtimeServers,
    @Inject(REALTIME_OPTIONS) private readonly options: ResolvedRealtimeOptions,
  ) {}

  watch(tenantId: string): void {
    const entry = this.watched.get(tenantId);
    if (entry) {
      entry.sockets += 1;
      return;
    }
    const timer = setInterval(() => void this.tick(tenantId), this.options.figuresIntervalMs);
    this.watched.set(tenantId, { sockets: 1, timer, reading: false });
  }

  unwatch(tenantId: string): void {
    const entry = this.watched.get(tenantId);
    if (!entry) return;
    entry.sockets -= 1;
    if (entry.sockets > 0) return;
    clearInterval(entry.timer);
    this.watched.delete(tenantId);
  }

  async read(tenantId: string): Promise<FiguresPush> {
    const [queues, agents] = await Promise.all([this.routing.queueFigures(tenantId), this.routing.agentFigures(tenantId)]);
    return { at: new Date().toISOString(), queues, agents };
  }

  onModuleDestroy(): void {
    for (const entry of this.watched.values()) clearInterval(entry.timer);
    this.watched.clear();
  }

  private async tick(tenantId: string): Promise<void> {
    const entry = this.watched.get(tenantId);
    const namespace = this.servers.supervisor;
    if (!entry || entry.reading || !namespace) return;
    entry.reading = true;
    try {
      namespace.local.to(Rooms.supervisors(tenantId)).emit('figures', await this.read(tenantId));
    } catch (error) {
      this.logger.error({ err: error, tenantId }, 'supervisor figures could not be read');
    } finally {
      entry.reading = false;
    }
  }
}
