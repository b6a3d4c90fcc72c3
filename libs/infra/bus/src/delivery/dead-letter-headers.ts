import { DeadLetterHeaders } from '../bus';

export interface DeadLetterCause {
  readonly error: unknown;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** Handler attempts made; 0 when the message never reached the handler (not a valid envelope, or rejected unopened). */
  readonly attempts: number;
}

// Kafka headers travel with every copy of the message; keep a runaway error message from bloating them.
const MAX_ERROR_LENGTH = 1000;

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** The original headers plus where the message came from and why it was dead-lettered. */
export function deadLetterHeaders(original: Readonly<Record<string, string>>, cause: DeadLetterCause): Record<string, string> {
  return {
    ...original,
    [DeadLetterHeaders.error]: describeError(cause.error),
    [DeadLetterHeaders.originalTopic]: cause.topic,
    [DeadLetterHeaders.originalPartition]: String(cause.partition),
    [DeadLetterHeaders.originalOffset]: cause.offset,
    [DeadLetterHeaders.attempts]: String(cause.attempts),
  };
}
