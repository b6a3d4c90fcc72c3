import type { ConversationMessage } from '@switchboard/contracts';
import type { ConversationLog, ReplyAddress } from '../conversation-log';

const message = (conversationId: string, n: number): ConversationMessage => ({
  messageId: `m${n}-${conversationId}`,
  conversationId,
  author: { kind: n % 2 === 0 ? 'agent' : 'customer', id: n % 2 === 0 ? 'agent-1' : null },
  text: `message ${n}`,
  sentAt: new Date(Date.UTC(2026, 2, 2, 9, 0, n)).toISOString(),
  clientMessageId: null,
});

const address: ReplyAddress = {
  channel: 'sms',
  channelId: 'demo-sms',
  to: { kind: 'phone', value: '+14155550123' },
  channelAddress: '+14155550100',
  threadKey: 'demo-sms:phone:+14155550123',
  lastProviderMessageId: 'SM1',
  emailThread: null,
};

/** What every ConversationLog adapter must do; `makeLog` gets a fresh, empty log with a transcript of 3. */
export function testConversationLog(makeLog: () => Promise<ConversationLog> | ConversationLog): void {
  let log: ConversationLog;

  beforeEach(async () => {
    log = await makeLog();
  });

  it('keeps the latest messages, oldest first, up to the transcript length', async () => {
    for (const n of [1, 2, 3, 4]) expect(await log.append('t1', 'c1', message('c1', n))).toBe(true);
    expect((await log.recent('t1', 'c1')).map((m) => m.text)).toEqual(['message 2', 'message 3', 'message 4']);
    expect(await log.recent('t1', 'other')).toEqual([]);
  });

  it('appends a redelivered message once', async () => {
    expect(await log.append('t1', 'c2', message('c2', 1))).toBe(true);
    expect(await log.append('t1', 'c2', message('c2', 1))).toBe(false);
    expect(await log.recent('t1', 'c2')).toHaveLength(1);
  });

  it('keeps tenants apart', async () => {
    await log.append('t1', 'c3', message('c3', 1));
    await log.setReplyAddress('t1', 'c3', address);
    expect(await log.recent('t2', 'c3')).toEqual([]);
    expect(await log.replyAddress('t2', 'c3')).toBeNull();
  });

  it('remembers the latest reply address', async () => {
    expect(await log.replyAddress('t1', 'c4')).toBeNull();
    await log.setReplyAddress('t1', 'c4', address);
    await log.setReplyAddress('t1', 'c4', { ...address, lastProviderMessageId: 'SM2' });
    expect(await log.replyAddress('t1', 'c4')).toEqual({ ...address, lastProviderMessageId: 'SM2' });
  });
}
