import { v7 as uuidv7 } from 'uuid';

/** Time-sortable unique id (UUIDv7) for events and entities. */
export function newId(): string {
  return uuidv7();
}

/** The production clock and id source for {@link createEnvelope}. */
export const systemEnvelopeContext = { now: () => new Date(), newId };
