import type { ChannelRecord } from './channel-record';
import { ChannelDirectory } from './channel-directory';

const channel = (secret: string): ChannelRecord => ({ id: 'c1', tenantId: 't', kind: 'generic', secrets: { signingSecret: secret }, settings: {}, createdAt: new Date(0) });

describe('ChannelDirectory', () => {
  function setup() {
    let stored: ChannelRecord | null = channel('one');
    let lookups = 0;
    let time = 0;
    const directory = new ChannelDirectory(
      {
        findForWebhook: async () => {
          lookups += 1;
          return stored;
        },
      },
      { ttlMs: 1000, maxEntries: 10, clock: () => time },
    );
    return { directory, lookups: () => lookups, store: (value: ChannelRecord | null) => (stored = value), advance: (ms: number) => (time += ms) };
  }

  it('reuses a channel for its ttl, then reads it again', async () => {
    const { directory, lookups, store, advance } = setup();
    await directory.find('c1');
    store(channel('two'));
    expect((await directory.find('c1'))?.secrets).toEqual({ signingSecret: 'one' });
    advance(1001);
    expect((await directory.find('c1'))?.secrets).toEqual({ signingSecret: 'two' });
    expect(lookups()).toBe(2);
  });

  it('reads again at once after an invalidation (a change through this process)', async () => {
    const { directory, store } = setup();
    await directory.find('c1');
    store(null);
    directory.invalidate('c1');
    expect(await directory.find('c1')).toBeNull();
  });

  it('never remembers an unknown id', async () => {
    const { directory, lookups, store } = setup();
    store(null);
    await directory.find('c1');
    await directory.find('c1');
    expect(lookups()).toBe(2);
  });
});
