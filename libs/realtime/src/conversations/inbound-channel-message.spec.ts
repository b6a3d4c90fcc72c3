import { createEnvelope, type EventEnvelope } from '@switchboard/contracts';
import { inboundChannelMessage } from './inbound-channel-message';

const context = { now: () => new Date('2026-03-02T09:00:00.000Z'), newId: () => 'event-1' };
const envelope = (input: { type: string; provider?: string; conversationId?: string; payload: Record<string, unknown> }): EventEnvelope =>
  createEnvelope(
    {
      type: input.type,
      tenantId: 'demo',
      source: { channel: input.type.startsWith('email') ? 'email' : 'sms', provider: input.provider ?? 'twilio', channelId: 'demo-sms' },
      ...(input.conversationId ? { subject: { conversationId: input.conversationId } } : {}),
      payload: input.payload,
    },
    context,
  );

const sms = { threadKey: 'demo-sms:phone:+14155550123', providerMessageId: 'SM1', from: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', text: 'Where is my parcel?', media: [] };

describe('inboundChannelMessage', () => {
  it("shows a customer's SMS under routing's contact id and remembers how to answer it", () => {
    expect(inboundChannelMessage(envelope({ type: 'message.received.v1', payload: sms }))).toEqual({
      tenantId: 'demo',
      conversationId: sms.threadKey,
      message: { messageId: 'event-1', conversationId: sms.threadKey, author: { kind: 'customer', id: null }, text: 'Where is my parcel?', sentAt: '2026-03-02T09:00:00.000Z', clientMessageId: null },
      address: { channel: 'sms', channelId: 'demo-sms', to: sms.from, channelAddress: '+14155550100', threadKey: sms.threadKey, lastProviderMessageId: 'SM1', emailThread: null },
    });
    expect(inboundChannelMessage(envelope({ type: 'message.received.v1', conversationId: 'conv-9', payload: sms }))?.conversationId).toBe('conv-9');
  });

  it('describes media without text', () => {
    const photo = { ...sms, text: null, media: [{ kind: 'image', url: 'https://x', providerMediaId: null, contentType: 'image/jpeg' }] };
    expect(inboundChannelMessage(envelope({ type: 'message.received.v1', payload: photo }))?.message.text).toBe('[image]');
  });

  it('keeps what an email reply threads on', () => {
    const email = {
      threadKey: 'demo-mail:<root@x>',
      from: { kind: 'email', value: 'ada@example.com' },
      to: [{ address: 'support@demo.test' }],
      cc: [],
      replyTo: [],
      subject: 'Invoice',
      text: 'Please resend it.',
      messageId: '<m2@x>',
      inReplyTo: '<m1@x>',
      references: ['<m1@x>'],
    };
    const inbound = inboundChannelMessage(envelope({ type: 'email.received.v1', payload: email }));
    expect(inbound?.message.text).toBe('Invoice\n\nPlease resend it.');
    expect(inbound?.address).toMatchObject({ channel: 'email', to: email.from, channelAddress: 'support@demo.test', emailThread: { lastMessageId: '<m2@x>', references: ['<m1@x>', '<m2@x>'], subject: 'Invoice' } });
  });

  it("ignores the widget's own messages and anything that is not a customer's message", () => {
    expect(inboundChannelMessage(envelope({ type: 'message.received.v1', provider: 'widget', payload: sms }))).toBeNull();
    expect(inboundChannelMessage(envelope({ type: 'message.status-updated.v1', payload: { threadKey: 'x' } }))).toBeNull();
    expect(inboundChannelMessage(envelope({ type: 'message.received.v1', payload: { ...sms, threadKey: undefined } }))).toBeNull();
  });
});
