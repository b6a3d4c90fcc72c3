/** The socket.io namespaces of the realtime service: one per kind of client. */
export const RealtimeNamespaces = {
  /** Agents' console: JWT in `auth.token`, role agent or above. */
  agent: '/agent',
  /** Supervisors' wallboard: JWT in `auth.token`, role supervisor or above. */
  supervisor: '/supervisor',
  /** The customer's web widget: no JWT, the tenant's public widget key in `auth.tenantId`. */
  chat: '/chat',
} as const;

export type RealtimeNamespace = (typeof RealtimeNamespaces)[keyof typeof RealtimeNamespaces];
