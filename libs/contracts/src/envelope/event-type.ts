/** `<noun>[.<noun>].<past-tense-verb>.v<version>`, lower case, kebab-case words. */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9][0-9]*$/;

export function isEventType(value: string): boolean {
  return EVENT_TYPE_PATTERN.test(value);
}

/** Splits `message.received.v1` into its name and version. */
export function parseEventType(type: string): { name: string; version: number } {
  if (!isEventType(type)) throw new Error(`not a versioned event type: ${type}`);
  const at = type.lastIndexOf('.v');
  return { name: type.slice(0, at), version: Number(type.slice(at + 2)) };
}
