import type { ContactView } from '@switchboard/routing';
import { chatStatusOf } from './chat-status';

const contact = (status: ContactView['status']): ContactView => ({
  conversationId: 'c',
  queueId: 'q',
  channel: 'chat',
  status,
  priority: 0,
  vip: false,
  waitingSince: '2026-03-02T09:00:00.000Z',
  offer: null,
  assignedAgentId: null,
  pinnedAgentId: null,
});

describe('chatStatusOf', () => {
  it('is new before the first message and closed once routing let go of the contact', () => {
    expect(chatStatusOf(null, false)).toBe('new');
    expect(chatStatusOf(null, true)).toBe('closed');
  });

  it('shows an offer as still waiting and otherwise routing status', () => {
    expect(chatStatusOf(contact('offered'), true)).toBe('waiting');
    expect(chatStatusOf(contact('waiting'), true)).toBe('waiting');
    expect(chatStatusOf(contact('self-service'), true)).toBe('self-service');
    expect(chatStatusOf(contact('assigned'), true)).toBe('assigned');
  });
});
