import type { Provider } from '@nestjs/common';
import { REDIS_CONNECTION, type RedisConnection } from '@switchboard/infra-redis';
import { createMemoryChatSessionStore } from './chat/sessions/memory/memory-chat-session-store';
import { createRedisChatSessionStore } from './chat/sessions/redis/redis-chat-session-store';
import { CHAT_SESSION_STORE, type ChatSessionStore } from './chat/sessions/chat-session-store';
import { CONVERSATION_LOG, type ConversationLog } from './conversations/conversation-log';
import { createMemoryConversationLog } from './conversations/memory/memory-conversation-log';
import { createRedisConversationLog } from './conversations/redis/redis-conversation-log';
import { REALTIME_OPTIONS, resolveRealtimeOptions, type RealtimeModuleOptions, type ResolvedRealtimeOptions } from './realtime.options';

/**
 * The stores follow the process's Redis connection: with Redis (the distributed mode) chat sessions
 * and conversation logs are shared by every realtime instance; without it (embedded) they live in
 * memory, which is all one process needs.
 */
export function realtimeProviders(options: RealtimeModuleOptions): Provider[] {
  return [
    { provide: REALTIME_OPTIONS, useValue: resolveRealtimeOptions(options) },
    {
      provide: CHAT_SESSION_STORE,
      inject: [REDIS_CONNECTION, REALTIME_OPTIONS],
      useFactory: (redis: RedisConnection | null, resolved: ResolvedRealtimeOptions): ChatSessionStore =>
        redis ? createRedisChatSessionStore(redis.client, { prefix: resolved.redisKeyPrefix }) : createMemoryChatSessionStore(),
    },
    {
      provide: CONVERSATION_LOG,
      inject: [REDIS_CONNECTION, REALTIME_OPTIONS],
      useFactory: (redis: RedisConnection | null, resolved: ResolvedRealtimeOptions): ConversationLog =>
        redis
          ? createRedisConversationLog(redis.client, { prefix: resolved.redisKeyPrefix, transcriptLength: resolved.transcriptLength })
          : createMemoryConversationLog({ transcriptLength: resolved.transcriptLength }),
    },
  ];
}
