import type {
  AccessClaims,
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  ChatClientToServerEvents,
  ChatServerToClientEvents,
  SupervisorClientToServerEvents,
  SupervisorServerToClientEvents,
} from '@switchboard/contracts';
import type { Namespace, Socket } from 'socket.io';

// socket.io's fourth type parameter: events between server instances (none; the adapter carries ours).
type NoServerEvents = Record<string, never>;

/** What the handshake puts on a staff socket: the verified claims, never anything the client said. */
export interface StaffSocketData {
  claims: AccessClaims;
  /** Epoch ms when the token expires: the socket is disconnected then (see disconnectAtExpiry). */
  tokenExpiresAt: number;
}

/** The conversation a widget socket may act on, set by `chat:start` or a valid resume token. */
export interface ChatIdentity {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly visitorId: string;
  /** sha256 of the resume token: the session's key, so the token itself is never stored. */
  readonly sessionKey: string;
}

export interface ChatSocketData {
  tenantId: string;
  chat: ChatIdentity | null;
}

export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents, NoServerEvents, StaffSocketData>;
export type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents, NoServerEvents, StaffSocketData>;
export type SupervisorNamespace = Namespace<SupervisorClientToServerEvents, SupervisorServerToClientEvents, NoServerEvents, StaffSocketData>;
export type SupervisorSocket = Socket<SupervisorClientToServerEvents, SupervisorServerToClientEvents, NoServerEvents, StaffSocketData>;
export type ChatNamespace = Namespace<ChatClientToServerEvents, ChatServerToClientEvents, NoServerEvents, ChatSocketData>;
export type ChatSocket = Socket<ChatClientToServerEvents, ChatServerToClientEvents, NoServerEvents, ChatSocketData>;
