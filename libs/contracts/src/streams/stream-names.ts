/**
 * Event-store stream names. `<category>-<tenant>.<id>`: the category before the first dash
 * (KurrentDB's convention for `$ce-` projections), the tenant inside the name so that
 * no stream is ever shared between tenants.
 */
export const StreamCategories = {
  customer: 'customer',
  conversation: 'conversation',
  identity: 'identity',
} as const;

export type StreamCategory = (typeof StreamCategories)[keyof typeof StreamCategories];

const SAFE_PART = /^[A-Za-z0-9_:@+-]+$/;

function part(name: string, value: string): string {
  if (!SAFE_PART.test(value)) throw new Error(`${name} contains characters not allowed in a stream name: ${value}`);
  return value;
}

export function streamName(category: StreamCategory, tenantId: string, id: string): string {
  return `${category}-${part('tenantId', tenantId)}.${part('id', id)}`;
}

export const customerStream = (tenantId: string, customerId: string) => streamName('customer', tenantId, customerId);
export const conversationStream = (tenantId: string, conversationId: string) =>
  streamName('conversation', tenantId, conversationId);

/** Reverses {@link streamName}. */
export function parseStreamName(stream: string): { category: string; tenantId: string; id: string } {
  const dash = stream.indexOf('-');
  const dot = stream.indexOf('.', dash + 1);
  if (dash <= 0 || dot <= dash + 1 || dot === stream.length - 1) throw new Error(`not a Switchboard stream name: ${stream}`);
  return { category: stream.slice(0, dash), tenantId: stream.slice(dash + 1, dot), id: stream.slice(dot + 1) };
}
