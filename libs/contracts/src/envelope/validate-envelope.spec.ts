import { createEnvelope } from './create-envelope';
import { newId } from './ids';
import { InvalidEnvelope, validateEnvelope } from './validate-envelope';

const context = { now: () => new Date('2026-11-23T09:00:00.000Z'), newId };

const sample = () =>
  createEnvelope(
    {
      type: 'message.received.v1',
      tenantId: 'demo',
      source: { channel: 'sms', provider: 'twilio', providerEventId: 'SM123', channelId: 'demo-sms' },
      subject: { conversationId: 'c-1' },
      payload: { text: 'hello' },
    },
    context,
  );

describe('validateEnvelope', () => {
  it('accepts a freshly created envelope and fills in its bookkeeping', () => {
    const envelope = validateEnvelope(JSON.parse(JSON.stringify(sample())));
    expect(envelope.type).toBe('message.received.v1');
    expect(envelope.recordedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(envelope.occurredAt).toBe(envelope.recordedAt);
    expect(envelope.correlationId).toBe(envelope.id);
    expect(envelope.causationId).toBeNull();
  });

  it('names every wrong field', () => {
    const broken = { ...sample(), type: 'receive message', tenantId: 'Demo Tenant', source: { provider: '' } };
    let caught: unknown;
    try {
      validateEnvelope(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvelope);
    const reasons = (caught as InvalidEnvelope).reasons.join('\n');
    expect(reasons).toMatch(/^type: /m);
    expect(reasons).toMatch(/^tenantId: /m);
    expect(reasons).toMatch(/^source\.channel: /m);
    expect(reasons).toMatch(/^source\.provider: /m);
  });

  it('rejects values that are not objects', () => {
    expect(() => validateEnvelope('x')).toThrow(InvalidEnvelope);
    expect(() => validateEnvelope([sample()])).toThrow(InvalidEnvelope);
  });

  it('produces time-sortable ids', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
  });
});
