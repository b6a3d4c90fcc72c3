import {
  FormParams,
  InvalidSignature,
  MalformedPayload,
  assertBodySize,
  assertChannelKind,
  assertMediaType,
  headerOf,
  requireSecret,
  type ChannelConnection,
  type WebhookRequest,
} from '@switchboard/channels-core';
import { isValidTwilioSignature } from './twilio-signature';

export type TwilioKind = 'twilio-voice' | 'twilio-messaging';

/**
 * Size, content type and signature of a Twilio webhook, returning its form parameters. The form
 * is parsed before the signature is checked because the signature covers the parsed parameters.
 */
export function readVerifiedTwilioForm(
  request: WebhookRequest,
  connection: ChannelConnection,
  kind: TwilioKind,
  maxBodyBytes: number,
): FormParams {
  assertChannelKind(connection, kind);
  assertBodySize(request.rawBody, maxBodyBytes);
  assertMediaType(request, ['application/x-www-form-urlencoded']);
  const authToken = requireSecret(connection, 'authToken');
  const form = FormParams.parse(request.rawBody);
  const signature = headerOf(request, 'x-twilio-signature');
  if (!signature) throw new InvalidSignature('missing X-Twilio-Signature header');
  if (!isAbsoluteUrl(request.url)) throw new MalformedPayload('request URL must be absolute to check the Twilio signature');
  if (!isValidTwilioSignature(authToken, signature, request.url, form)) {
    throw new InvalidSignature('X-Twilio-Signature does not match');
  }
  return form;
}

function isAbsoluteUrl(url: string): boolean {
  return URL.canParse(url);
}
