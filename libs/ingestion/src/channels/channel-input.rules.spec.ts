import { InvalidChannelInput } from './channel-errors';
import { applyChannelChanges, checkNewChannel } from './channel-input.rules';

const problemsOf = (work: () => unknown): readonly string[] => {
  try {
    work();
  } catch (error) {
    if (error instanceof InvalidChannelInput) return error.problems;
    throw error;
  }
  return [];
};

describe('channel input rules', () => {
  it('accepts a new channel with the secrets of its kind and free-form settings', () => {
    expect(checkNewChannel({ kind: 'telegram', secrets: { secretToken: 's3cret-token', botToken: '123:abc' }, settings: { botUsername: 'acme_bot' } })).toEqual({
      kind: 'telegram',
      secrets: { secretToken: 's3cret-token', botToken: '123:abc' },
      settings: { botUsername: 'acme_bot' },
    });
  });

  it('names every problem: unknown kind, secrets of another kind, empty secrets, bad setting names, bad apiBaseUrl', () => {
    expect(problemsOf(() => checkNewChannel({ kind: 'fax' }))).toEqual(['kind must be one of twilio-voice, twilio-messaging, meta, telegram, email, generic']);
    expect(
      problemsOf(() => checkNewChannel({ kind: 'meta', secrets: { appSecret: '', authToken: 'x', verifyToken: 42 }, settings: { 'bad name': 1, apiBaseUrl: 'ftp://x' } })),
    ).toEqual([
      'secrets.appSecret must be a non-empty string of at most 4096 characters',
      'secrets.authToken is not a meta secret (known: appSecret, verifyToken, accessToken)',
      'secrets.verifyToken must be a non-empty string of at most 4096 characters',
      'settings.bad name is not a valid setting name',
      'settings.apiBaseUrl must be an http(s) URL',
    ]);
  });

  it('merges changes: given names are set, null removes, the rest stays', () => {
    const current = { secrets: { appSecret: 'old', verifyToken: 'vt' }, settings: { pageId: '1', graphApiVersion: 'v21.0' } };
    expect(applyChannelChanges('meta', current, { secrets: { appSecret: 'new', verifyToken: null }, settings: { graphApiVersion: null, pageId: '2' } })).toEqual({
      secrets: { appSecret: 'new' },
      settings: { pageId: '2' },
    });
  });

  it('keeps settings small', () => {
    expect(problemsOf(() => applyChannelChanges('generic', { secrets: {}, settings: {} }, { settings: { blob: 'x'.repeat(20_000) } }))).toEqual([
      'settings must stay under 16384 bytes',
    ]);
  });
});
