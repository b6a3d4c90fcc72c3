import type { AutoReplySignal, BounceSignal } from '@switchboard/contracts';
import type { ParsedMail } from 'mailparser';
import { contentTypeOf, rawHeader } from './mail-headers';

export type EmailClassification =
  | { readonly kind: 'person' }
  | { readonly kind: 'auto-reply'; readonly signal: AutoReplySignal }
  | { readonly kind: 'bounce'; readonly signal: BounceSignal };

const BULK_PRECEDENCE: ReadonlySet<string> = new Set(['bulk', 'junk', 'list', 'auto_reply']);

/**
 * Whether a person wrote this, or a machine on someone's behalf. Only a person's mail may open a
 * conversation or be answered: answering an auto-reply or a bounce is how mail loops start
 * (RFC 3834). Bounces are checked first since reports often also say `Auto-Submitted`.
 */
export function classifyEmail(mail: Pick<ParsedMail, 'headers' | 'headerLines'>, fromAddress: string): EmailClassification {
  const bounce = bounceSignal(mail, fromAddress);
  if (bounce) return { kind: 'bounce', signal: bounce };
  const autoReply = autoReplySignal(mail);
  return autoReply ? { kind: 'auto-reply', signal: autoReply } : { kind: 'person' };
}

function bounceSignal(mail: Pick<ParsedMail, 'headers'>, fromAddress: string): BounceSignal | undefined {
  const contentType = contentTypeOf(mail);
  const type = contentType?.value.toLowerCase();
  if (type === 'multipart/report' && contentType?.params['report-type']?.toLowerCase() === 'delivery-status') return 'delivery-status-report';
  if (type === 'message/delivery-status' || type === 'message/global-delivery-status') return 'delivery-status-content';
  if (fromAddress.split('@')[0] === 'mailer-daemon') return 'mailer-daemon-sender';
  return undefined;
}

function autoReplySignal(mail: Pick<ParsedMail, 'headerLines'>): AutoReplySignal | undefined {
  const autoSubmitted = rawHeader(mail, 'auto-submitted')?.split(';')[0]?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-submitted';
  const precedence = rawHeader(mail, 'precedence')?.trim().toLowerCase();
  if (precedence && BULK_PRECEDENCE.has(precedence)) return 'precedence';
  if (rawHeader(mail, 'x-autoreply') !== undefined) return 'x-autoreply';
  if (rawHeader(mail, 'x-autorespond') !== undefined) return 'x-autorespond';
  // The null reverse-path is reserved for notifications that must not be answered (RFC 5321 §4.5.5).
  if (rawHeader(mail, 'return-path') === '<>') return 'null-return-path';
  return undefined;
}
