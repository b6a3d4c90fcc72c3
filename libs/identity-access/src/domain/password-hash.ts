import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Password hashing with node's scrypt (no native modules). Hashes are stored in a PHC-style string
 * that carries their own cost, `$scrypt$ln=14,r=8,p=1$<salt>$<key>` (unpadded base64), so the cost
 * can be raised later without invalidating stored hashes: each verifies at the cost it was made with.
 */
const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
) => Promise<Buffer>;

/** scrypt's cost: N = 2^logN (CPU and memory), r (block size), p (parallelism). */
export interface ScryptCost {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/** Node's own defaults (about 40 ms and 16 MiB per hash). Raise here; see {@link passwordHashNeedsUpgrade}. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { logN: 14, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 64;
// Bounds on a stored cost: a corrupt or hostile row must not make one login take minutes or gigabytes.
const MAX_COST: ScryptCost = { logN: 20, r: 32, p: 16 };

/** A stored hash that does not parse: a data error, never a wrong password. */
export class MalformedPasswordHash extends Error {
  readonly code = 'MALFORMED_PASSWORD_HASH';
  readonly retriable = false;
  constructor() {
    super('stored password hash is not in the $scrypt$ln=..,r=..,p=..$salt$key format');
    this.name = 'MalformedPasswordHash';
  }
}

interface DecodedHash {
  readonly cost: ScryptCost;
  readonly salt: Buffer;
  readonly key: Buffer;
}

const ENCODED = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function unpaddedBase64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}

function encode(cost: ScryptCost, salt: Buffer, key: Buffer): string {
  return `$scrypt$ln=${cost.logN},r=${cost.r},p=${cost.p}$${unpaddedBase64(salt)}$${unpaddedBase64(key)}`;
}

function withinBounds(cost: ScryptCost): boolean {
  return (
    cost.logN >= 1 && cost.logN <= MAX_COST.logN && cost.r >= 1 && cost.r <= MAX_COST.r && cost.p >= 1 && cost.p <= MAX_COST.p
  );
}

function decode(encoded: string): DecodedHash {
  const match = ENCODED.exec(encoded);
  if (!match) throw new MalformedPasswordHash();
  const [, logN, r, p, salt, key] = match;
  const cost = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (!withinBounds(cost)) throw new MalformedPasswordHash();
  return { cost, salt: Buffer.from(salt ?? '', 'base64'), key: Buffer.from(key ?? '', 'base64') };
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs about 128·N·r bytes; node refuses above 32 MiB unless told, which would block raising the cost.
  return scrypt(password, salt, keyLength, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r });
}

/** Hashes `password` with a fresh random salt at `cost`. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return encode(cost, salt, await derive(password, salt, cost, KEY_BYTES));
}

/** True when `password` matches `encoded`; compares in constant time. Throws {@link MalformedPasswordHash}. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const stored = decode(encoded);
  if (stored.key.length === 0) throw new MalformedPasswordHash();
  const candidate = await derive(password, stored.salt, stored.cost, stored.key.length);
  return timingSafeEqual(candidate, stored.key);
}

/** True when `encoded` was made at a different cost than `cost`: rehash it at the next successful login. */
export function passwordHashNeedsUpgrade(encoded: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): boolean {
  const stored = decode(encoded).cost;
  return stored.logN !== cost.logN || stored.r !== cost.r || stored.p !== cost.p;
}

/**
 * A hash of a random password nobody knows, at {@link DEFAULT_SCRYPT_COST} (a spec keeps the two in step).
 * Fixed rather than made at start so that the first unknown-email login costs no more than later ones.
 */
export const DUMMY_PASSWORD_HASH =
  '$scrypt$ln=14,r=8,p=1$6BboqWMv5DFUlawMFhWatQ$p0HlwmiubfdWXDaVgeb2vOQeN74EPiqclU275PNyRzEpLOck3UgtYPJ9hniCDzcbuvuky5v7UlR8bP3Ko07vIQ';

/**
 * Spends the time a real verification would, then answers false: used when no user has the email
 * (or it cannot log in), so response time does not tell which emails exist.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  await verifyPassword(password, DUMMY_PASSWORD_HASH);
  return false;
}
