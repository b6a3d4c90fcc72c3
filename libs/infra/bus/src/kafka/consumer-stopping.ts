/**
 * Thrown out of kafkajs' eachMessage when stop() interrupts a message's retries: throwing is the
 * only way to keep kafkajs from resolving (and then committing) that offset. Expected, so the
 * log creator drops kafkajs' error line about it.
 */
export class ConsumerStopping extends Error {
  constructor(topic: string, partition: number, offset: string) {
    super(`consumer stopped while retrying ${topic}[${partition}]@${offset}; left uncommitted for redelivery`);
    this.name = 'ConsumerStopping';
  }
}
