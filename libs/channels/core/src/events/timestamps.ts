/** Unix seconds (Telegram `date`, WhatsApp `timestamp`, Meta `entry.time` in some objects) to ISO-8601. */
export function isoFromUnixSeconds(seconds: number | string | undefined): string | undefined {
  const value = typeof seconds === 'string' ? Number(seconds) : seconds;
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  return isoFromMillis(value * 1000);
}

/** Unix milliseconds (Messenger `timestamp`) to ISO-8601. */
export function isoFromMillis(millis: number | undefined): string | undefined {
  if (millis === undefined || !Number.isFinite(millis) || millis <= 0) return undefined;
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Any date string `Date` understands (RFC 2822 from Twilio, ISO-8601) to ISO-8601; undefined when unreadable. */
export function isoFromDateString(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
