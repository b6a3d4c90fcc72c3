import type { Role } from '../../shared/api/identity.types';

/** The users the embedded platform seeds (libs/identity-access demo-users), to try the console. */
export const DEMO_USERS: readonly { readonly email: string; readonly role: Role; readonly what: string }[] = [
  { email: 'agent1@demo.test', role: 'agent', what: 'answers chats in the agent workspace' },
  { email: 'supervisor@demo.test', role: 'supervisor', what: 'watches queues on the wallboard' },
  { email: 'admin@demo.test', role: 'admin', what: 'sets up queues, agents, articles and channels' },
];

export const DEMO_PASSWORD = 'switchboard';
