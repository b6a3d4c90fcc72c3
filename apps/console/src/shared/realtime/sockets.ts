import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  SupervisorClientToServerEvents,
  SupervisorServerToClientEvents,
} from '@switchboard/contracts/realtime';
import { io, type Socket } from 'socket.io-client';

export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
export type SupervisorSocket = Socket<SupervisorServerToClientEvents, SupervisorClientToServerEvents>;

/**
 * The token is read at every (re)connection, not once: after a refresh the next handshake carries
 * the new one, and the server re-checks it on recovery.
 */
function authWith(token: () => string | null) {
  return (callback: (data: object) => void) => callback({ token: token() ?? '' });
}

export function connectAgent(token: () => string | null): AgentSocket {
  return io('/agent', { auth: authWith(token) });
}

export function connectSupervisor(token: () => string | null): SupervisorSocket {
  return io('/supervisor', { auth: authWith(token) });
}
