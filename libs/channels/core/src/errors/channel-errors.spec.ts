import {
  ChannelMisconfigured,
  ChannelRequestRejected,
  ForbiddenChannel,
  InvalidSignature,
  MalformedPayload,
  PayloadTooLarge,
  StaleRequest,
  UnsupportedMediaType,
  UnsupportedPayload,
} from './channel-errors';

describe('channel errors', () => {
  it.each([
    [new InvalidSignature('x'), 401, 'INVALID_SIGNATURE'],
    [new ForbiddenChannel('x'), 403, 'FORBIDDEN_CHANNEL'],
    [new StaleRequest('x'), 403, 'STALE_REQUEST'],
    [new MalformedPayload('x'), 400, 'MALFORMED_PAYLOAD'],
    [new UnsupportedPayload('x'), 400, 'UNSUPPORTED_PAYLOAD'],
    [new UnsupportedMediaType('text/plain', ['application/json']), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [new PayloadTooLarge(2048, 1024), 413, 'PAYLOAD_TOO_LARGE'],
    [new ChannelMisconfigured('x'), 503, 'CHANNEL_MISCONFIGURED'],
  ])('%p maps to HTTP %i with code %s', (error, status, code) => {
    expect(error).toBeInstanceOf(ChannelRequestRejected);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.name).toBe(error.constructor.name);
  });

  it('only a misconfigured channel asks the provider to retry', () => {
    expect(new ChannelMisconfigured('x').retriable).toBe(true);
    expect(new InvalidSignature('x').retriable).toBe(false);
  });

  it('explains size and media type refusals', () => {
    expect(new PayloadTooLarge(2048, 1024).reason).toBe('body of 2048 bytes exceeds the limit of 1024 bytes');
    expect(new UnsupportedMediaType(null, ['message/rfc822']).reason).toBe('content type must be message/rfc822, got none');
  });
});
