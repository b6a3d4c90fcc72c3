import type { HandshakeRefusal, RealtimeErrorCode } from '@switchboard/contracts';

/** The error a socket.io middleware passes to `next`: the client's `connect_error` gets `message` and `data`. */
export type RefusalError = Error & { data: HandshakeRefusal };

export function handshakeRefusal(code: RealtimeErrorCode, reason: string): RefusalError {
  return Object.assign(new Error(reason), { data: { code, reason } });
}
