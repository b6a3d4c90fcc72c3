import { Injectable } from '@nestjs/common';
import type { AgentNamespace, ChatNamespace, SupervisorNamespace } from './realtime-sockets';

/**
 * The three namespaces, registered by their gateways once socket.io is up, so that services
 * (routing events, channel events, figures) can push across namespaces. With the Redis streams
 * adapter a push to a room reaches the room's sockets on every instance.
 */
@Injectable()
export class RealtimeServers {
  private agentNamespace: AgentNamespace | null = null;
  private chatNamespace: ChatNamespace | null = null;
  private supervisorNamespace: SupervisorNamespace | null = null;

  registerAgent(namespace: AgentNamespace): void {
    this.agentNamespace = namespace;
  }

  registerChat(namespace: ChatNamespace): void {
    this.chatNamespace = namespace;
  }

  registerSupervisor(namespace: SupervisorNamespace): void {
    this.supervisorNamespace = namespace;
  }

  /** Null until the websocket server started (e.g. an app context without an HTTP server). */
  get agent(): AgentNamespace | null {
    return this.agentNamespace;
  }

  get chat(): ChatNamespace | null {
    return this.chatNamespace;
  }

  get supervisor(): SupervisorNamespace | null {
    return this.supervisorNamespace;
  }
}
