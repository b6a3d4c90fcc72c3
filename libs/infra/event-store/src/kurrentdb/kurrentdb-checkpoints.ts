import { BACKWARDS, END, jsonEvent, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { CHECKPOINT_STREAM_PREFIX, isStreamNotFound, toStoreError } from './kurrentdb-mapping';

// A few kept in case of a torn read; scavenging removes the rest.
const CHECKPOINTS_KEPT = 5;

const checkpointStream = (subscriberId: string) => `${CHECKPOINT_STREAM_PREFIX}${subscriberId}`;

/** A subscriber's checkpoint is the last event of its own stream. */
export async function readCheckpoint(client: KurrentDBClient, subscriberId: string): Promise<number | null> {
  try {
    for await (const resolved of client.readStream(checkpointStream(subscriberId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
      const data = resolved.event?.data as { position?: unknown } | undefined;
      if (typeof data?.position === 'number') return data.position;
    }
    return null;
  } catch (error) {
    if (isStreamNotFound(error)) return null;
    throw toStoreError(error, 'read a checkpoint');
  }
}

export async function saveCheckpoint(client: KurrentDBClient, subscriberId: string, position: number): Promise<void> {
  try {
    await client.appendToStream(checkpointStream(subscriberId), jsonEvent({ type: 'subscription.checkpointed.v1', data: { position } }));
  } catch (error) {
    throw toStoreError(error, 'save a checkpoint');
  }
}

/** One checkpoint event per handled event would grow forever; the stream keeps only the newest few. */
export async function limitCheckpointStream(client: KurrentDBClient, subscriberId: string): Promise<void> {
  try {
    await client.setStreamMetadata(checkpointStream(subscriberId), { maxCount: CHECKPOINTS_KEPT });
  } catch (error) {
    throw toStoreError(error, 'limit a checkpoint stream');
  }
}
