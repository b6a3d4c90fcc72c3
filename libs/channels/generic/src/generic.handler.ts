import {
  MaxBodyBytes,
  assertBodySize,
  assertChannelKind,
  assertMediaType,
  headerOf,
  jsonResponse,
  parseJsonObject,
  requireSecret,
  type ChannelConnection,
  type ChannelHandler,
  type WebhookRequest,
  type WebhookResult,
} from '@switchboard/channels-core';
import { genericChannelEvent } from './generic-events';
import { verifyGenericSignature } from './generic-signature';
import { validateGenericEvent } from './validate-generic-event';

/** Signed JSON for any network without its own library; the format is documented in this library's README. */
export function createGenericHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes.generic;

  const verify = (request: WebhookRequest, connection: ChannelConnection, now: Date): void => {
    assertChannelKind(connection, 'generic');
    assertBodySize(request.rawBody, maxBodyBytes);
    assertMediaType(request, ['application/json']);
    verifyGenericSignature(requireSecret(connection, 'signingSecret'), headerOf(request, 'x-switchboard-signature'), request.rawBody, now);
  };

  return {
    kind: 'generic',
    maxBodyBytes,
    verify,
    async handle(request, connection, now): Promise<WebhookResult> {
      verify(request, connection, now);
      const event = validateGenericEvent(parseJsonObject(request.rawBody));
      return { response: jsonResponse({ received: event.id }), events: [genericChannelEvent(event, connection)], ignored: [] };
    },
  };
}
