import { createEnvelope, newId, type EventEnvelope } from '@switchboard/contracts';
import { routingActionFor } from './arrival-from-channel-event';

const context = { now: () => new Date('2026-03-02T09:00:00.000Z'), newId };

function channelEvent(type: string, payload: Record<string, unknown>, subject = {}): EventEnvelope {
  return createEnvelope({ type, tenantId: 'demo', source: { channel: 'whatsapp', provider: 'meta', channelId: 'demo-meta' }, subject, payload }, context);
}

describe('what routing does with a channel event', () => {
  it('enqueues an inbound message under its thread key, with the sender as the customer key', () => {
    const event = channelEvent('message.received.v1', { threadKey: 'demo-meta:+4930123', from: { kind: 'whatsapp', value: '+4930123' }, text: 'hello' });
    expect(routingActionFor(event)).toEqual({
      kind: 'enqueue',
      input: {
        tenantId: 'demo',
        conversationId: 'demo-meta:+4930123',
        sourceChannel: 'whatsapp',
        channelId: 'demo-meta',
        customerKey: 'whatsapp:+4930123',
        selfService: false,
        text: 'hello',
        correlationId: event.correlationId,
        causationId: event.id,
      },
    });
  });

  it('prefers the conversation id when the event carries one', () => {
    const event = channelEvent('email.received.v1', { threadKey: 'demo-email:<a@b>', from: { kind: 'email', value: 'x@example.com' }, subject: 'Invoice', text: 'wrong amount' }, { conversationId: 'conv-9' });
    const action = routingActionFor(event);
    expect(action.kind === 'enqueue' && action.input).toMatchObject({ conversationId: 'conv-9', text: 'Invoice\nwrong amount' });
  });

  it('abandons a call that ended, and ignores what needs no agent', () => {
    expect(routingActionFor(channelEvent('call.ended.v1', { threadKey: 'demo-voice:CA1' }))).toEqual({ kind: 'abandon', tenantId: 'demo', conversationId: 'demo-voice:CA1', reason: 'hung-up' });
    expect(routingActionFor(channelEvent('message.status-updated.v1', { threadKey: 't' }))).toEqual({ kind: 'ignore' });
    expect(routingActionFor(channelEvent('message.received.v1', {}))).toEqual({ kind: 'ignore' });
  });
});
