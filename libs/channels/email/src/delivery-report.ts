import type { BouncedRecipient, EmailThreading } from '@switchboard/contracts';
import type { Attachment } from 'mailparser';
import { normaliseEmail } from '@switchboard/channels-core';
import { parseMime } from './parse-mime';
import { threadingOf } from './email-threading';

const STATUS_TYPES: ReadonlySet<string> = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES: ReadonlySet<string> = new Set(['text/rfc822-headers', 'message/rfc822', 'message/global', 'message/global-headers']);

/**
 * The failed recipients of an RFC 3464 report: its per-recipient field groups (after the
 * per-message group), each with Final-Recipient, Action, Status and maybe Diagnostic-Code.
 */
export function bouncedRecipientsOf(attachments: readonly Attachment[]): BouncedRecipient[] {
  const report = attachments.find((attachment) => STATUS_TYPES.has(attachment.contentType.toLowerCase()));
  if (!report) return [];
  const groups = report.content
    .toString('utf8')
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n\s*\r?\n/)
    .map(fieldsOf);
  return groups.flatMap((fields) => {
    const recipient = normaliseEmail(addressOf(fields.get('final-recipient') ?? fields.get('original-recipient') ?? ''));
    if (recipient === null) return [];
    const diagnosticCode = fields.get('diagnostic-code');
    return [
      {
        recipient,
        action: (fields.get('action') ?? 'failed').toLowerCase(),
        status: fields.get('status') ?? '',
        ...(diagnosticCode ? { diagnosticCode } : {}),
      },
    ];
  });
}

/** Threading of the message that bounced, from the headers (or whole message) the report quotes. */
export async function originalThreadingOf(attachments: readonly Attachment[]): Promise<EmailThreading | null> {
  const original = attachments.find((attachment) => ORIGINAL_TYPES.has(attachment.contentType.toLowerCase()));
  if (!original) return null;
  const headers = original.content.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
  const parsed = await parseMime(`${headers}\r\n\r\n`);
  return parsed.messageId ? threadingOf(parsed, parsed.messageId) : null;
}

function fieldsOf(group: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of group.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

/** `rfc822; jane@example.com` → `jane@example.com`. */
function addressOf(value: string): string {
  const semicolon = value.indexOf(';');
  return semicolon < 0 ? value : value.slice(semicolon + 1);
}
