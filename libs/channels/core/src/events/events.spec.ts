import type { ChannelConnection } from '../channel-connection';
import { defaultCountryOf } from '../identity/default-country';
import { channelEvent } from './channel-event';
import { mediaKindOf } from './media-kind';
import { threadKeyForCall, threadKeyForEmailThread, threadKeyForIdentity } from './thread-key';
import { isoFromDateString, isoFromMillis, isoFromUnixSeconds } from './timestamps';

const connection: ChannelConnection = {
  id: 'demo-sms',
  tenantId: 'demo',
  kind: 'twilio-messaging',
  secrets: {},
  settings: { defaultCountry: 'gb' },
};

describe('channelEvent', () => {
  it('fills source from the connection and takes the bus key from the payload', () => {
    const threadKey = threadKeyForIdentity(connection, { kind: 'phone', value: '+14155550123' });
    const event = channelEvent(
      'message.received.v1',
      { connection, channel: 'sms', provider: 'twilio' },
      {
        providerEventId: 'SM1',
        payload: {
          threadKey,
          providerMessageId: 'SM1',
          from: { kind: 'phone', value: '+14155550123' },
          channelAddress: '+15017122661',
          text: 'hi',
          media: [],
        },
      },
    );
    expect(event).toEqual({
      type: 'message.received.v1',
      tenantId: 'demo',
      source: { channel: 'sms', provider: 'twilio', providerEventId: 'SM1', channelId: 'demo-sms' },
      payload: expect.objectContaining({ threadKey: 'demo-sms:phone:+14155550123' }),
      threadKey: 'demo-sms:phone:+14155550123',
    });
    expect(event).not.toHaveProperty('occurredAt');
  });
});

describe('channelEvent provider ids', () => {
  it('hashes an overlong, sender-controlled id, the same way every time', () => {
    const build = (providerEventId: string) =>
      channelEvent(
        'call.ringing.v1',
        { connection, channel: 'voice', provider: 'twilio' },
        {
          providerEventId,
          payload: { threadKey: 't', providerCallId: 'CA1', from: null, fromRaw: '', to: '', direction: 'inbound' },
        },
      ).source.providerEventId;
    const long = `<${'x'.repeat(600)}@example.com>`;
    expect(build(long)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(build(long)).toBe(build(long));
    expect(build('CA1:ringing')).toBe('CA1:ringing');
  });
});

describe('thread keys', () => {
  it('start with the channel id', () => {
    expect(threadKeyForCall(connection, 'CA1')).toBe('demo-sms:call:CA1');
    expect(threadKeyForEmailThread(connection, '<a@b>')).toBe('demo-sms:email:<a@b>');
  });
});

describe('timestamps', () => {
  it('converts provider clocks to ISO-8601', () => {
    expect(isoFromUnixSeconds('1764000000')).toBe('2025-11-24T16:00:00.000Z');
    expect(isoFromUnixSeconds(1764000000)).toBe('2025-11-24T16:00:00.000Z');
    expect(isoFromMillis(1764000000123)).toBe('2025-11-24T16:00:00.123Z');
    expect(isoFromDateString('Mon, 24 Nov 2025 16:00:00 +0000')).toBe('2025-11-24T16:00:00.000Z');
  });

  it('returns undefined for what it cannot read', () => {
    expect(isoFromUnixSeconds('soon')).toBeUndefined();
    expect(isoFromUnixSeconds(undefined)).toBeUndefined();
    expect(isoFromDateString('not a date')).toBeUndefined();
  });
});

describe('mediaKindOf and defaultCountryOf', () => {
  it('derives the media kind from the MIME type', () => {
    expect(mediaKindOf('image/jpeg')).toBe('image');
    expect(mediaKindOf('audio/ogg; codecs=opus')).toBe('audio');
    expect(mediaKindOf('video/mp4')).toBe('video');
    expect(mediaKindOf('application/pdf')).toBe('document');
    expect(mediaKindOf(null)).toBe('document');
  });

  it('reads a supported country setting only', () => {
    expect(defaultCountryOf(connection)).toBe('GB');
    expect(defaultCountryOf({ ...connection, settings: { defaultCountry: 'XX' } })).toBeUndefined();
    expect(defaultCountryOf({ ...connection, settings: {} })).toBeUndefined();
  });
});
