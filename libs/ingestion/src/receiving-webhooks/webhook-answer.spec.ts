import {
  ChannelMisconfigured,
  ForbiddenChannel,
  InvalidSignature,
  MalformedPayload,
  PayloadTooLarge,
  StaleRequest,
  UnsupportedMediaType,
  UnsupportedPayload,
} from '@switchboard/channels-core';
import { rejectionAnswer } from './webhook-answer';

describe('rejectionAnswer', () => {
  it.each([
    [new InvalidSignature('bad signature'), 401, 'rejected_invalid_signature'],
    [new ForbiddenChannel('wrong token'), 403, 'rejected_forbidden_channel'],
    [new StaleRequest('too old'), 403, 'rejected_stale_request'],
    [new MalformedPayload('bad json'), 400, 'rejected_malformed_payload'],
    [new UnsupportedPayload('unknown object'), 400, 'rejected_unsupported_payload'],
    [new UnsupportedMediaType('text/plain', ['application/json']), 415, 'rejected_unsupported_media_type'],
    [new PayloadTooLarge(2048, 1024), 413, 'rejected_payload_too_large'],
  ])('answers %p with its status, its code and its reason, and no Retry-After', (error, status, outcome) => {
    const answer = rejectionAnswer('generic', error, 5);
    expect(answer).toMatchObject({ status, outcome, kind: 'generic', headers: {}, published: 0, contentType: 'application/json; charset=utf-8' });
    expect(JSON.parse(answer.body)).toEqual({ statusCode: status, code: error.code, message: error.reason });
  });

  it('tells the provider when to retry a channel that is not configured yet', () => {
    const answer = rejectionAnswer('telegram', new ChannelMisconfigured('channel x has no secretToken secret'), 5);
    expect(answer).toMatchObject({ status: 503, outcome: 'rejected_channel_misconfigured', headers: { 'retry-after': '5' } });
  });
});
