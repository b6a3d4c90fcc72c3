import { contactIdOf } from './contact-id';

describe('contactIdOf', () => {
  it('prefers the conversation id the event names', () => {
    expect(contactIdOf({ subject: { conversationId: 'c-1' }, payload: { threadKey: 'demo-sms:phone:+447700900123' } })).toBe('c-1');
  });

  it('falls back to the thread key', () => {
    expect(contactIdOf({ subject: {}, payload: { threadKey: 'demo-sms:phone:+447700900123' } })).toBe('demo-sms:phone:+447700900123');
  });

  it('has none without either', () => {
    expect(contactIdOf({ subject: {}, payload: { threadKey: '' } })).toBeNull();
    expect(contactIdOf({ subject: {}, payload: {} })).toBeNull();
  });
});
