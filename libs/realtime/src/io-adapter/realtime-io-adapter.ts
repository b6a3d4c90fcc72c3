import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter, type RedisStreamsAdapterOptions } from '@socket.io/redis-streams-adapter';
import type { RedisConnection } from '@switchboard/infra-redis';
import type { Server, ServerOptions } from 'socket.io';

/** How long socket.io keeps a dropped connection's rooms and missed packets (the two minutes). */
export const CONNECTION_RECOVERY_MS = 2 * 60 * 1000;

export interface RealtimeIoAdapterOptions {
  /** When given, rooms are shared by every realtime instance through Redis streams; null in the embedded mode. */
  readonly redis: RedisConnection | null;
  /** Options of the Redis streams adapter (tests use a unique `streamName`). */
  readonly redisStreams?: RedisStreamsAdapterOptions;
  /** Default {@link CONNECTION_RECOVERY_MS}. */
  readonly recoveryMs?: number;
}

/**
 * socket.io as every realtime namespace needs it:
 * - connection state recovery for two minutes, with the namespaces' middlewares run again on
 *   recovery (`skipMiddlewares: false`), so a recovered socket's token is verified anew;
 * - with Redis, `@socket.io/redis-streams-adapter`: rooms, broadcasts and recovery sessions shared
 *   by every instance (a customer on instance A reaches the agent on instance B);
 * - CORS open to any origin: the widget lives on customers' sites, and no namespace relies on
 *   cookies (staff send their token in `auth`, customers their resume token).
 */
export class RealtimeIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly realtime: RealtimeIoAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      cors: { origin: true },
      connectionStateRecovery: { maxDisconnectionDuration: this.realtime.recoveryMs ?? CONNECTION_RECOVERY_MS, skipMiddlewares: false },
    });
    if (this.realtime.redis) server.adapter(createAdapter(this.realtime.redis.client, this.realtime.redisStreams));
    return server;
  }
}

/**
 * The factory the apps' `configure` hook calls:
 * `app.useWebSocketAdapter(createRealtimeIoAdapter(app, { redis: adapters.redis }))`.
 */
export function createRealtimeIoAdapter(app: INestApplicationContext, options: RealtimeIoAdapterOptions): RealtimeIoAdapter {
  return new RealtimeIoAdapter(app, options);
}
