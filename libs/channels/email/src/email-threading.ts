import type { EmailThreading } from '@switchboard/contracts';
import type { ParsedMail } from 'mailparser';

/** Message-ID, In-Reply-To and References as they appear on the wire, angle brackets included. */
export function threadingOf(mail: Pick<ParsedMail, 'messageId' | 'inReplyTo' | 'references'>, fallbackMessageId: string): EmailThreading {
  const references = mail.references === undefined ? [] : Array.isArray(mail.references) ? mail.references : [mail.references];
  return {
    messageId: mail.messageId?.trim() || fallbackMessageId,
    inReplyTo: mail.inReplyTo?.trim().split(/\s+/)[0] || null,
    references: references.map((reference) => reference.trim()).filter((reference) => reference !== ''),
  };
}

/**
 * The Message-ID that names the whole thread: the first of References (the thread's first
 * message), else In-Reply-To, else the message's own id (it starts a thread).
 */
export function threadRootOf(threading: EmailThreading): string {
  return threading.references[0] ?? threading.inReplyTo ?? threading.messageId;
}
