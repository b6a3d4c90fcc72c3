import { isValidTenantId, newTenantProblems } from './tenant';

describe('tenant rules', () => {
  it.each(['demo', 'acme-2', 'a', '0'.repeat(63)])('accepts the id %s', (id) => {
    expect(isValidTenantId(id)).toBe(true);
  });

  it.each(['', 'Acme', 'acme_2', '-acme', 'acme-', 'acme corp', 'a'.repeat(64), 'acmé'])('refuses the id %j', (id) => {
    expect(isValidTenantId(id)).toBe(false);
  });

  it('needs a name', () => {
    expect(newTenantProblems({ id: 'acme', name: 'Acme' })).toEqual([]);
    expect(newTenantProblems({ id: 'acme', name: '  ' })).toEqual(['tenant name must be 1 to 200 characters']);
  });
});
