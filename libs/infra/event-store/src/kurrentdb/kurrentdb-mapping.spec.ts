import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import { createEnvelope, newId } from '@switchboard/contracts';
import { EventStoreUnavailable, StreamVersionConflict } from '../errors';
import { isStreamNotFound, readPositionAfter, toEventData, toRecordedEvent, toStoreError, toStreamState } from './kurrentdb-mapping';

// The KurrentDB contract runs only where a server is available; these pin the translation
// between the port and the client, which the contract would otherwise be alone in checking.

const envelope = createEnvelope(
  { type: 'message.received.v1', tenantId: 'acme', source: { channel: 'sms', provider: 'twilio' }, payload: { text: 'hi' } },
  { now: () => new Date('2026-01-01T00:00:00.000Z'), newId },
);

function resolved(streamId: string, commit: bigint): ResolvedEvent {
  const event = toEventData(envelope);
  return {
    commitPosition: commit,
    event: {
      streamId,
      id: event.id,
      isJson: true,
      revision: 4n,
      type: event.type,
      created: new Date(),
      data: event.data,
      metadata: event.metadata,
      position: { commit, prepare: commit },
    },
  } as ResolvedEvent;
}

describe('KurrentDB mapping', () => {
  it('maps expected revisions to stream states', () => {
    expect(toStreamState('any')).toBe('any');
    expect(toStreamState('no_stream')).toBe('no_stream');
    expect(toStreamState('stream_exists')).toBe('stream_exists');
    expect(toStreamState(7)).toBe(7n);
  });

  it('reads `all` from the start, or from a commit position', () => {
    expect(readPositionAfter(0)).toBe('start');
    expect(readPositionAfter(1234)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('keeps the envelope as the event data, under its own id and type', () => {
    const data = toEventData(envelope);
    expect(data).toMatchObject({ id: envelope.id, type: envelope.type, contentType: 'application/json', data: envelope });
  });

  it('turns a recorded event back into the envelope with numeric revision and position', () => {
    expect(toRecordedEvent(resolved('customer-acme.c1', 98765n))).toEqual({
      streamId: 'customer-acme.c1',
      revision: 4,
      position: 98765,
      event: envelope,
    });
  });

  it('hides checkpoint streams and unresolved links', () => {
    expect(toRecordedEvent(resolved('sb-checkpoint-projector', 5n))).toBeUndefined();
    expect(toRecordedEvent({})).toBeUndefined();
  });

  it('maps a wrong expected version to StreamVersionConflict with the actual revision', () => {
    const existing = new WrongExpectedVersionError(undefined, { streamName: 's-a.b', expected: 0n, current: 3n });
    expect(toStoreError(existing, 'append', 's-a.b', 0)).toEqual(new StreamVersionConflict('s-a.b', 0, 3));
    const missing = new WrongExpectedVersionError(undefined, { streamName: 's-a.b', expected: 'stream_exists', current: 'no_stream' });
    const conflict = toStoreError(missing, 'append', 's-a.b', 'stream_exists');
    expect(conflict).toBeInstanceOf(StreamVersionConflict);
    expect((conflict as StreamVersionConflict).actual).toBeNull();
  });

  it('maps every other client failure to EventStoreUnavailable, keeping the cause', () => {
    const cause = new UnavailableError();
    const mapped = toStoreError(cause, 'read all');
    expect(mapped).toBeInstanceOf(EventStoreUnavailable);
    expect(mapped.cause).toBe(cause);
  });

  it('recognises a missing stream', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's-a.b'))).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
  });
});
