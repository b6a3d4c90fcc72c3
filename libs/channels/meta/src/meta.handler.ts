import {
  InvalidSignature,
  MaxBodyBytes,
  UnsupportedPayload,
  JsonReader,
  assertBodySize,
  assertChannelKind,
  assertMediaType,
  headerOf,
  parseJsonObject,
  requireSecret,
  textResponse,
  type ChannelConnection,
  type ChannelHandler,
  type WebhookRequest,
  type WebhookResult,
} from '@switchboard/channels-core';
import { eachItem } from './each-item';
import { merge, skipped, type ItemResult } from './item-result';
import { isValidMetaSignature } from './meta-signature';
import { answerMetaVerification } from './meta-verification';
import { messagingItem } from './messaging/messaging-item';
import { whatsappChange } from './whatsapp/whatsapp-change';

/**
 * Meta webhooks for WhatsApp Cloud API, Messenger and Instagram: one app, one secret, one URL.
 * Answered `200 EVENT_RECEIVED` as Meta's samples do; Meta retries anything else.
 */
export function createMetaHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes.meta;

  const verify = (request: WebhookRequest, connection: ChannelConnection): void => {
    assertChannelKind(connection, 'meta');
    assertBodySize(request.rawBody, maxBodyBytes);
    assertMediaType(request, ['application/json']);
    const appSecret = requireSecret(connection, 'appSecret');
    const signature = headerOf(request, 'x-hub-signature-256');
    if (!signature) throw new InvalidSignature('missing X-Hub-Signature-256 header');
    if (!isValidMetaSignature(appSecret, signature, request.rawBody)) throw new InvalidSignature('X-Hub-Signature-256 does not match');
  };

  return {
    kind: 'meta',
    maxBodyBytes,
    verify,
    async handle(request, connection): Promise<WebhookResult> {
      verify(request, connection);
      const body = JsonReader.of(parseJsonObject(request.rawBody), 'body');
      const result = entriesOf(body, connection);
      return { response: textResponse('EVENT_RECEIVED'), events: result.events, ignored: result.ignored };
    },
    handleVerification(request, connection) {
      return answerMetaVerification(request, connection);
    },
  };
}

function entriesOf(body: JsonReader, connection: ChannelConnection): ItemResult {
  const object = body.string('object');
  const entries = body.objects('entry');
  switch (object) {
    case 'whatsapp_business_account':
      return merge(entries.map((entry) => eachItem(entry.objects('changes'), (change) => whatsappChange(change, connection))));
    case 'page':
    case 'instagram': {
      const context = { connection, channel: object === 'page' ? ('messenger' as const) : ('instagram' as const) };
      return merge(
        entries.map((entry) =>
          merge([
            eachItem(entry.objects('messaging'), (item) => messagingItem(item, context)),
            // Comments, mentions and feed changes are not conversations (yet).
            ...entry.objects('changes').map((change) => skipped(`${object} change ${change.optionalString('field') ?? ''} is not handled`)),
          ]),
        ),
      );
    }
    default:
      throw new UnsupportedPayload(`webhook object ${object} is not WhatsApp, Messenger or Instagram`);
  }
}
