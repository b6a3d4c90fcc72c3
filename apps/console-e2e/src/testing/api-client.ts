/** The few REST calls the tests make to set the stage, as the admin would through the console. */
export const DEMO_PASSWORD = 'switchboard';

export interface Session {
  readonly token: string;
  readonly userId: string;
}

async function call<T>(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const { status, body } = await call<{ accessToken: string; user: { id: string } }>(baseUrl, 'POST', '/api/auth/login', null, { email, password });
  if (status !== 200) throw new Error(`login of ${email} answered ${status}`);
  return { token: body.accessToken, userId: body.user.id };
}

export async function expectStatus<T>(baseUrl: string, method: string, path: string, token: string | null, expected: number, body?: unknown): Promise<T> {
  const answer = await call<T>(baseUrl, method, path, token, body);
  if (answer.status !== expected) throw new Error(`${method} ${path} answered ${answer.status}, expected ${expected}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A published article and a chat queue with self-service on, so the widget gets suggestions. */
export async function setUpSelfService(baseUrl: string, admin: Session, article: { title: string; body: string; tags: string[] }): Promise<{ articleId: string; queueId: string }> {
  const created = await expectStatus<{ id: string }>(baseUrl, 'POST', '/api/kb/articles', admin.token, 201, { language: 'en', ...article });
  await expectStatus(baseUrl, 'POST', `/api/kb/articles/${created.id}/publish`, admin.token, 200);
  const queueId = 'support';
  await expectStatus(baseUrl, 'PUT', `/api/routing/queues/${queueId}`, admin.token, 200, {
    name: 'Support',
    channels: ['chat'],
    serviceLevel: { percent: 80, withinSeconds: 20 },
    offerTimeoutSeconds: 60,
    selfService: true,
  });
  return { articleId: created.id, queueId };
}

export interface QueueSetUp {
  readonly name: string;
  readonly priority?: number;
  readonly selfService?: boolean;
  readonly offerTimeoutSeconds?: number;
  readonly requiredSkills?: readonly { readonly skill: string; readonly minLevel: number }[];
}

/** A chat queue as the admin would create it under Admin → Queues. */
export async function saveChatQueue(baseUrl: string, admin: Session, id: string, queue: QueueSetUp): Promise<void> {
  await expectStatus(baseUrl, 'PUT', `/api/routing/queues/${id}`, admin.token, 200, {
    channels: ['chat'],
    serviceLevel: { percent: 80, withinSeconds: 20 },
    ...queue,
  });
}

/** An agent's routing profile as the admin would set it under Admin → Agents. */
export async function saveAgentProfile(baseUrl: string, admin: Session, agent: Session, profile: { displayName: string; chat: number; skills?: Record<string, number> }): Promise<void> {
  await expectStatus(baseUrl, 'PUT', `/api/routing/agents/${agent.userId}`, admin.token, 200, {
    displayName: profile.displayName,
    skills: profile.skills ?? {},
    capacity: { voice: 1, chat: profile.chat, email: 5, messaging: 3, social: 3 },
    maxTotal: 5,
  });
}
