import { MalformedPayload } from '../errors/channel-errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes the body as UTF-8, refusing invalid byte sequences instead of inventing U+FFFD. */
export function decodeUtf8(rawBody: Buffer): string {
  try {
    return strictUtf8.decode(rawBody);
  } catch {
    throw new MalformedPayload('body is not valid UTF-8');
  }
}
