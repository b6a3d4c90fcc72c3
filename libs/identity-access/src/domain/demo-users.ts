import type { Role } from '@switchboard/contracts';

/** The tenant the embedded mode seeds so that a newcomer can log in at once. */
export const DEMO_TENANT = { id: 'demo', name: 'Demo' } as const;

export interface DemoUser {
  readonly email: string;
  readonly role: Role;
  readonly displayName: string;
}

const agents: DemoUser[] = [1, 2, 3, 4, 5].map((n) => ({
  email: `agent${n}@demo.test`,
  role: 'agent',
  displayName: `Agent ${n}`,
}));

/** The demo tenant's users, all with the configured demo password; the app's start banner lists them. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.test', role: 'admin', displayName: 'Demo Admin' },
  { email: 'supervisor@demo.test', role: 'supervisor', displayName: 'Demo Supervisor' },
  ...agents,
];
