import { Module, type DynamicModule } from '@nestjs/common';
import { AgentConversationsController } from './http/agent-conversations.controller';
import { AgentsController } from './http/agents.controller';
import { ArticlesController } from './http/articles.controller';
import { ConversationRoutingController } from './http/conversation-routing.controller';
import { QueuesController } from './http/queues.controller';
import { RoutingBootstrap } from './routing.bootstrap';
import { RoutingService } from './routing.facade';
import type { RoutingModuleOptions } from './routing.options';
import { routingProviders } from './routing.providers';
import { ROUTING_ENGINE, ROUTING_STATE } from './routing.tokens';

/**
 * Routing: queues, agents, offers, self-service. Needs the runtime's adapters (SQL_DATABASE,
 * EVENT_STORE, BUS, REDIS_CONNECTION, APP_CONFIG) and the identity module's global guards. Global, so
 * the realtime gateways can inject {@link RoutingService} wherever they are.
 */
@Module({})
export class RoutingModule {
  static forRoot(options: RoutingModuleOptions = {}): DynamicModule {
    return {
      module: RoutingModule,
      global: true,
      controllers: options.http === false ? [] : [QueuesController, AgentsController, AgentConversationsController, ArticlesController, ConversationRoutingController],
      providers: [...routingProviders(options), RoutingService, RoutingBootstrap],
      exports: [RoutingService, ROUTING_ENGINE, ROUTING_STATE],
    };
  }
}
