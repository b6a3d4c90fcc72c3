import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { EVENT_STORE, type EventStore } from '@switchboard/infra-event-store';
import { MetricsService } from '@switchboard/runtime';
import { startStoreToBusRelay, type RunningRelay } from './store-to-bus-relay';

@Injectable()
class EventRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventRelay');
  private relay: RunningRelay | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUS) private readonly bus: Bus,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const relayed = this.metrics.counter({ name: 'switchboard_relay_events_total', help: 'Stored events published to the domain-events topic' });
    const failures = this.metrics.counter({ name: 'switchboard_relay_failures_total', help: 'Relay interruptions (bus or store failures)' });
    const position = this.metrics.gauge({ name: 'switchboard_relay_position', help: 'Store position of the last relayed event' });
    this.relay = await startStoreToBusRelay(this.store, this.bus, {
      onRelayed: (event) => {
        relayed.inc();
        position.set(event.position);
      },
      onError: (error) => {
        failures.inc();
        this.logger.warn({ err: error }, 'relay interrupted; retrying from its checkpoint');
      },
    });
  }

  // Before the adapters close (onApplicationShutdown), so the bus is still there for the last publish.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}

/** Relays the event store to the bus; import it in one app per deployment. */
@Module({ providers: [EventRelayService] })
export class EventRelayModule {}
