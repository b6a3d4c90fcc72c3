import type { ParsedMail, StructuredHeader } from 'mailparser';

/**
 * The first raw value of a header, unfolded. Read from the raw lines rather than mailparser's parsed
 * map where parsing loses what we need: `Return-Path: <>` parses to an empty address, and an
 * unreadable `Date` parses to the current time.
 */
export function rawHeader(mail: Pick<ParsedMail, 'headerLines'>, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  if (line === undefined) return undefined;
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

/** The `Content-Type` of the message itself: `{ value: 'multipart/report', params: { 'report-type': ... } }`. */
export function contentTypeOf(mail: Pick<ParsedMail, 'headers'>): StructuredHeader | undefined {
  const header = mail.headers.get('content-type');
  return typeof header === 'object' && header !== null && 'value' in header && 'params' in header ? (header as StructuredHeader) : undefined;
}
