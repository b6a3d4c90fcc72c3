/**
 * Trimmed, lower-cased address, or null when it is not an address at all. Lower-casing the local
 * part is technically lossy (RFC 5321) but no mail system in use treats case as significant, and
 * one customer must not become two because they typed a capital once.
 */
export function normaliseEmail(raw: string): string | null {
  const address = raw.trim().replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1 || /\s/.test(address)) return null;
  return address;
}
