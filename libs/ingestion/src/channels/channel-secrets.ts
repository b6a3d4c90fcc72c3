import type { ChannelKind } from '@switchboard/channels-core';

/**
 * The secrets each kind reads, by name: `inbound` ones are needed to accept webhooks at all,
 * `outbound` ones only to send replies. Names outside these lists are refused, so a typo never
 * leaves a channel silently unverifiable.
 */
export const ChannelSecretNames: Readonly<Record<ChannelKind, { readonly inbound: readonly string[]; readonly outbound: readonly string[] }>> = {
  'twilio-voice': { inbound: ['authToken'], outbound: [] },
  'twilio-messaging': { inbound: ['authToken'], outbound: [] },
  meta: { inbound: ['appSecret', 'verifyToken'], outbound: ['accessToken'] },
  telegram: { inbound: ['secretToken'], outbound: ['botToken'] },
  email: { inbound: ['inboundToken'], outbound: ['smtpUser', 'smtpPassword'] },
  generic: { inbound: ['signingSecret'], outbound: [] },
};

export function knownSecretNames(kind: ChannelKind): readonly string[] {
  const names = ChannelSecretNames[kind];
  return [...names.inbound, ...names.outbound];
}

/** Names of the secrets that are set, never their values: what the API shows. */
export function secretNamesOf(secrets: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(secrets)
    .filter((name) => Boolean(secrets[name]))
    .sort();
}

/** Inbound secrets still missing: webhooks to this channel are answered 503 until an admin sets them. */
export function missingInboundSecrets(kind: ChannelKind, secrets: Readonly<Record<string, string | undefined>>): string[] {
  return ChannelSecretNames[kind].inbound.filter((name) => !secrets[name]);
}
