import { Kafka, logLevel } from 'kafkajs';
import type { LogEntry } from 'kafkajs';
import { ConsumerStopping } from './consumer-stopping';
import type { KafkaBusSettings } from './kafka-bus-options';
import { kafkaLogCreator } from './kafka-log-creator';

/**
 * Lines that are not news: kafkajs logs every error response of every request at error level
 * ("Response Produce ..."), though the operation that sent it retries or reports it to its caller;
 * and stop() interrupting a retry is deliberate.
 */
function isExpectedLogEntry(entry: LogEntry): boolean {
  if (entry.namespace === 'Connection' && entry.log.message.startsWith('Response ')) return true;
  return entry.log['error'] instanceof ConsumerStopping;
}

/**
 * One kafkajs client per bus. Short connection/request timeouts and few retries, so a dead broker
 * surfaces as BusUnavailable within seconds instead of kafkajs' default of retrying for minutes.
 */
export function createKafkaClient(settings: KafkaBusSettings): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    connectionTimeout: settings.connectionTimeoutMs,
    requestTimeout: settings.requestTimeoutMs,
    enforceRequestTimeout: true,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(settings.logger, isExpectedLogEntry),
  });
}
