import type { IdentityKind, SenderIdentity } from '@switchboard/contracts';
import { normaliseEmail } from './normalise-email';
import { normalisePhone, normaliseWhatsAppNumber, type CountryCode } from './normalise-phone';

/**
 * The canonical identity for `raw` as seen on a channel of `kind`, or null when `raw` cannot be
 * one (then the caller decides: refuse the payload, or keep the raw value beside a null identity).
 */
export function identityOf(kind: IdentityKind, raw: string, defaultCountry?: CountryCode): SenderIdentity | null {
  const value = normaliseValue(kind, raw, defaultCountry);
  return value === null ? null : { kind, value };
}

function normaliseValue(kind: IdentityKind, raw: string, defaultCountry?: CountryCode): string | null {
  switch (kind) {
    case 'phone':
      return normalisePhone(raw, defaultCountry);
    case 'whatsapp':
      return normaliseWhatsAppNumber(raw);
    case 'email':
      return normaliseEmail(raw);
    case 'messenger':
    case 'instagram':
    case 'telegram':
    case 'chat-visitor': {
      // Provider-scoped ids: opaque, compared exactly, so only whitespace is ours to remove.
      const id = raw.trim();
      return id === '' || /\s/.test(id) ? null : id;
    }
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

/** Twilio addresses: `whatsapp:+1...` for WhatsApp, a plain number for SMS/MMS and voice. */
export function identityOfTwilioAddress(raw: string, defaultCountry?: CountryCode): SenderIdentity | null {
  return /^whatsapp:/i.test(raw.trim()) ? identityOf('whatsapp', raw) : identityOf('phone', raw, defaultCountry);
}
