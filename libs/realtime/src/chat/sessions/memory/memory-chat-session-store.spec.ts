import { CHAT_SESSION_TTL_SECONDS } from '../chat-session-store';
import { testChatSessionStore } from '../testing/chat-session-store.contract';
import { createMemoryChatSessionStore } from './memory-chat-session-store';

describe('memory chat session store', () => {
  testChatSessionStore(() => createMemoryChatSessionStore());

  it('forgets a session after its TTL', async () => {
    let now = 0;
    const store = createMemoryChatSessionStore(() => now);
    await store.create('k', { tenantId: 't', conversationId: 'c', visitorId: 'v', name: null, email: null, language: null, startedAt: 'x', routed: false, endedAt: null });
    now += CHAT_SESSION_TTL_SECONDS * 1000 - 1;
    expect(await store.get('k')).not.toBeNull();
    now += 1;
    expect(await store.get('k')).toBeNull();
  });
});
