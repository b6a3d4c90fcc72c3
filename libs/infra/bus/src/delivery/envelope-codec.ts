import { InvalidEnvelope, validateEnvelope } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';

/** The wire form of an envelope on every adapter: its JSON text (which also makes each copy independent). */
export function encodeEnvelope(event: EventEnvelope): string {
  return JSON.stringify(event);
}

/** Parses and validates a message value; anything that is not an envelope raises {@link InvalidEnvelope}. */
export function decodeEnvelope(value: string | null): EventEnvelope {
  if (value === null) throw new InvalidEnvelope(['message has no value']);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new InvalidEnvelope([`value is not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return validateEnvelope(parsed);
}
