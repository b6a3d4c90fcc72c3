/** Every way a customer can be addressed through a channel. */
export const IdentityKinds = ['phone', 'email', 'whatsapp', 'messenger', 'instagram', 'telegram', 'chat-visitor'] as const;

export type IdentityKind = (typeof IdentityKinds)[number];

/**
 * Who sent (or received) a channel event, normalised so that the same person is the same value
 * whichever provider saw them: `phone` and `whatsapp` are E.164 (`+14155550123`), `email` is
 * trimmed and lower-cased, `messenger` / `instagram` are page-scoped ids, `telegram` is the
 * user id, `chat-visitor` is the widget's visitor id.
 */
export interface SenderIdentity {
  readonly kind: IdentityKind;
  readonly value: string;
}

/**
 * What keeps one conversation's events in order on the bus: the Kafka message key of a channel
 * event. Built from the channel id and either the customer's identity (messaging), the call id
 * (voice) or the email thread root. Opaque to consumers: compare, never parse.
 */
export type ThreadKey = string;

/** Every channel event payload carries its thread key, so consumers can group without the bus key. */
export interface ChannelEventPayloadBase {
  readonly threadKey: ThreadKey;
}
