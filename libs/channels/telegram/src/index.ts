export { createTelegramHandler } from './telegram.handler';
export { buildTelegramMessageRequests } from './outbound/telegram-message-request';
