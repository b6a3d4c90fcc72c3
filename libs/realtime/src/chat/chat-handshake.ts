import { Logger } from '@nestjs/common';
import { RealtimeNamespaces } from '@switchboard/contracts';
import { handshakeRefusal } from '../shared/handshake-refusal';
import type { ChatSocket } from '../shared/realtime-sockets';
import type { RealtimeMetrics } from '../shared/realtime.metrics';
import type { ChatConversations } from './chat-conversations.service';
import type { WidgetKeys } from './widget-keys';

const logger = new Logger('Realtime');

/**
 * socket.io middleware of `/chat`: `auth.tenantId` must be a known widget key; `auth.resumeToken`,
 * when sent, must open a session of that tenant that has not ended (else `RESUME_EXPIRED`: the
 * widget drops the token and connects again without it). A socket recovered by socket.io keeps its
 * conversation only if the session is still open.
 */
export function chatHandshake(widgetKeys: WidgetKeys, conversations: ChatConversations, metrics: RealtimeMetrics) {
  return (socket: ChatSocket, next: (error?: Error) => void): void => {
    const refuse = (code: 'UNKNOWN_TENANT' | 'RESUME_EXPIRED', reason: string) => {
      metrics.refusedConnections.inc({ namespace: RealtimeNamespaces.chat, code });
      next(handshakeRefusal(code, reason));
    };
    const admit = async () => {
      const auth = socket.handshake.auth;
      const tenantId = await widgetKeys.tenantFor(auth['tenantId']);
      if (!tenantId) return refuse('UNKNOWN_TENANT', 'auth.tenantId must be a known widget key');
      const restored = socket.recovered ? socket.data.chat : null;
      let chat = restored && restored.tenantId === tenantId ? await conversations.reopen(tenantId, restored.sessionKey) : null;
      if (!chat && auth['resumeToken'] !== undefined) {
        chat = await conversations.resume(tenantId, auth['resumeToken']);
        if (!chat) return refuse('RESUME_EXPIRED', 'the resume token is unknown or expired: start a new conversation');
      }
      socket.data.tenantId = tenantId;
      socket.data.chat = chat;
      next();
    };
    admit().catch((error: unknown) => {
      logger.error({ err: error }, 'chat handshake failed');
      next(handshakeRefusal('INTERNAL', 'internal error'));
    });
  };
}
