import { InvalidSignature, type ChannelEventInput } from '@switchboard/channels-core';
import { SMS_URL, fixture, smsConnection, twilioRequest } from '../testing/signed-twilio-request';
import { createTwilioMessagingHandler } from './twilio-messaging.handler';

const handler = createTwilioMessagingHandler();
const now = new Date('2026-11-23T09:05:00Z');
const handle = (name: string) => handler.handle(twilioRequest(SMS_URL, fixture(name)), smsConnection, now);
const only = (events: readonly ChannelEventInput[]) => {
  const [event, ...rest] = events;
  if (!event || rest.length > 0) throw new Error(`expected one event, got ${events.length}`);
  return event;
};

describe('Twilio messaging: inbound', () => {
  it('turns an MMS with two media into message.received with both, in order', async () => {
    const result = await handle('inbound-mms');
    expect(result.response).toEqual({
      status: 200,
      contentType: 'text/xml; charset=utf-8',
      body: '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    });
    const event = only(result.events);
    expect(event.type).toBe('message.received.v1');
    expect(event.source).toEqual({
      channel: 'sms',
      provider: 'twilio',
      providerEventId: 'MM8d2b4f6a8c0e2a4c6e8a0c2e4a6c8e0a2c',
      channelId: 'demo-sms',
    });
    expect(event.threadKey).toBe('demo-sms:phone:+14155550123');
    expect(event.payload).toMatchObject({
      from: { kind: 'phone', value: '+14155550123' },
      channelAddress: '+15017122661',
      text: 'Here is the broken part and the receipt',
      media: [
        { kind: 'image', contentType: 'image/jpeg', url: expect.stringMatching(/\/Media\/ME0a1b/), providerMediaId: null },
        { kind: 'document', contentType: 'application/pdf', url: expect.stringMatching(/\/Media\/ME9f8e/), providerMediaId: null },
      ],
    });
  });

  it('turns a WhatsApp message into message.received from a whatsapp identity, with its reply context', async () => {
    const event = only((await handle('inbound-whatsapp')).events);
    expect(event.source.channel).toBe('whatsapp');
    expect(event.threadKey).toBe('demo-sms:whatsapp:+14155550123');
    expect(event.payload).toMatchObject({
      from: { kind: 'whatsapp', value: '+14155550123' },
      fromName: 'Jane Doe',
      channelAddress: 'whatsapp:+14155238886',
      text: 'Is the store open on Sunday? 🙂',
      media: [],
      replyToProviderMessageId: 'SM0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e',
    });
  });

  it('ignores senders that cannot be answered (short codes, alphanumeric ids)', async () => {
    const params = { ...fixture('inbound-mms'), From: 'ACMEBANK' };
    const result = await handler.handle(twilioRequest(SMS_URL, params), smsConnection, now);
    expect(result.events).toEqual([]);
    expect(result.ignored[0]?.reason).toBe('sender is not a phone or WhatsApp number');
  });

  it('refuses a forged signature', async () => {
    const request = twilioRequest(SMS_URL, fixture('inbound-mms'));
    const forged = { ...request, headers: { ...request.headers, 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' } };
    await expect(handler.handle(forged, smsConnection, now)).rejects.toThrow(InvalidSignature);
  });
});

describe('Twilio messaging: status callbacks', () => {
  it('records delivered for the WhatsApp recipient', async () => {
    const event = only((await handle('message-status-delivered')).events);
    expect(event.type).toBe('message.status-updated.v1');
    expect(event.source.providerEventId).toBe('SM7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a9c:delivered');
    expect(event.threadKey).toBe('demo-sms:whatsapp:+14155550123');
    expect(event.payload).toMatchObject({
      providerMessageId: 'SM7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a9c',
      recipient: { kind: 'whatsapp', value: '+14155550123' },
      status: 'delivered',
      providerStatus: 'delivered',
    });
  });

  it('records undelivered as failed with the error code', async () => {
    const event = only((await handle('message-status-undelivered')).events);
    expect(event.payload).toMatchObject({ status: 'failed', providerStatus: 'undelivered', errorCode: '30003' });
    expect(event.source.channel).toBe('sms');
  });

  it('ignores intermediate statuses', async () => {
    const result = await handle('message-status-queued');
    expect(result.events).toEqual([]);
    expect(result.ignored).toEqual([
      { reason: 'message status queued is not tracked', providerEventId: 'SM7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a9c:queued' },
    ]);
  });
});
