import { createEnvelope, systemEnvelopeContext } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';
import type { OutgoingMessage } from '../bus';

export const SEALING_SECRET = 'a-bus-secret-for-the-sealing-tests-0123456789';
export const OTHER_SECRET = 'another-bus-secret-nobody-shares-0123456789';

/** What must never be readable on the wire: a message's text, the sender's number, its thread key. */
export const PERSONAL = {
  text: 'Hi, this is Jane Doe, my card ends 4242',
  phone: '+447700900123',
  threadKey: 'demo-sms:phone:+447700900123',
  providerEventId: '<jane.doe.4242@mail.example.com>',
  contactId: 'demo-sms:phone:+447700900123',
};

/** A channel event as the gateway publishes one: personal in the payload, the subject, the source and the key. */
export function personalMessage(): OutgoingMessage & { readonly event: EventEnvelope } {
  const event = createEnvelope(
    {
      type: 'message.received.v1',
      tenantId: 'demo',
      source: { channel: 'sms', provider: 'twilio', providerEventId: PERSONAL.providerEventId, channelId: 'demo-sms' },
      subject: { conversationId: PERSONAL.contactId },
      payload: {
        threadKey: PERSONAL.threadKey,
        providerMessageId: 'SM0123456789abcdef',
        from: { kind: 'phone', value: PERSONAL.phone },
        fromName: 'Jane Doe',
        channelAddress: '+15017122661',
        text: PERSONAL.text,
        media: [],
      },
    },
    systemEnvelopeContext,
  );
  return { key: PERSONAL.threadKey, event, headers: { 'x-trace-id': 'trace-1' } };
}

/** Every personal string found in `text` (raw bytes, a JSON value, a header). */
export function personalIn(text: string): string[] {
  return Object.values(PERSONAL).filter((value) => text.includes(value));
}

/** The sealed envelope with one bit of its ciphertext flipped (on the bytes: a base64 text's last character may hold unused bits). */
export function withFlippedCiphertextBit(event: EventEnvelope): EventEnvelope {
  const parts = (event.payload as { sealed: string }).sealed.split('.');
  const data = Buffer.from(parts[3] ?? '', 'base64url');
  data[0] = (data[0] ?? 0) ^ 1;
  return { ...event, payload: { sealed: [...parts.slice(0, 3), data.toString('base64url')].join('.') } };
}
