import { created, email, linked, phone } from '../testing/fixtures';
import { customerAsOf } from './customer-as-of';

describe('customerAsOf', () => {
  const events = [
    { occurredAt: '2026-11-01T10:00:00.000Z', event: created('k', 'Jane') },
    { occurredAt: '2026-11-01T10:00:00.000Z', event: linked('k', phone()) },
    { occurredAt: '2026-11-10T10:00:00+01:00', event: linked('k', email()) },
    { occurredAt: '2026-11-20T10:00:00.000Z', event: { type: 'customer.profile-updated.v1', data: { customerId: 'k', changes: { displayName: 'Jane Doe' } } } as const },
  ];

  it('folds the events up to the instant asked for, inclusive', () => {
    expect(customerAsOf(events, new Date('2026-11-10T09:00:00.000Z'))).toMatchObject({ identities: [phone(), email()], profile: { displayName: 'Jane' } });
    expect(customerAsOf(events, new Date('2026-11-10T08:59:59.999Z'))).toMatchObject({ identities: [phone()] });
    expect(customerAsOf(events, new Date('2026-12-01T00:00:00.000Z'))).toMatchObject({ profile: { displayName: 'Jane Doe' } });
  });

  it('knows nobody before the customer was created', () => {
    expect(customerAsOf(events, new Date('2026-10-01T00:00:00.000Z'))).toEqual({ status: 'unknown' });
  });
});
