import { validateEnvelope } from '@switchboard/contracts';
// The consumer's own validation: what the bot requests must be what ingestion accepts and sends.
import { parseReplyRequested } from '../../../ingestion/src/sending-replies/parse-reply-requested';
import { botAnswerId, botReplyRequested } from './bot-reply';
import type { SelfServiceArrival } from './self-service-arrival';

const arrival: SelfServiceArrival = {
  input: { tenantId: 'demo', conversationId: 'demo-sms:phone:+14155550123', sourceChannel: 'sms', channelId: 'demo-sms', customerKey: 'phone:+14155550123' },
  words: 'refund',
  replyText: 'refund',
  replyTo: {
    channel: 'sms',
    channelId: 'demo-sms',
    threadKey: 'demo-sms:phone:+14155550123',
    reply: { to: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', replyToProviderMessageId: 'SM1' },
  },
  eventId: '0195a4c2-8f00-7000-8000-000000000001',
  correlationId: '0195a4c2-8f00-7000-8000-000000000001',
};
const now = new Date('2026-03-02T09:00:00.000Z');

describe("the bot's reply request", () => {
  it('is a valid message.reply-requested.v1 by the bot, caused by the message it answers and keyed by its thread', () => {
    const { key, event } = botReplyRequested('demo', arrival, 'Refunds take 5 days.', now);
    expect(key).toBe('demo-sms:phone:+14155550123');
    expect(validateEnvelope(JSON.parse(JSON.stringify(event)))).toMatchObject({
      type: 'message.reply-requested.v1',
      subject: { conversationId: 'demo-sms:phone:+14155550123' },
      causationId: arrival.eventId,
      source: { channel: 'sms', provider: 'router', channelId: 'demo-sms' },
    });
    expect(parseReplyRequested(event.payload)).toEqual({
      channelId: 'demo-sms',
      conversationId: 'demo-sms:phone:+14155550123',
      threadKey: 'demo-sms:phone:+14155550123',
      author: { kind: 'bot', id: null },
      reply: { to: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', replyToProviderMessageId: 'SM1', text: 'Refunds take 5 days.' },
    });
  });

  it('has the same id however often the message is delivered, and another for another message or tenant', () => {
    const first = botReplyRequested('demo', arrival, 'a', now).event.id;
    expect(botReplyRequested('demo', arrival, 'a', new Date()).event.id).toBe(first);
    expect(first).toBe(botAnswerId('demo', arrival.eventId));
    expect(botAnswerId('demo', '0195a4c2-8f00-7000-8000-000000000002')).not.toBe(first);
    expect(botAnswerId('acme', arrival.eventId)).not.toBe(first);
  });
});
