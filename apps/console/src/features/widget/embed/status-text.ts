import type { ChatStatus } from '@switchboard/contracts/realtime';

/** What the customer is told at each step of their conversation. */
export const STATUS_TEXT: Readonly<Record<ChatStatus, string>> = {
  new: 'Ask us anything: we suggest answers at once, and a person is one click away.',
  'self-service': 'Here are some answers. Not what you need? Talk to a person.',
  waiting: 'Waiting for the next available agent…',
  assigned: 'You are chatting with an agent.',
  closed: 'This conversation has ended. Write again to start a new one.',
};
