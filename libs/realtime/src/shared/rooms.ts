/**
 * Room names. Tenant ids never contain `:`, so a room can never be shared by two tenants. With the
 * Redis streams adapter the same names reach every realtime instance.
 */
export const Rooms = {
  /** `/agent`: every socket of one agent. */
  agent: (tenantId: string, agentId: string) => `agent:${tenantId}:${agentId}`,
  /** `/agent`: the sockets of the agent handling a conversation. */
  conversation: (tenantId: string, conversationId: string) => `conversation:${tenantId}:${conversationId}`,
  /** `/chat`: the customer's widget sockets of a conversation. */
  chat: (tenantId: string, conversationId: string) => `chat:${tenantId}:${conversationId}`,
  /** `/supervisor`: every supervisor of a tenant. */
  supervisors: (tenantId: string) => `supervisors:${tenantId}`,
} as const;
