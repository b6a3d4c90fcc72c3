import type { EventEnvelope } from '@switchboard/contracts';
import type { OutgoingMessage } from '@switchboard/infra-bus';

/**
 * A typed envelope as the bus carries it. The bus holds payloads as plain records; a payload
 * interface has no index signature, so TypeScript wants this one explicit widening.
 */
export function outgoing<T>(key: string, event: EventEnvelope<string, T>): OutgoingMessage {
  return { key, event: event as unknown as OutgoingMessage['event'] };
}
