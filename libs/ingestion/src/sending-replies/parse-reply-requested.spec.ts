import { InvalidReplyRequest, parseReplyRequested } from './parse-reply-requested';

const valid = {
  channelId: 'demo-email',
  conversationId: 'conv-1',
  threadKey: 'demo-email:email:<root@x>',
  author: { kind: 'bot', id: null },
  reply: { to: { kind: 'email', value: 'jose@example.com' }, text: 'Hello' },
  emailThread: { lastMessageId: '<m2@x>', references: ['<root@x>'], subject: 'Order' },
};

describe('parseReplyRequested', () => {
  it('accepts a well-formed request', () => {
    expect(parseReplyRequested(valid)).toEqual(valid);
  });

  it("reads a request without an author (recorded before there were bot replies) as an unknown agent's", () => {
    const older = Object.fromEntries(Object.entries(valid).filter(([field]) => field !== 'author'));
    expect(parseReplyRequested(older)).toEqual({ ...older, author: { kind: 'agent', id: null } });
  });

  it('names every problem of a broken one', () => {
    try {
      parseReplyRequested({ ...valid, channelId: '', author: { kind: 'robot' }, reply: { to: { kind: 'fax', value: '1' }, text: 7 } });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidReplyRequest);
      const problems = (error as InvalidReplyRequest).problems.join('\n');
      expect(problems).toMatch(/^channelId: /m);
      expect(problems).toMatch(/^reply\.to\.kind: /m);
      expect(problems).toMatch(/^reply\.text: /m);
      expect(problems).toMatch(/^author\.kind: /m);
      expect(problems).toMatch(/^author\.id: /m);
    }
    expect(() => parseReplyRequested('nope')).toThrow(InvalidReplyRequest);
  });
});
