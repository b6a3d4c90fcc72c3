import {
  InvalidSignature,
  constantTimeEqual,
  headerOf,
  queryOf,
  requireSecret,
  type ChannelConnection,
  type WebhookRequest,
} from '@switchboard/channels-core';

/**
 * Raw MIME relays (a Postfix pipe, SES, a provider's raw mode) sign nothing, so the channel's
 * inbound token is the credential: in `X-Switchboard-Email-Token`, or `?token=` for relays that
 * can only be given a URL. The header wins when both are present.
 */
export function verifyEmailToken(request: WebhookRequest, connection: ChannelConnection): void {
  const expected = requireSecret(connection, 'inboundToken');
  const received = headerOf(request, 'x-switchboard-email-token') ?? queryOf(request, 'token');
  if (!received) throw new InvalidSignature('missing X-Switchboard-Email-Token header or token parameter');
  if (!constantTimeEqual(received, expected)) throw new InvalidSignature('email token does not match');
}
