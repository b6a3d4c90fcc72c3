import { UndeliverableReply } from '@switchboard/channels-core';
import { metaConnection } from '../testing/signed-meta-request';
import { buildMetaMessageRequests } from './meta-message-request';

const bodies = (requests: { body: string }[]) => requests.map((request) => JSON.parse(request.body) as unknown);

describe('buildMetaMessageRequests', () => {
  it('sends WhatsApp text quoting the customer, then media by link, from the phone-number id', () => {
    const requests = buildMetaMessageRequests(metaConnection, {
      to: { kind: 'whatsapp', value: '+16505551234' },
      channelAddress: '106540352242922',
      text: 'We have it in blue.',
      media: [{ url: 'https://cdn.example/blue.jpg', contentType: 'image/jpeg' }, { url: 'https://cdn.example/spec.pdf', contentType: 'application/pdf', filename: 'spec.pdf' }],
      replyToProviderMessageId: 'wamid.ABC',
    });
    expect(requests.map((request) => request.url)).toEqual(Array(3).fill('https://graph.facebook.com/v21.0/106540352242922/messages'));
    expect(requests[0]?.headers).toEqual({ authorization: 'Bearer EAAG-test-access-token', 'content-type': 'application/json' });
    expect(bodies(requests)).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '16505551234',
        context: { message_id: 'wamid.ABC' },
        type: 'text',
        text: { preview_url: false, body: 'We have it in blue.' },
      },
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'image', image: { link: 'https://cdn.example/blue.jpg' } },
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '16505551234',
        type: 'document',
        document: { link: 'https://cdn.example/spec.pdf', filename: 'spec.pdf' },
      },
    ]);
  });

  it('sends Messenger and Instagram replies through the Send API of the page or account', () => {
    const [messenger] = buildMetaMessageRequests(metaConnection, { to: { kind: 'messenger', value: '7261539284617203' }, channelAddress: '108273158654321', text: 'Yes!' });
    expect(messenger?.url).toBe('https://graph.facebook.com/v21.0/108273158654321/messages');
    expect(JSON.parse(messenger?.body ?? 'null')).toEqual({ recipient: { id: '7261539284617203' }, messaging_type: 'RESPONSE', message: { text: 'Yes!' } });

    const instagram = buildMetaMessageRequests(
      { ...metaConnection, settings: { instagramAccountId: '17841405822304914', graphApiVersion: 'v23.0' } },
      { to: { kind: 'instagram', value: '1234567890123456' }, text: '', media: [{ url: 'https://cdn.example/map.png', contentType: 'image/png' }] },
    );
    expect(instagram.map((request) => request.url)).toEqual(['https://graph.facebook.com/v23.0/17841405822304914/messages']);
    expect(bodies(instagram)).toEqual([
      { recipient: { id: '1234567890123456' }, messaging_type: 'RESPONSE', message: { attachment: { type: 'image', payload: { url: 'https://cdn.example/map.png', is_reusable: true } } } },
    ]);
  });

  it('refuses recipients Meta cannot reach and replies with no address to send from', () => {
    expect(() => buildMetaMessageRequests(metaConnection, { to: { kind: 'phone', value: '+16505551234' }, text: 'Hi' })).toThrow(UndeliverableReply);
    expect(() => buildMetaMessageRequests(metaConnection, { to: { kind: 'whatsapp', value: '+16505551234' }, text: 'Hi' })).toThrow(
      'has no WhatsApp phone-number id',
    );
  });
});
