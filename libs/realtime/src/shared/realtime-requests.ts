import { Injectable, Logger } from '@nestjs/common';
import type { Ack, RealtimeError } from '@switchboard/contracts';
import { RealtimeMetrics } from './realtime.metrics';
import { toRealtimeError } from './realtime-failure';

interface ErrorEmitter {
  readonly id: string;
  readonly nsp: { readonly name: string };
  emit(event: 'error', error: RealtimeError): unknown;
}

/**
 * Runs one client request and answers it: through the client's ack callback when it sent one,
 * otherwise failures as an `error` event. Nothing a client sends can throw out of a handler, so a
 * bad message never takes a socket (or the process) down.
 */
@Injectable()
export class RealtimeRequests {
  private readonly logger = new Logger('Realtime');

  constructor(private readonly metrics: RealtimeMetrics) {}

  async answer<T>(socket: ErrorEmitter, event: string, ack: unknown, work: () => Promise<T>): Promise<void> {
    const reply = typeof ack === 'function' ? (ack as (answer: Ack<T>) => void) : null;
    const namespace = socket.nsp.name;
    try {
      const data = await work();
      this.metrics.requests.inc({ namespace, event, outcome: 'ok' });
      reply?.({ ok: true, data });
    } catch (error) {
      const refused = toRealtimeError(error, event);
      this.metrics.requests.inc({ namespace, event, outcome: refused.code });
      // Refusals are the client's business; only our own failures are worth a log line.
      if (refused.code === 'INTERNAL' || refused.code === 'UNAVAILABLE') this.logger.error({ err: error, namespace, event, socketId: socket.id }, 'realtime request failed');
      if (reply) reply({ ok: false, error: refused });
      else socket.emit('error', refused);
    }
  }
}
