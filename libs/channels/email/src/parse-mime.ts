import { simpleParser, type ParsedMail, type SimpleParserOptions } from 'mailparser';
import { MalformedPayload } from '@switchboard/channels-core';

const OPTIONS: SimpleParserOptions = {
  // Delivery reports stay separate parts, to be read as reports rather than as body text.
  keepDeliveryStatus: true,
  // Nothing of the HTML travels on the bus; skip the work of inlining images and linkifying.
  keepCidLinks: true,
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  checksumAlgo: false,
  maxHtmlLengthToParse: 2 * 1024 * 1024,
};

/** Parses raw RFC 5322 bytes; what the parser gives up on is a malformed payload, not a crash. */
export async function parseMime(raw: Buffer | string): Promise<ParsedMail> {
  try {
    return await simpleParser(raw, OPTIONS);
  } catch (error) {
    throw new MalformedPayload(`message is not parseable MIME: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

/**
 * Plain text of an HTML body. mailparser only converts HTML it finds at the root or beside a plain
 * part; HTML inside `multipart/related` without a text alternative is common (mobile clients, HTML
 * editors), so it is handed back to mailparser as a message of its own to use the same conversion.
 */
export async function htmlToText(html: string): Promise<string> {
  const encoded = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  const wrapped = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${encoded}\r\n`;
  return (await parseMime(wrapped)).text ?? '';
}
