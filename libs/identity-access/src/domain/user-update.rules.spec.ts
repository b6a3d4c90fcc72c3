import { checkUserPatch } from './user-update.rules';

describe('user update rules', () => {
  it('lets an admin change another user and trims the display name', () => {
    expect(checkUserPatch('admin', 'agent', { displayName: ' Ada ', role: 'supervisor', active: false })).toEqual({
      ok: true,
      patch: { displayName: 'Ada', role: 'supervisor', active: false },
    });
  });

  it('keeps an admin from locking themselves out', () => {
    expect(checkUserPatch('admin', 'admin', { role: 'agent', active: false })).toEqual({
      ok: false,
      problems: ['you cannot deactivate yourself', 'you cannot change your own role'],
    });
    expect(checkUserPatch('admin', 'admin', { displayName: 'Still me', active: true }).ok).toBe(true);
  });

  it('refuses an empty display name', () => {
    expect(checkUserPatch('admin', 'agent', { displayName: '   ' }).ok).toBe(false);
  });
});
