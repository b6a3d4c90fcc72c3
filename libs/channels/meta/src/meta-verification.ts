import {
  ForbiddenChannel,
  MalformedPayload,
  assertChannelKind,
  constantTimeEqual,
  queryOf,
  requireSecret,
  textResponse,
  type ChannelConnection,
  type ProviderResponse,
  type WebhookRequest,
} from '@switchboard/channels-core';

/**
 * Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...`.
 * Echoing the challenge proves we own the URL; only when the token is the one the admin entered.
 */
export function answerMetaVerification(request: WebhookRequest, connection: ChannelConnection): ProviderResponse {
  assertChannelKind(connection, 'meta');
  const verifyToken = requireSecret(connection, 'verifyToken');
  const mode = queryOf(request, 'hub.mode');
  const token = queryOf(request, 'hub.verify_token');
  const challenge = queryOf(request, 'hub.challenge');
  if (mode !== 'subscribe' || !challenge || token === undefined) {
    throw new MalformedPayload('expected hub.mode=subscribe, hub.verify_token and hub.challenge');
  }
  if (challenge.length > 1024) throw new MalformedPayload('hub.challenge is too long');
  if (!constantTimeEqual(token, verifyToken)) throw new ForbiddenChannel('hub.verify_token does not match');
  return textResponse(challenge);
}
