import { createEnvelope, type EventEnvelope } from '@switchboard/contracts';
import { sentChannelMessage } from './sent-channel-message';

const sent = (provider: string, payload: Record<string, unknown>): EventEnvelope =>
  createEnvelope(
    { type: 'message.sent.v1', tenantId: 'acme', source: { channel: 'whatsapp', provider }, subject: { conversationId: 'demo-wa:phone:+447700900123' }, payload },
    { now: () => new Date('2026-11-23T10:00:00Z'), newId: () => 'evt-1' },
  ) as EventEnvelope;

describe('sentChannelMessage', () => {
  it("shows the self-service bot's answer in the conversation", () => {
    expect(sentChannelMessage(sent('twilio', { conversationId: 'demo-wa:phone:+447700900123', messageId: 'm-1', author: { kind: 'bot', id: null }, text: 'Opening hours: 9 to 5.' }))).toEqual({
      tenantId: 'acme',
      conversationId: 'demo-wa:phone:+447700900123',
      message: {
        messageId: 'm-1',
        conversationId: 'demo-wa:phone:+447700900123',
        author: { kind: 'bot', id: null },
        text: 'Opening hours: 9 to 5.',
        sentAt: '2026-11-23T10:00:00.000Z',
        clientMessageId: null,
      },
    });
  });

  it("keeps an agent's reply under the id it was logged with when written", () => {
    expect(sentChannelMessage(sent('twilio', { conversationId: 'c', messageId: 'm-2', author: { kind: 'agent', id: 'u-1' }, text: 'Hi' }))?.message).toMatchObject({ messageId: 'm-2', author: { kind: 'agent', id: 'u-1' } });
  });

  it("leaves the widget's replies and incomplete reports alone", () => {
    expect(sentChannelMessage(sent('widget', { conversationId: 'c', messageId: 'm', author: { kind: 'agent', id: 'u' }, text: 'Hi' }))).toBeNull();
    expect(sentChannelMessage(sent('twilio', { conversationId: 'c', providerMessageIds: ['SM1'] }))).toBeNull();
  });
});
