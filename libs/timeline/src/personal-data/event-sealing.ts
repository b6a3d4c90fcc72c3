import { isSealedField, mapPersonal, type EventEnvelope, type SealedField, type TimelineEvent } from '@switchboard/contracts';
import { isTimelineEventType } from '@switchboard/contracts';
import { UNREADABLE, type Personal } from '@switchboard/timeline-domain';
import { openText, sealText, type DataKey } from './field-cipher';

/** Whether an event holds any personal value (only then does sealing it need a key). */
export function hasPersonalValues(event: TimelineEvent<unknown>): boolean {
  let found = false;
  mapPersonal(event, () => {
    found = true;
    return null;
  });
  return found;
}

/** Seals every personal value of a decided event with `key`. Refuses an unreadable value: it must never be written back. */
export function sealEvent(event: TimelineEvent<Personal>, key: DataKey | null): TimelineEvent<SealedField> {
  return mapPersonal(event, (value) => {
    if (typeof value !== 'string') throw new Error('an unreadable value cannot be sealed again');
    if (key === null) throw new Error(`${event.type} holds personal values but no key was given`);
    return sealText(key, value);
  });
}

/** The ids of the keys an event's values were sealed with. */
export function keyIdsOf(event: TimelineEvent<SealedField>): string[] {
  const ids: string[] = [];
  mapPersonal(event, (value) => {
    if (isSealedField(value)) ids.push(value.keyId);
    return null;
  });
  return ids;
}

/** Opens every personal value whose key still exists; the others read as unreadable. */
export function openEvent(event: TimelineEvent<SealedField>, keys: ReadonlyMap<string, DataKey>): TimelineEvent<Personal> {
  return mapPersonal(event, (value): Personal => {
    const key = isSealedField(value) ? keys.get(value.keyId) : undefined;
    return key ? openText(key, value) : UNREADABLE;
  });
}

/** The timeline event an envelope carries, or null for any other event in the store. */
export function timelineEventOf(envelope: EventEnvelope): TimelineEvent<SealedField> | null {
  if (!isTimelineEventType(envelope.type)) return null;
  return { type: envelope.type, data: envelope.payload } as unknown as TimelineEvent<SealedField>;
}
