import { JwtService } from '@nestjs/jwt';
import { InvalidAccessToken } from '../identity-access.errors';
import { AccessTokenVerifier } from './access-token.verifier';

const SECRET = 'the-right-secret';
const claims = { sub: 'u1', tenantId: 'demo', email: 'agent1@demo.test', role: 'agent' };
const now = () => Math.floor(Date.now() / 1000);

describe('AccessTokenVerifier', () => {
  const jwt = new JwtService({ secret: SECRET });
  const verifier = new AccessTokenVerifier(jwt);
  const sign = (payload: object, options: { secret?: string; algorithm?: 'HS256' | 'HS512' } = {}) =>
    jwt.sign(payload, { secret: options.secret ?? SECRET, algorithm: options.algorithm ?? 'HS256' });

  it('returns exactly the access claims of a good token', async () => {
    await expect(verifier.verify(sign({ ...claims, iat: now(), exp: now() + 60 }))).resolves.toEqual(claims);
  });

  it.each([
    ['signed with another secret', () => sign({ ...claims, exp: now() + 60 }, { secret: 'another-secret' }), 'invalid'],
    ['signed with another algorithm', () => sign({ ...claims, exp: now() + 60 }, { algorithm: 'HS512' }), 'invalid'],
    ['expired', () => sign({ ...claims, exp: now() - 10 }), 'expired'],
    ['without an expiry', () => sign(claims), 'invalid'],
    ['with an unknown role', () => sign({ ...claims, role: 'owner', exp: now() + 60 }), 'invalid'],
    ['without a tenant', () => sign({ sub: 'u1', email: 'a@b.test', role: 'agent', exp: now() + 60 }), 'invalid'],
    ['not a JWT', () => 'garbage', 'invalid'],
    ['empty', () => '', 'missing'],
  ])('refuses a token %s', async (_case, token, reason) => {
    const failure = verifier.verify(token());
    await expect(failure).rejects.toBeInstanceOf(InvalidAccessToken);
    await expect(failure).rejects.toMatchObject({ code: 'INVALID_ACCESS_TOKEN', reason });
  });
});
