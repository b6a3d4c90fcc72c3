import type { LinkedIdentity } from '@switchboard/contracts';
import type { CustomerEvent } from '@switchboard/contracts';

export const phone = (value = '+14155550123'): LinkedIdentity<string> => ({ kind: 'phone', valueHash: `h:phone:${value}`, value });
export const whatsapp = (value = '+14155550123'): LinkedIdentity<string> => ({ kind: 'whatsapp', valueHash: `h:phone:${value}`, value });
export const email = (value = 'jane@example.com'): LinkedIdentity<string> => ({ kind: 'email', valueHash: `h:email:${value}`, value });

export const created = (customerId: string, displayName: string | null = null): CustomerEvent<string> => ({
  type: 'customer.created.v1',
  data: { customerId, origin: 'channel', displayName },
});

export const linked = (customerId: string, identity: LinkedIdentity<string>): CustomerEvent<string> => ({
  type: 'customer.identity-linked.v1',
  data: { customerId, identity },
});
