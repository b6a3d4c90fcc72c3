import { RoutingEventTypes, type AgentServerToClientEvents, type ChatServerToClientEvents, type ChatStatus, type RoutingEvent } from '@switchboard/contracts';
import { Rooms } from '../shared/rooms';

type PushOf<Events, Namespace extends string> = {
  [E in keyof Events]: Events[E] extends (payload: infer P) => void ? { readonly namespace: Namespace; readonly room: string; readonly event: E; readonly payload: P } : never;
}[keyof Events];

export type AgentPush = PushOf<Omit<AgentServerToClientEvents, 'error'>, 'agent'>;
export type ChatPush = PushOf<Omit<ChatServerToClientEvents, 'error'>, 'chat'>;

/** Every socket of `agentRoom` joins or leaves a conversation's room (on every instance). */
export interface RoomChange {
  readonly namespace: 'agent';
  readonly change: 'join' | 'leave';
  readonly sockets: string;
  readonly room: string;
}

export type RoutingPush = AgentPush | ChatPush | RoomChange;

const chatStatus = (tenantId: string, conversationId: string, status: ChatStatus): ChatPush => ({
  namespace: 'chat',
  room: Rooms.chat(tenantId, conversationId),
  event: 'chat:status',
  payload: { conversationId, status },
});

/**
 * What the consoles and the widget are told about one routing event: a pure function from the event
 * to pushes and room changes, so the relay only carries them out. Events nobody watches give nothing.
 */
export function pushesFor(event: RoutingEvent): RoutingPush[] {
  const tenantId = event.tenantId;
  const agentRoom = (agentId: string) => Rooms.agent(tenantId, agentId);
  switch (event.type) {
    case RoutingEventTypes.offerMade: {
      const { contactId, offerId, queueId, agentId, channel, offeredAt, expiresAt, callback } = event.payload;
      return [
        { namespace: 'agent', room: agentRoom(agentId), event: 'offer', payload: { offerId, conversationId: contactId, queueId, channel, offeredAt, expiresAt, ...(callback ? { callback: true } : {}) } },
      ];
    }
    case RoutingEventTypes.offerAccepted:
      return [{ namespace: 'agent', room: agentRoom(event.payload.agentId), event: 'offer:ended', payload: { offerId: event.payload.offerId, conversationId: event.payload.contactId, reason: 'accepted' } }];
    case RoutingEventTypes.offerDeclined:
    case RoutingEventTypes.offerExpired:
    case RoutingEventTypes.offerWithdrawn: {
      const reason = event.type === RoutingEventTypes.offerDeclined ? 'declined' : event.type === RoutingEventTypes.offerExpired ? 'expired' : 'withdrawn';
      return [{ namespace: 'agent', room: agentRoom(event.payload.agentId), event: 'offer:ended', payload: { offerId: event.payload.offerId, conversationId: event.payload.contactId, reason } }];
    }
    case RoutingEventTypes.contactAssigned: {
      const { contactId, agentId, queueId, channel } = event.payload;
      return [
        { namespace: 'agent', change: 'join', sockets: agentRoom(agentId), room: Rooms.conversation(tenantId, contactId) },
        { namespace: 'agent', room: agentRoom(agentId), event: 'conversation:assigned', payload: { conversationId: contactId, queueId, channel } },
        chatStatus(tenantId, contactId, 'assigned'),
      ];
    }
    case RoutingEventTypes.contactWrappedUp: {
      const { contactId, agentId } = event.payload;
      return [
        { namespace: 'agent', room: agentRoom(agentId), event: 'conversation:ended', payload: { conversationId: contactId, reason: 'wrapped-up' } },
        { namespace: 'agent', change: 'leave', sockets: agentRoom(agentId), room: Rooms.conversation(tenantId, contactId) },
        chatStatus(tenantId, contactId, 'closed'),
      ];
    }
    case RoutingEventTypes.contactTransferred: {
      const { contactId, fromAgentId, kind } = event.payload;
      const leaving: RoutingPush[] = fromAgentId
        ? [
            { namespace: 'agent', room: agentRoom(fromAgentId), event: 'conversation:ended', payload: { conversationId: contactId, reason: kind === 'transfer' ? 'transferred' : 'reassigned' } },
            { namespace: 'agent', change: 'leave', sockets: agentRoom(fromAgentId), room: Rooms.conversation(tenantId, contactId) },
          ]
        : [];
      return [...leaving, chatStatus(tenantId, contactId, 'waiting')];
    }
    case RoutingEventTypes.contactQueued:
      return [chatStatus(tenantId, event.payload.contactId, event.payload.mode === 'self-service' ? 'self-service' : 'waiting')];
    case RoutingEventTypes.agentRequested:
      return [chatStatus(tenantId, event.payload.contactId, 'waiting')];
    case RoutingEventTypes.contactAbandoned:
    case RoutingEventTypes.selfServiceResolved:
      return [chatStatus(tenantId, event.payload.contactId, 'closed')];
    case RoutingEventTypes.agentPresenceChanged: {
      const { agentId, presence, previous, cause, until } = event.payload;
      return [{ namespace: 'agent', room: agentRoom(agentId), event: 'presence', payload: { agentId, presence, previous, cause, until } }];
    }
    case RoutingEventTypes.overflowApplied:
    case RoutingEventTypes.callbackRequested:
      return [];
    default: {
      // A routing event type added later is shown to nobody until it is mapped here.
      const unmapped: never = event;
      void unmapped;
      return [];
    }
  }
}
