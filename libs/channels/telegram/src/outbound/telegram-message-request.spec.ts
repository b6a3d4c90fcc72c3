import { UndeliverableReply } from '@switchboard/channels-core';
import { telegramConnection } from '../testing/telegram-request';
import { buildTelegramMessageRequests } from './telegram-message-request';

describe('buildTelegramMessageRequests', () => {
  it('sends text quoting the customer, then each media with the matching method', () => {
    const requests = buildTelegramMessageRequests(telegramConnection, {
      to: { kind: 'telegram', value: '482913506' },
      text: 'Thanks, we found your parcel.',
      replyToProviderMessageId: '482913506:2201',
      media: [{ url: 'https://cdn.example/label.png', contentType: 'image/png' }, { url: 'https://cdn.example/invoice.pdf', contentType: 'application/pdf' }],
    });
    expect(requests.map((request) => request.url)).toEqual([
      'https://api.telegram.org/bot7012345678:AAH-test-bot-token/sendMessage',
      'https://api.telegram.org/bot7012345678:AAH-test-bot-token/sendPhoto',
      'https://api.telegram.org/bot7012345678:AAH-test-bot-token/sendDocument',
    ]);
    expect(requests.map((request) => JSON.parse(request.body) as unknown)).toEqual([
      { chat_id: '482913506', text: 'Thanks, we found your parcel.', reply_parameters: { message_id: 2201, allow_sending_without_reply: true } },
      { chat_id: '482913506', photo: 'https://cdn.example/label.png' },
      { chat_id: '482913506', document: 'https://cdn.example/invoice.pdf' },
    ]);
    expect(requests[0]?.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('refuses non-Telegram recipients', () => {
    expect(() => buildTelegramMessageRequests(telegramConnection, { to: { kind: 'phone', value: '+14155550123' }, text: 'Hi' })).toThrow(UndeliverableReply);
  });
});
