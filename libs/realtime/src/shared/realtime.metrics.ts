import { Injectable } from '@nestjs/common';
import { MetricsService } from '@switchboard/runtime';
import type { Counter, Gauge } from 'prom-client';

/** The realtime service's own Prometheus metrics, on the app's registry. */
@Injectable()
export class RealtimeMetrics {
  /** Sockets connected to this instance, per namespace. */
  readonly connectedSockets: Gauge<'namespace'>;
  /** Handshakes refused, per namespace and reason code. */
  readonly refusedConnections: Counter<'namespace' | 'code'>;
  /** Client requests handled, per namespace, event and outcome (`ok` or the error code). */
  readonly requests: Counter<'namespace' | 'event' | 'outcome'>;
  /** Conversation messages relayed, by author and routing channel. */
  readonly conversationMessages: Counter<'author' | 'channel'>;
  /** Pushes sent because of routing events, per event name. */
  readonly routingPushes: Counter<'event'>;

  constructor(metrics: MetricsService) {
    this.connectedSockets = metrics.gauge({ name: 'switchboard_realtime_connected_sockets', help: 'Websockets connected to this instance', labelNames: ['namespace'] });
    this.refusedConnections = metrics.counter({ name: 'switchboard_realtime_refused_connections_total', help: 'Websocket handshakes refused', labelNames: ['namespace', 'code'] });
    this.requests = metrics.counter({ name: 'switchboard_realtime_requests_total', help: 'Websocket client requests handled', labelNames: ['namespace', 'event', 'outcome'] });
    this.conversationMessages = metrics.counter({ name: 'switchboard_realtime_conversation_messages_total', help: 'Conversation messages relayed', labelNames: ['author', 'channel'] });
    this.routingPushes = metrics.counter({ name: 'switchboard_realtime_routing_pushes_total', help: 'Pushes caused by routing events', labelNames: ['event'] });
  }
}
