import type { ChannelKind } from '../channel-connection';
import { PayloadTooLarge } from '../errors/channel-errors';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Largest body each kind accepts. Generous for what the provider really sends (Twilio forms are a
 * few KiB, a Meta batch rarely passes 100 KiB) and small enough that a flood cannot exhaust memory.
 * Email carries its attachments inline, base64-inflated by a third. The gateway should give its
 * body parser the same limit so an oversized body is refused before it is buffered.
 */
export const MaxBodyBytes: Readonly<Record<ChannelKind, number>> = {
  'twilio-voice': 64 * KiB,
  'twilio-messaging': 64 * KiB,
  meta: 1 * MiB,
  telegram: 1 * MiB,
  email: 32 * MiB,
  generic: 256 * KiB,
};

export function assertBodySize(rawBody: Buffer, maxBytes: number): void {
  if (rawBody.length > maxBytes) throw new PayloadTooLarge(rawBody.length, maxBytes);
}
