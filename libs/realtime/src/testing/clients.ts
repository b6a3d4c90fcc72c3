import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  ChatClientToServerEvents,
  ChatServerToClientEvents,
  FiguresPush,
  SupervisorClientToServerEvents,
  SupervisorServerToClientEvents,
} from '@switchboard/contracts';
import { TestClient } from './test-client';

export type AgentClient = TestClient<AgentServerToClientEvents, AgentClientToServerEvents>;
export type SupervisorClient = TestClient<SupervisorServerToClientEvents, SupervisorClientToServerEvents>;
export type ChatClient = TestClient<ChatServerToClientEvents, ChatClientToServerEvents>;

export const connectAgent = (url: string, token: string): Promise<AgentClient> => TestClient.connect(`${url}/agent`, { token });
export const connectSupervisor = (url: string, token: string): Promise<SupervisorClient> => TestClient.connect(`${url}/supervisor`, { token });
export const connectCustomer = (url: string, auth: { tenantId: string; resumeToken?: string }): Promise<ChatClient> => TestClient.connect(`${url}/chat`, auth);

export const queueIn = (figures: FiguresPush, queueId: string) => figures.queues.find((queue) => queue.queueId === queueId);
export const agentIn = (figures: FiguresPush, agentId: string) => figures.agents.find((agent) => agent.agentId === agentId);
