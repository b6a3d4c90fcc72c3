import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * E.164 form of a phone number (`+14155550123`), or null when it is not one (withheld caller ids,
 * SIP URIs, `client:` names, Twilio's anonymous placeholders). National numbers need the channel's
 * `defaultCountry`. "Possible" rather than "valid": new number ranges must not bounce customers
 * just because the metadata is older than their number.
 */
export function normalisePhone(raw: string, defaultCountry?: CountryCode): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || /[a-z]/i.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry ? { defaultCountry } : undefined);
  return parsed?.isPossible() ? parsed.number : null;
}

/** Meta's `wa_id` is the number without `+`; Twilio writes `whatsapp:+1...`. Both become E.164. */
export function normaliseWhatsAppNumber(raw: string): string | null {
  const bare = raw.trim().replace(/^whatsapp:/i, '').trim();
  if (!/^\+?[0-9]{6,15}$/.test(bare)) return null;
  return normalisePhone(bare.startsWith('+') ? bare : `+${bare}`);
}

export type { CountryCode };
