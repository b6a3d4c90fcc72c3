import { chooseConversation, type ThreadRecord } from './choose-conversation';
import type { ThreadRule } from './thread-rule';

const HOUR = 3_600_000;
const context = { customerId: 'cust-1', at: '2026-11-23T12:00:00.000Z', inactivityGapMs: 4 * HOUR, newConversationId: 'conv-new' };
const record = (conversationId: string, lastActivityAt: string, customerId = 'cust-1'): ThreadRecord => ({ conversationId, customerId, lastActivityAt });
const found = (entries: Record<string, ThreadRecord>) => new Map(Object.entries(entries));

describe('threading: messaging by sender with an inactivity gap', () => {
  const rule: ThreadRule = { kind: 'messaging', key: 'messaging:sms:phone:+1' };

  it('starts the first conversation', () => {
    expect(chooseConversation(rule, found({}), context)).toEqual({ kind: 'new', conversationId: 'conv-new', keys: [rule.key], claim: { key: rule.key, expected: null }, replaces: null });
  });

  it('continues while the sender has been quiet for less than the gap', () => {
    expect(chooseConversation(rule, found({ [rule.key]: record('conv-1', '2026-11-23T08:00:00.000Z') }), context)).toEqual({ kind: 'existing', conversationId: 'conv-1', keys: [rule.key] });
  });

  it('opens a new conversation after the gap, replacing the old one', () => {
    expect(chooseConversation(rule, found({ [rule.key]: record('conv-1', '2026-11-23T07:59:59.000Z') }), context)).toMatchObject({
      kind: 'new',
      claim: { key: rule.key, expected: 'conv-1' },
      replaces: 'conv-1',
    });
  });

  it('keeps a late message (older than the last activity) in the running conversation', () => {
    expect(chooseConversation(rule, found({ [rule.key]: record('conv-1', '2026-11-23T13:00:00.000Z') }), context)).toMatchObject({ kind: 'existing', conversationId: 'conv-1' });
  });

  it('does not continue a thread that belonged to another customer', () => {
    expect(chooseConversation(rule, found({ [rule.key]: record('conv-1', '2026-11-23T11:59:00.000Z', 'cust-erased') }), context)).toMatchObject({
      kind: 'new',
      claim: { expected: 'conv-1' },
      replaces: null,
    });
  });
});

describe('threading: calls and chat sessions by key', () => {
  it('keeps every report of one call, however late, in its conversation', () => {
    const rule: ThreadRule = { kind: 'call', key: 'call:voice:CA1' };
    expect(chooseConversation(rule, found({ [rule.key]: record('conv-call', '2026-01-01T00:00:00.000Z') }), context)).toMatchObject({ kind: 'existing', conversationId: 'conv-call' });
    expect(chooseConversation({ kind: 'call', key: 'call:voice:CA2' }, found({ [rule.key]: record('conv-call', '2026-01-01T00:00:00.000Z') }), context)).toMatchObject({ kind: 'new' });
  });
});

describe('threading: email by References / In-Reply-To', () => {
  const rule: ThreadRule = { kind: 'email', ownKey: 'email:<m3>', candidateKeys: ['email:<m2>', 'email:<m1>'] };

  it('joins the conversation of the closest known ancestor', () => {
    const choice = chooseConversation(rule, found({ 'email:<m1>': record('conv-old', '2026-11-01T00:00:00.000Z'), 'email:<m2>': record('conv-reply', '2026-11-02T00:00:00.000Z') }), context);
    expect(choice).toEqual({ kind: 'existing', conversationId: 'conv-reply', keys: ['email:<m3>'] });
  });

  it('starts a new conversation for a message that answers nothing we know', () => {
    expect(chooseConversation(rule, found({}), context)).toMatchObject({ kind: 'new', keys: ['email:<m3>'], claim: { key: 'email:<m3>', expected: null } });
  });

  it('keeps a redelivered message where it went, and a colleague in Cc out of the customer’s thread', () => {
    expect(chooseConversation(rule, found({ 'email:<m3>': record('conv-first', '2026-11-02T00:00:00.000Z') }), context)).toMatchObject({ conversationId: 'conv-first' });
    expect(chooseConversation(rule, found({ 'email:<m2>': record('conv-jose', '2026-11-02T00:00:00.000Z', 'cust-jose') }), context)).toMatchObject({ kind: 'new' });
  });
});
