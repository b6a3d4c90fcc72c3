import { createHash } from 'node:crypto';
import {
  MalformedPayload,
  MaxBodyBytes,
  assertBodySize,
  assertChannelKind,
  assertMediaType,
  identityOf,
  textResponse,
  type ChannelConnection,
  type ChannelHandler,
  type WebhookRequest,
  type WebhookResult,
} from '@switchboard/channels-core';
import { classifyEmail } from './email-classification';
import { emailEvent } from './email-events';
import { verifyEmailToken } from './email-token';
import { threadingOf } from './email-threading';
import { parseMime } from './parse-mime';

/**
 * Inbound email as raw RFC 5322 (`Content-Type: message/rfc822`), the way a Postfix pipe, SES or a
 * provider's raw mode delivers it. One message per POST, one event: `email.received` for a person,
 * `email.auto-reply-received` or `email.bounce-received` for machines, which never open conversations.
 */
export function createEmailHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes.email;

  const verify = (request: WebhookRequest, connection: ChannelConnection): void => {
    assertChannelKind(connection, 'email');
    assertBodySize(request.rawBody, maxBodyBytes);
    assertMediaType(request, ['message/rfc822']);
    verifyEmailToken(request, connection);
  };

  return {
    kind: 'email',
    maxBodyBytes,
    verify,
    async handle(request, connection): Promise<WebhookResult> {
      verify(request, connection);
      if (request.rawBody.length === 0) throw new MalformedPayload('message is empty');
      const mail = await parseMime(request.rawBody);
      const fromAddress = mail.from?.value[0]?.address ?? '';
      const from = identityOf('email', fromAddress);
      if (from === null) throw new MalformedPayload('message has no From address');
      // Without a Message-ID, the bytes themselves identify a redelivery.
      const fallbackId = `<sha256-${createHash('sha256').update(request.rawBody).digest('hex')}@switchboard.invalid>`;
      const threading = threadingOf(mail, fallbackId);
      const event = await emailEvent({ mail, from, threading, classification: classifyEmail(mail, from.value) }, connection);
      return { response: textResponse('OK'), events: [event], ignored: [] };
    },
  };
}
