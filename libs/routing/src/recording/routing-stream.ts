const SAFE = /^[A-Za-z0-9_:@+-]+$/;
const ENCODED = 'b64_';

/**
 * The event-store stream of one contact's routing: `routing-<tenant>.<contact>`. One stream per
 * contact keeps explaining a conversation a single short read, and routers serving different
 * contacts never contend. Contact ids are thread keys, which may hold characters a stream name
 * may not (`.`, `<`, `/`): those are base64url-encoded.
 */
export function routingStream(tenantId: string, subjectId: string): string {
  const id = SAFE.test(subjectId) && !subjectId.startsWith(ENCODED) ? subjectId : `${ENCODED}${Buffer.from(subjectId, 'utf8').toString('base64url')}`;
  return `routing-${tenantId}.${id}`;
}

/** Presence changes are an agent's, not a contact's: they go to the agent's own routing stream. */
export function agentRoutingStream(tenantId: string, agentId: string): string {
  return routingStream(tenantId, `agent:${agentId}`);
}
