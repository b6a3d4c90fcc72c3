import type { ChatSession, ChatSessionStore } from '../chat-session-store';

const session = (conversationId: string): ChatSession => ({
  tenantId: 'demo',
  conversationId,
  visitorId: `visitor-${conversationId}`,
  name: 'Ada',
  email: null,
  language: 'en',
  startedAt: '2026-03-02T09:00:00.000Z',
  routed: false,
  endedAt: null,
});

/** What every ChatSessionStore adapter must do; `makeStore` gets a fresh, empty store. */
export function testChatSessionStore(makeStore: () => Promise<ChatSessionStore> | ChatSessionStore): void {
  let store: ChatSessionStore;

  beforeEach(async () => {
    store = await makeStore();
  });

  it('finds a session by its key, and nothing for another key', async () => {
    await store.create('a', session('c1'));
    expect(await store.get('a')).toEqual(session('c1'));
    expect(await store.get('b')).toBeNull();
  });

  it('applies changes and returns the changed session', async () => {
    await store.create('c', session('c2'));
    expect(await store.update('c', { routed: true })).toEqual({ ...session('c2'), routed: true });
    expect(await store.update('c', { endedAt: '2026-03-02T09:05:00.000Z' })).toEqual({ ...session('c2'), routed: true, endedAt: '2026-03-02T09:05:00.000Z' });
    expect(await store.get('c')).toMatchObject({ routed: true, endedAt: '2026-03-02T09:05:00.000Z' });
  });

  it('changes nothing for an unknown session', async () => {
    expect(await store.update('missing', { routed: true })).toBeNull();
    expect(await store.get('missing')).toBeNull();
  });
}
