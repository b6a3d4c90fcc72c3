import type { EventEnvelope } from '@switchboard/contracts';
import type { RoutingService } from '../routing.facade';
import type { MessagingSelfService } from '../self-service/messaging-self-service';
import { routingActionFor } from './arrival-from-channel-event';

/** Routing's handling of one channel event from the bus (consumer group `router`): {@link routingActionFor}, applied. */
export class ChannelArrivals {
  constructor(
    private readonly routing: Pick<RoutingService, 'enqueueContact' | 'abandonContact'>,
    private readonly selfService: Pick<MessagingSelfService, 'handle'>,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    const action = routingActionFor(event);
    switch (action.kind) {
      case 'enqueue':
        await this.routing.enqueueContact(action.input);
        return;
      case 'self-service':
        await this.selfService.handle(action.arrival);
        return;
      case 'abandon':
        await this.routing.abandonContact(action.tenantId, action.conversationId, action.reason);
        return;
      case 'ignore':
        return;
      default: {
        const exhaustive: never = action;
        return exhaustive;
      }
    }
  }
}
