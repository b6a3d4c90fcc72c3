import type { EmailAttachmentMetadata, EmailThreading, SenderIdentity } from '@switchboard/contracts';
import type { Attachment, ParsedMail } from 'mailparser';
import {
  channelEvent,
  isoFromDateString,
  threadKeyForEmailThread,
  type ChannelConnection,
  type ChannelEventInput,
  type ChannelEventOrigin,
} from '@switchboard/channels-core';
import { addressesOf } from './email-addresses';
import { bouncedRecipientsOf, originalThreadingOf } from './delivery-report';
import type { EmailClassification } from './email-classification';
import { threadRootOf } from './email-threading';
import { htmlToText } from './parse-mime';
import { rawHeader } from './mail-headers';

/** Keeps an event well under the bus's message limit; the whole message stays with the mail provider. */
export const MAX_TEXT_CHARS = 100_000;

export interface ParsedEmail {
  readonly mail: ParsedMail;
  readonly from: SenderIdentity;
  readonly threading: EmailThreading;
  readonly classification: EmailClassification;
}

export function emailOrigin(connection: ChannelConnection): ChannelEventOrigin {
  return { connection, channel: 'email', provider: 'smtp' };
}

export async function emailEvent(email: ParsedEmail, connection: ChannelConnection): Promise<ChannelEventInput> {
  switch (email.classification.kind) {
    case 'person':
      return receivedEvent(email, connection);
    case 'auto-reply':
      return channelEvent('email.auto-reply-received.v1', emailOrigin(connection), {
        ...common(email),
        payload: {
          ...email.threading,
          threadKey: threadKeyForEmailThread(connection, threadRootOf(email.threading)),
          from: email.from,
          subject: email.mail.subject ?? '',
          signal: email.classification.signal,
        },
      });
    case 'bounce':
      return bounceEvent(email, email.classification.signal, connection);
  }
}

async function receivedEvent(email: ParsedEmail, connection: ChannelConnection): Promise<ChannelEventInput> {
  const { mail } = email;
  const html = typeof mail.html === 'string' ? mail.html : null;
  const fullText = mail.text || (html ? await htmlToText(html) : '');
  const fromName = mail.from?.value[0]?.name;
  return channelEvent('email.received.v1', emailOrigin(connection), {
    ...common(email),
    payload: {
      ...email.threading,
      threadKey: threadKeyForEmailThread(connection, threadRootOf(email.threading)),
      from: email.from,
      ...(fromName ? { fromName } : {}),
      to: addressesOf(mail.to),
      cc: addressesOf(mail.cc),
      replyTo: addressesOf(mail.replyTo),
      subject: mail.subject ?? '',
      text: fullText.slice(0, MAX_TEXT_CHARS),
      textTruncated: fullText.length > MAX_TEXT_CHARS,
      hasHtml: html !== null,
      attachments: mail.attachments.map(attachmentMetadata),
      sentAt: isoFromDateString(rawHeader(mail, 'date')) ?? null,
    },
  });
}

async function bounceEvent(email: ParsedEmail, signal: Extract<EmailClassification, { kind: 'bounce' }>['signal'], connection: ChannelConnection) {
  const original = await originalThreadingOf(email.mail.attachments);
  // Keyed by the thread of the mail that bounced, so the failure lands in that conversation.
  const root = threadRootOf(original ?? email.threading);
  return channelEvent('email.bounce-received.v1', emailOrigin(connection), {
    ...common(email),
    payload: {
      ...email.threading,
      threadKey: threadKeyForEmailThread(connection, root),
      from: email.from,
      subject: email.mail.subject ?? '',
      signal,
      originalMessageId: original?.messageId ?? null,
      failedRecipients: bouncedRecipientsOf(email.mail.attachments),
    },
  });
}

function common(email: ParsedEmail): { providerEventId: string; occurredAt?: string } {
  const occurredAt = isoFromDateString(rawHeader(email.mail, 'date'));
  return { providerEventId: email.threading.messageId, ...(occurredAt === undefined ? {} : { occurredAt }) };
}

function attachmentMetadata(attachment: Attachment): EmailAttachmentMetadata {
  return {
    filename: attachment.filename ?? null,
    contentType: attachment.contentType,
    size: attachment.size,
    contentId: attachment.contentId ?? null,
    inline: attachment.related === true || attachment.contentDisposition === 'inline',
  };
}
