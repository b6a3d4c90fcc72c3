import { normaliseEmail } from './email';
import { checkNewUser } from './new-user.rules';

describe('new user rules', () => {
  it('normalises the email and takes the local part as display name when none is given', () => {
    expect(normaliseEmail('  Ada@Example.TEST ')).toBe('ada@example.test');
    expect(checkNewUser({ email: ' Ada@Example.test', password: 'long enough', role: 'agent' })).toEqual({
      ok: true,
      user: { email: 'ada@example.test', password: 'long enough', role: 'agent', displayName: 'ada' },
    });
  });

  it('keeps a given display name, trimmed', () => {
    const check = checkNewUser({ email: 'a@b.test', password: '12345678', role: 'admin', displayName: '  Ada L. ' });
    expect(check.ok && check.user.displayName).toBe('Ada L.');
  });

  it('names every broken rule', () => {
    expect(checkNewUser({ email: 'not-an-email', password: 'short', role: 'owner', displayName: ' ' })).toEqual({
      ok: false,
      problems: [
        'email must be a valid email address',
        'role must be one of agent, supervisor, admin',
        'password must be 8 to 1024 characters',
        'display name must be 1 to 200 characters',
      ],
    });
  });

  it('accepts a password of exactly 8 characters and refuses 7', () => {
    expect(checkNewUser({ email: 'a@b.test', password: '12345678', role: 'agent' }).ok).toBe(true);
    expect(checkNewUser({ email: 'a@b.test', password: '1234567', role: 'agent' }).ok).toBe(false);
  });
});
