import { ChannelMisconfigured, UndeliverableReply } from '@switchboard/channels-core';
import { AUTH_TOKEN, SMS_URL, smsConnection } from '../testing/signed-twilio-request';
import { buildTwilioMessageRequests } from './twilio-message-request';

const ACCOUNT = 'AC3f5c9a0e2b7d4e6f8a1b2c3d4e5f6a7b';
const form = (body: string) => new URLSearchParams(body);

describe('buildTwilioMessageRequests', () => {
  it('posts an SMS reply from the number the customer wrote to, with basic auth and a status callback', () => {
    const [request, ...rest] = buildTwilioMessageRequests(smsConnection, {
      to: { kind: 'phone', value: '+14155550123' },
      channelAddress: '+15017122661',
      text: 'Your order ships today.',
    });
    expect(rest).toEqual([]);
    expect(request).toMatchObject({
      method: 'POST',
      url: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Messages.json`,
      headers: {
        authorization: `Basic ${Buffer.from(`${ACCOUNT}:${AUTH_TOKEN}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect([...form(request?.body ?? '')]).toEqual([
      ['To', '+14155550123'],
      ['From', '+15017122661'],
      ['Body', 'Your order ships today.'],
      ['StatusCallback', SMS_URL],
    ]);
  });

  it('sends up to ten media in one MMS as repeated MediaUrl', () => {
    const [request] = buildTwilioMessageRequests(smsConnection, {
      to: { kind: 'phone', value: '+14155550123' },
      channelAddress: '+15017122661',
      text: 'Two pictures',
      media: [{ url: 'https://cdn.example/a.jpg' }, { url: 'https://cdn.example/b.jpg' }],
    });
    expect(form(request?.body ?? '').getAll('MediaUrl')).toEqual(['https://cdn.example/a.jpg', 'https://cdn.example/b.jpg']);
  });

  it('addresses WhatsApp with the whatsapp: prefix, one media per message', () => {
    const requests = buildTwilioMessageRequests(smsConnection, {
      to: { kind: 'whatsapp', value: '+14155550123' },
      channelAddress: 'whatsapp:+14155238886',
      text: 'Here you go',
      media: [{ url: 'https://cdn.example/a.jpg' }, { url: 'https://cdn.example/b.pdf' }],
    });
    expect(requests.map((request) => Object.fromEntries(form(request.body)))).toEqual([
      { To: 'whatsapp:+14155550123', From: 'whatsapp:+14155238886', Body: 'Here you go', MediaUrl: 'https://cdn.example/a.jpg', StatusCallback: SMS_URL },
      { To: 'whatsapp:+14155550123', From: 'whatsapp:+14155238886', MediaUrl: 'https://cdn.example/b.pdf', StatusCallback: SMS_URL },
    ]);
  });

  it('falls back to the messaging service when no number is known', () => {
    const connection = { ...smsConnection, settings: { accountSid: ACCOUNT, messagingServiceSid: 'MG123' } };
    const [request] = buildTwilioMessageRequests(connection, { to: { kind: 'phone', value: '+14155550123' }, text: 'Hi' });
    expect(form(request?.body ?? '').get('MessagingServiceSid')).toBe('MG123');
  });

  it('refuses what Twilio cannot deliver', () => {
    expect(() => buildTwilioMessageRequests(smsConnection, { to: { kind: 'email', value: 'a@b.io' }, text: 'Hi' })).toThrow(UndeliverableReply);
    expect(() => buildTwilioMessageRequests(smsConnection, { to: { kind: 'phone', value: '+14155550123' }, text: ' ' })).toThrow(UndeliverableReply);
    expect(() =>
      buildTwilioMessageRequests({ ...smsConnection, secrets: {} }, { to: { kind: 'phone', value: '+14155550123' }, text: 'Hi' }),
    ).toThrow(ChannelMisconfigured);
  });
});
