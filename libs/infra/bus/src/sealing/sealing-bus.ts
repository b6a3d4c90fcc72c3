import { InvalidEnvelope } from '@switchboard/contracts';
import type { Bus, MessageHandler } from '../bus';
import { MessageRejected } from '../delivery/message-rejected';
import { createEnvelopeSealer } from './envelope-sealer';
import type { EnvelopeSealer, EnvelopeSealerOptions } from './envelope-sealer';
import { SealedMessageUnreadable } from './sealed-message-unreadable';

export type SealingBusOptions = EnvelopeSealerOptions;

/**
 * Any bus, with nothing personal on the wire: each envelope is sealed on publish and opened before
 * the handler sees it, so callers publish and consume plain envelopes as before (see
 * {@link createEnvelopeSealer} for what stays in clear). Every process on one bus needs the same
 * secret. A message that does not open, or opens to something that is not an envelope, never
 * reaches the handler: it is dead-lettered at once (attempts 0) with the reason in the headers.
 * Dead-letter topics receive the messages as they travelled, sealed.
 */
export function createSealingBus(inner: Bus, secret: string, options: SealingBusOptions = {}): Bus {
  const sealer = createEnvelopeSealer(secret, options);
  return {
    kind: inner.kind,
    ensureTopics: (topics) => inner.ensureTopics(topics),
    // Sealing everything first: a message that cannot be serialised fails the whole call, as on the inner bus.
    publish: async (topic, messages) => inner.publish(topic, messages.map((message) => sealer.seal(message))),
    subscribe: (subscription) => inner.subscribe({ ...subscription, handler: opening(sealer, subscription.handler) }),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

function opening(sealer: EnvelopeSealer, handler: MessageHandler): MessageHandler {
  return async (message) => {
    let opened: ReturnType<EnvelopeSealer['open']>;
    try {
      opened = sealer.open(message);
    } catch (error) {
      if (error instanceof SealedMessageUnreadable || error instanceof InvalidEnvelope) throw new MessageRejected(error);
      throw error;
    }
    await handler({ ...message, key: opened.key, event: opened.event });
  };
}
