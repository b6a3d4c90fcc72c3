import type { IHeaders } from 'kafkajs';

/** kafkajs hands headers over as Buffers (arrays when a name repeats); the port speaks strings, the last value wins as in Kafka's lastHeader. */
export function fromKafkaHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) result[name] = last.toString();
  }
  return result;
}
