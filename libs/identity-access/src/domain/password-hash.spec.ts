import {
  DEFAULT_SCRYPT_COST,
  DUMMY_PASSWORD_HASH,
  MalformedPasswordHash,
  hashPassword,
  passwordHashNeedsUpgrade,
  verifyAgainstDummyHash,
  verifyPassword,
} from './password-hash';

// A cheap cost keeps the cases that do not depend on the default fast.
const CHEAP = { logN: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password it hashed, at the default cost', async () => {
    const hash = await hashPassword('correct horse battery staple');
    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
  });

  it('rejects a wrong password', async () => {
    const hash = await hashPassword('correct horse battery staple', CHEAP);
    await expect(verifyPassword('correct horse battery stapler', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('encodes the cost, a 16-byte salt and a 64-byte key, and never the password', async () => {
    const hash = await hashPassword('switchboard');
    const match = /^\$scrypt\$ln=14,r=8,p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(hash);
    expect(match).not.toBeNull();
    expect(Buffer.from(match?.[1] ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(match?.[2] ?? '', 'base64')).toHaveLength(64);
    expect(hash).not.toContain('switchboard');
  });

  it('salts every hash afresh', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', CHEAP), hashPassword('same password', CHEAP)]);
    expect(a).not.toEqual(b);
  });

  it('verifies a hash at the cost it was made with, and says when it should be upgraded', async () => {
    const cheap = await hashPassword('old password', CHEAP);
    expect(cheap.startsWith('$scrypt$ln=10,r=8,p=1$')).toBe(true);
    await expect(verifyPassword('old password', cheap)).resolves.toBe(true);
    expect(passwordHashNeedsUpgrade(cheap)).toBe(true);
    expect(passwordHashNeedsUpgrade(cheap, CHEAP)).toBe(false);
  });

  it('refuses a stored hash it cannot read, or one with an absurd cost', async () => {
    await expect(verifyPassword('x', 'plaintext')).rejects.toBeInstanceOf(MalformedPasswordHash);
    await expect(verifyPassword('x', '$scrypt$ln=40,r=8,p=1$AAAA$AAAA')).rejects.toBeInstanceOf(MalformedPasswordHash);
  });

  describe('the dummy verification for unknown emails', () => {
    it('always answers false', async () => {
      await expect(verifyAgainstDummyHash('switchboard')).resolves.toBe(false);
      await expect(verifyAgainstDummyHash('')).resolves.toBe(false);
    });

    it('costs what a real verification costs: its hash is at the default cost', () => {
      expect(passwordHashNeedsUpgrade(DUMMY_PASSWORD_HASH, DEFAULT_SCRYPT_COST)).toBe(false);
    });
  });
});
