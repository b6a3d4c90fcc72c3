import type { SendMailOptions } from 'nodemailer';
import {
  assertRecipientKind,
  assertSomethingToSend,
  requireSetting,
  stringSetting,
  type ChannelConnection,
  type OutboundReply,
} from '@switchboard/channels-core';

/** What the customer's last message said about its thread (from its `email.received` event). */
export interface EmailReplyThread {
  readonly lastMessageId: string;
  readonly references: readonly string[];
  readonly subject: string;
}

export interface EmailReply extends OutboundReply {
  readonly thread: EmailReplyThread;
  /** Our Message-ID for the reply, made by the caller (`<${newId()}@our-domain>`) so it can be recorded. */
  readonly messageId: string;
}

/** Long threads would grow References without bound; the root and the latest ids are what clients use. */
const MAX_REFERENCES = 20;

/**
 * nodemailer options for an agent's reply, threaded so the customer's client files it under the
 * conversation: `In-Reply-To` their last Message-ID, `References` their References plus that id,
 * the subject prefixed `Re: ` once. Settings: `fromAddress` (required), `fromName`.
 */
export function buildEmailReply(connection: ChannelConnection, reply: EmailReply, now: Date): SendMailOptions {
  assertRecipientKind(reply, ['email']);
  assertSomethingToSend(reply);
  const fromAddress = requireSetting(connection, 'fromAddress');
  const fromName = stringSetting(connection, 'fromName');
  return {
    from: fromName ? { name: fromName, address: fromAddress } : fromAddress,
    to: reply.to.value,
    subject: replySubject(reply.thread.subject),
    text: reply.text,
    messageId: reply.messageId,
    date: now,
    inReplyTo: reply.thread.lastMessageId,
    references: referencesFor(reply.thread),
    // Asks Exchange and Outlook not to answer our reply with an out-of-office: half of a mail loop.
    headers: { 'X-Auto-Response-Suppress': 'OOF, AutoReply' },
    attachments: (reply.media ?? []).map((media) => ({
      path: media.url,
      ...(media.filename ? { filename: media.filename } : {}),
      ...(media.contentType ? { contentType: media.contentType } : {}),
    })),
    // Media are URLs; a path like /etc/passwd must never be attached from our own disk.
    disableFileAccess: true,
  };
}

export function replySubject(subject: string): string {
  const trimmed = subject.trim();
  return /^(re|aw|sv|antw)\s*(\[\d+\])?\s*:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`.trim();
}

export function referencesFor(thread: EmailReplyThread): string[] {
  const [root, ...rest] = new Set([...thread.references, thread.lastMessageId]);
  if (root === undefined) return [];
  return [root, ...rest.slice(-(MAX_REFERENCES - 1))];
}
