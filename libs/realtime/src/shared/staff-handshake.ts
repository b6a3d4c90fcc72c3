import { Logger } from '@nestjs/common';
import { roleSatisfies, type RealtimeError, type Role } from '@switchboard/contracts';
import { InvalidAccessToken, type AccessTokenVerifier } from '@switchboard/identity-access';
import type { Socket } from 'socket.io';
import { handshakeRefusal } from './handshake-refusal';
import type { RealtimeMetrics } from './realtime.metrics';
import type { StaffSocketData } from './realtime-sockets';

type StaffSocket = Socket<never, never, never, StaffSocketData>;

const logger = new Logger('Realtime');

interface ExpiringSocket {
  readonly data: StaffSocketData;
  disconnect(close?: boolean): unknown;
  once(event: 'disconnect', listener: () => void): unknown;
}

/** The verified token's `exp` in epoch ms (the verifier requires one; read from its payload, which was just verified). */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
  return typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now();
}

/**
 * A staff socket outlives the handshake that checked its token: when the token expires the server
 * says so (`error` with `UNAUTHENTICATED`) and disconnects it; the console logs in again and
 * reconnects with the new token.
 */
export function disconnectAtExpiry(socket: ExpiringSocket, tell: (error: RealtimeError) => void): void {
  // setTimeout holds at most ~24.8 days; tokens live far shorter.
  const timer = setTimeout(() => {
    tell({ code: 'UNAUTHENTICATED', reason: 'the access token expired', retriable: false });
    socket.disconnect(true);
  }, Math.min(Math.max(0, socket.data.tokenExpiresAt - Date.now()), 2 ** 31 - 1));
  timer.unref();
  socket.once('disconnect', () => clearTimeout(timer));
}

/**
 * socket.io middleware of the staff namespaces: the access token from `auth.token` must verify and
 * carry `role` or above. It runs on every handshake, including a connection-state recovery (the
 * adapter sets `skipMiddlewares: false`), so an expired or forged token never gets its rooms back.
 * The claims replace whatever the recovered session held.
 */
export function staffHandshake(verifier: AccessTokenVerifier, role: Role, metrics: RealtimeMetrics) {
  return (socket: StaffSocket, next: (error?: Error) => void): void => {
    const namespace = socket.nsp.name;
    const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', reason: string) => {
      metrics.refusedConnections.inc({ namespace, code });
      next(handshakeRefusal(code, reason));
    };
    const token: unknown = socket.handshake.auth['token'];
    if (typeof token !== 'string' || token.length === 0) return refuse('UNAUTHENTICATED', 'auth.token (an access token) is required');
    verifier.verify(token).then(
      (claims) => {
        if (!roleSatisfies(claims.role, role)) return refuse('FORBIDDEN', `this namespace requires the ${role} role`);
        socket.data.claims = claims;
        socket.data.tokenExpiresAt = expiryOf(token);
        next();
      },
      (error: unknown) => {
        if (error instanceof InvalidAccessToken) return refuse('UNAUTHENTICATED', error.message);
        logger.error({ err: error, namespace }, 'handshake failed');
        next(handshakeRefusal('INTERNAL', 'internal error'));
      },
    );
  };
}
