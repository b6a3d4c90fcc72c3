import { Module, type DynamicModule } from '@nestjs/common';
import { AgentGateway } from './agent/agent.gateway';
import { ChatConversations } from './chat/chat-conversations.service';
import { ChatGateway } from './chat/chat.gateway';
import { WidgetKeys } from './chat/widget-keys';
import { AgentReplies } from './conversations/agent-replies.service';
import { ChannelEventsConsumer } from './conversations/channel-events.consumer';
import type { RealtimeModuleOptions } from './realtime.options';
import { realtimeProviders } from './realtime.providers';
import { RoutingEventsRelay } from './routing-events/routing-events.relay';
import { RealtimeMetrics } from './shared/realtime.metrics';
import { RealtimeRequests } from './shared/realtime-requests';
import { RealtimeServers } from './shared/realtime-servers';
import { FiguresBroadcaster } from './supervisor/figures-broadcaster';
import { SupervisorGateway } from './supervisor/supervisor.gateway';

/**
 * The socket.io namespaces `/agent`, `/supervisor` and `/chat`. Imports nothing: it expects from the
 * composition root the runtime's adapters and MetricsService (RuntimeModule, global), the identity
 * module's AccessTokenVerifier and TenantsService (IdentityAccessModule, global) and routing's facade
 * (RoutingModule.forRoot, global). The app installs the socket.io adapter with
 * `createRealtimeIoAdapter` before it listens.
 */
@Module({})
export class RealtimeModule {
  static forRoot(options: RealtimeModuleOptions = {}): DynamicModule {
    return {
      module: RealtimeModule,
      providers: [
        ...realtimeProviders(options),
        RealtimeServers,
        RealtimeMetrics,
        RealtimeRequests,
        AgentReplies,
        ChatConversations,
        WidgetKeys,
        FiguresBroadcaster,
        RoutingEventsRelay,
        ChannelEventsConsumer,
        AgentGateway,
        SupervisorGateway,
        ChatGateway,
      ],
      exports: [RealtimeServers],
    };
  }
}
