import { createEnvelope, newId, type EventEnvelope, type EventSource } from '@switchboard/contracts';
import { routingActionFor } from './arrival-from-channel-event';

const context = { now: () => new Date('2026-03-02T09:00:00.000Z'), newId };
const whatsapp: EventSource = { channel: 'whatsapp', provider: 'meta', channelId: 'demo-meta' };

function channelEvent(type: string, payload: Record<string, unknown>, subject = {}, source: EventSource = whatsapp): EventEnvelope {
  return createEnvelope({ type, tenantId: 'demo', source, subject, payload }, context);
}

const whatsappMessage = { threadKey: 'demo-meta:+4930123', providerMessageId: 'wamid.1', from: { kind: 'whatsapp', value: '+4930123' }, channelAddress: '10987', text: 'hello', media: [] };

describe('what routing does with a channel event', () => {
  it('sends a text message on a channel the bot can answer through to self-service, with the address to answer it at', () => {
    const event = channelEvent('message.received.v1', whatsappMessage);
    expect(routingActionFor(event)).toEqual({
      kind: 'self-service',
      arrival: {
        input: {
          tenantId: 'demo',
          conversationId: 'demo-meta:+4930123',
          sourceChannel: 'whatsapp',
          channelId: 'demo-meta',
          customerKey: 'whatsapp:+4930123',
          correlationId: event.correlationId,
          causationId: event.id,
        },
        words: 'hello',
        replyText: 'hello',
        replyTo: {
          channel: 'whatsapp',
          channelId: 'demo-meta',
          threadKey: 'demo-meta:+4930123',
          reply: { to: { kind: 'whatsapp', value: '+4930123' }, channelAddress: '10987', replyToProviderMessageId: 'wamid.1' },
        },
        eventId: event.id,
        correlationId: event.correlationId,
      },
    });
  });

  it('answers an email in its thread, prefers the conversation id, and reads only the body for "agent" or "yes"', () => {
    const email = {
      threadKey: 'demo-email:<a@b>',
      from: { kind: 'email', value: 'x@example.com' },
      to: [{ address: 'support@demo.test' }],
      subject: 'Invoice',
      text: 'wrong amount',
      messageId: '<m2@b>',
      references: ['<a@b>'],
    };
    const action = routingActionFor(channelEvent('email.received.v1', email, { conversationId: 'conv-9' }, { channel: 'email', provider: 'smtp', channelId: 'demo-email' }));
    expect(action.kind === 'self-service' && action.arrival).toMatchObject({
      input: { conversationId: 'conv-9' },
      words: 'Invoice\nwrong amount',
      replyText: 'wrong amount',
      replyTo: {
        threadKey: 'demo-email:<a@b>',
        reply: { to: { kind: 'email', value: 'x@example.com' }, channelAddress: 'support@demo.test' },
        emailThread: { lastMessageId: '<m2@b>', references: ['<a@b>', '<m2@b>'], subject: 'Invoice' },
      },
    });
  });

  it('sends calls, the web chat and channels nothing can be sent back through straight to agents', () => {
    const call = channelEvent('call.received.v1', { threadKey: 'demo-voice:CA1', from: { kind: 'phone', value: '+4930123' } }, {}, { channel: 'voice', provider: 'twilio', channelId: 'demo-voice' });
    const chat = channelEvent('message.received.v1', { ...whatsappMessage, threadKey: 'c-1', from: { kind: 'chat-visitor', value: 'v-1' } }, { conversationId: 'c-1' }, { channel: 'chat', provider: 'widget' });
    const generic = channelEvent('message.received.v1', whatsappMessage, {}, { channel: 'sms', provider: 'generic', channelId: 'demo-generic' });
    const unknownChannel = channelEvent('message.received.v1', whatsappMessage, {}, { channel: 'whatsapp', provider: 'meta' });
    for (const event of [call, chat, generic, unknownChannel]) expect(routingActionFor(event)).toMatchObject({ kind: 'enqueue', input: { selfService: false } });
    expect(routingActionFor(chat)).toEqual({
      kind: 'enqueue',
      input: {
        tenantId: 'demo',
        conversationId: 'c-1',
        sourceChannel: 'chat',
        channelId: null,
        customerKey: 'chat-visitor:v-1',
        selfService: false,
        text: 'hello',
        correlationId: chat.correlationId,
        causationId: chat.id,
      },
    });
  });

  it('abandons a call that ended, and ignores what needs no agent', () => {
    expect(routingActionFor(channelEvent('call.ended.v1', { threadKey: 'demo-voice:CA1' }))).toEqual({ kind: 'abandon', tenantId: 'demo', conversationId: 'demo-voice:CA1', reason: 'hung-up' });
    expect(routingActionFor(channelEvent('message.status-updated.v1', { threadKey: 't' }))).toEqual({ kind: 'ignore' });
    expect(routingActionFor(channelEvent('message.received.v1', {}))).toEqual({ kind: 'ignore' });
  });
});
