import { providerMessageIdsOf, retryAfterInBody } from './provider-message-ids';

describe('providerMessageIdsOf', () => {
  it("reads each provider's id for what was sent", () => {
    expect(providerMessageIdsOf('twilio-messaging', '{"sid":"SM123","status":"queued"}')).toEqual(['SM123']);
    expect(providerMessageIdsOf('meta', '{"messaging_product":"whatsapp","messages":[{"id":"wamid.1"}]}')).toEqual(['wamid.1']);
    expect(providerMessageIdsOf('meta', '{"recipient_id":"1","message_id":"m_1"}')).toEqual(['m_1']);
    expect(providerMessageIdsOf('telegram', '{"ok":true,"result":{"message_id":77,"chat":{"id":123456}}}')).toEqual(['123456:77']);
  });

  it('answers none for bodies without ids, or not JSON', () => {
    expect(providerMessageIdsOf('telegram', '{"ok":true}')).toEqual([]);
    expect(providerMessageIdsOf('twilio-messaging', 'OK')).toEqual([]);
  });
});

describe('retryAfterInBody', () => {
  it("reads Telegram's parameters.retry_after", () => {
    expect(retryAfterInBody('{"ok":false,"error_code":429,"parameters":{"retry_after":3}}')).toBe('3');
    expect(retryAfterInBody('{"ok":false}')).toBeUndefined();
    expect(retryAfterInBody('nope')).toBeUndefined();
  });
});
