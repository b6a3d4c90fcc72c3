/**
 * How a channel event finds its conversation:
 * - `call`: a call is its own conversation, keyed by the provider's call id;
 * - `chat`: one conversation per widget session;
 * - `messaging` (SMS, WhatsApp, Messenger, Instagram, Telegram, ...): one running conversation per
 *   sender on a channel, until the sender has been quiet for longer than the inactivity gap;
 * - `email`: a reply joins the conversation of the message it answers (`In-Reply-To`, then
 *   `References` newest first); anything else starts a new one.
 * Keys are opaque strings; the store keeps only their keyed hashes, since they hold numbers and addresses.
 */
export type ThreadRule =
  | { readonly kind: 'call'; readonly key: string }
  | { readonly kind: 'chat'; readonly key: string }
  | { readonly kind: 'messaging'; readonly key: string }
  | { readonly kind: 'email'; readonly ownKey: string; readonly candidateKeys: readonly string[] };

export const callThreadKey = (channelId: string | null, providerCallId: string) => `call:${channelId ?? '-'}:${providerCallId}`;
export const chatThreadKey = (channelId: string | null, session: string) => `chat:${channelId ?? '-'}:${session}`;
export const messagingThreadKey = (channelId: string | null, kind: string, value: string) => `messaging:${channelId ?? '-'}:${kind}:${value}`;
// Message-IDs are global, so a reply that reaches another of the tenant's mailboxes still threads.
export const emailThreadKey = (messageId: string) => `email:${messageId}`;

/** Where a live contact's id (routing's, `contactIdOf`) leads: the conversation it stands for now. */
export const contactLinkKey = (contactId: string) => `contact:${contactId}`;

/** Every key a rule may match, to look up in one go. */
export function lookupKeys(rule: ThreadRule): string[] {
  return rule.kind === 'email' ? [rule.ownKey, ...rule.candidateKeys] : [rule.key];
}

/** In-Reply-To first, then References from the newest: the closest ancestor we know wins. */
export function emailCandidates(inReplyTo: string | null, references: readonly string[]): string[] {
  const ordered = [inReplyTo, ...[...references].reverse()].filter((id): id is string => id !== null && id !== '');
  return [...new Set(ordered)].map(emailThreadKey);
}
