import { MalformedPayload } from '../errors/channel-errors';
import { decodeUtf8 } from './decode-utf8';

export type JsonObject = { readonly [key: string]: unknown };

/** Parses a JSON object body; anything else (array, scalar, bad syntax) is a malformed payload. */
export function parseJsonObject(rawBody: Buffer): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(rawBody));
  } catch (error) {
    if (error instanceof MalformedPayload) throw error;
    throw new MalformedPayload('body is not valid JSON');
  }
  if (!isJsonObject(value)) throw new MalformedPayload('body must be a JSON object');
  return value;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
