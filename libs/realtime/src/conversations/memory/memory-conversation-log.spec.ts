import { testConversationLog } from '../testing/conversation-log.contract';
import { createMemoryConversationLog } from './memory-conversation-log';

describe('memory conversation log', () => {
  testConversationLog(() => createMemoryConversationLog({ transcriptLength: 3 }));

  it('forgets the least recently touched conversation beyond its cap', async () => {
    const log = createMemoryConversationLog({ transcriptLength: 3, maxConversations: 2 });
    const address = { channel: 'chat', channelId: 'widget', to: { kind: 'chat-visitor' as const, value: 'v' }, channelAddress: null, threadKey: 'x', lastProviderMessageId: null, emailThread: null };
    await log.setReplyAddress('t', 'a', address);
    await log.setReplyAddress('t', 'b', address);
    await log.replyAddress('t', 'a');
    await log.setReplyAddress('t', 'a', address);
    await log.setReplyAddress('t', 'c', address);
    expect(await log.replyAddress('t', 'b')).toBeNull();
    expect(await log.replyAddress('t', 'a')).not.toBeNull();
  });
});
