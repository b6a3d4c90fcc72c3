import { deadLetterTopic } from '@switchboard/contracts';
import type { BusConsumer, MessageHandler, RetryPolicy, SubscribeOptions } from '../bus';
import { consumeRecord } from '../delivery/consume-record';
import { resolveRetryPolicy } from '../delivery/retry-policy';
import { createStopSignal } from '../delivery/stop-signal';
import type { StopSignal } from '../delivery/stop-signal';
import type { ChangeSignal } from './change-signal';

/** A message as a partition stores it: the envelope's JSON text, so nobody shares objects with the publisher. */
export interface StoredRecord {
  readonly key: string;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a group needs from the bus that owns it. */
export interface GroupEnvironment {
  /** The append-only partitions of a topic (created on first use). */
  readonly partitionsOf: (topic: string) => readonly (readonly StoredRecord[])[];
  readonly append: (topic: string, records: readonly StoredRecord[]) => void;
  readonly changes: ChangeSignal;
  readonly isClosed: () => boolean;
}

export interface InProcessGroup {
  join(options: SubscribeOptions): BusConsumer;
}

interface Member {
  readonly topics: ReadonlySet<string>;
  readonly handler: MessageHandler;
  readonly retry: Required<RetryPolicy>;
  readonly stopSignal: StopSignal;
  readonly inFlight: Set<Promise<void>>;
}

const partitionKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/**
 * A consumer group as Kafka runs one: a committed offset per partition, the partitions split among
 * the members, and one loop per partition so its messages are handled one at a time, in order. The
 * offset moves only after the handler resolved (or the message was dead-lettered); a message whose
 * owner stopped mid-retry stays uncommitted and goes to whichever member owns the partition next.
 */
export function createInProcessGroup(env: GroupEnvironment): InProcessGroup {
  const committed = new Map<string, number>();
  const members: Member[] = [];
  let owners = new Map<string, Member>();

  // Members share a topic's partitions round-robin in join order, like Kafka's round-robin assigner.
  function rebalance(): void {
    const next = new Map<string, Member>();
    for (const topic of new Set(members.flatMap((member) => [...member.topics]))) {
      const subscribers = members.filter((member) => member.topics.has(topic));
      env.partitionsOf(topic).forEach((_records, partition) => {
        const owner = subscribers[partition % subscribers.length];
        if (owner !== undefined) next.set(partitionKey(topic, partition), owner);
      });
    }
    owners = next;
    env.changes.notify();
  }

  async function deliver(owner: Member, topic: string, partition: number, offset: number, record: StoredRecord): Promise<void> {
    const outcome = await consumeRecord(
      { topic, partition, offset: String(offset), ...record },
      {
        handler: owner.handler,
        retry: owner.retry,
        stopSignal: owner.stopSignal,
        deadLetter: async (headers) => env.append(deadLetterTopic(topic), [{ key: record.key, value: record.value, headers }]),
      },
    );
    // The commit is part of the tracked delivery, so stop() resolves only after it.
    if (outcome === 'commit') committed.set(partitionKey(topic, partition), offset + 1);
  }

  async function runPartition(topic: string, partition: number, records: readonly StoredRecord[]): Promise<void> {
    const key = partitionKey(topic, partition);
    while (!env.isClosed()) {
      const owner = owners.get(key);
      const offset = committed.get(key) ?? 0;
      const record = records[offset];
      if (owner === undefined || record === undefined) {
        await env.changes.wait();
        continue;
      }
      const delivery = deliver(owner, topic, partition, offset, record);
      owner.inFlight.add(delivery);
      try {
        await delivery;
      } catch {
        // Not committed, so it is delivered again; pause first, as Kafka does after a failed eachMessage.
        await owner.stopSignal.sleep(owner.retry.initialBackoffMs);
      } finally {
        owner.inFlight.delete(delivery);
      }
    }
  }

  function startPositions(topics: readonly string[], fromBeginning: boolean): void {
    for (const topic of topics) {
      env.partitionsOf(topic).forEach((records, partition) => {
        const key = partitionKey(topic, partition);
        if (committed.has(key)) return;
        committed.set(key, fromBeginning ? 0 : records.length);
        void runPartition(topic, partition, records);
      });
    }
  }

  async function leave(member: Member): Promise<void> {
    const index = members.indexOf(member);
    if (index >= 0) {
      members.splice(index, 1);
      rebalance();
    }
    member.stopSignal.stop();
    while (member.inFlight.size > 0) await Promise.allSettled([...member.inFlight]);
  }

  return {
    join(options) {
      const member: Member = {
        topics: new Set(options.topics),
        handler: options.handler,
        retry: resolveRetryPolicy(options.retry),
        stopSignal: createStopSignal(),
        inFlight: new Set(),
      };
      startPositions(options.topics, options.fromBeginning ?? true);
      members.push(member);
      rebalance();
      return { stop: () => leave(member) };
    },
  };
}
