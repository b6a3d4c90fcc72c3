import fc from 'fast-check';
import type { ConversationEvent, CustomerEvent } from '@switchboard/contracts';
import { evolveCustomer } from '../customer/customer.evolve';
import { initialCustomerState } from '../customer/customer.state';
import { TimelineDomainError } from '../errors';
import type { Personal } from '../personal';
import { UNREADABLE } from '../personal';
import type { ConversationCommand } from './conversation.commands';
import { decideConversation } from './conversation.decide';
import { evolveConversation } from './conversation.evolve';
import { CALL_STAGE_ORDER, initialConversationState, type ConversationState } from './conversation.state';

const C = 'conv-1';
const personal: fc.Arbitrary<Personal> = fc.oneof(fc.string({ maxLength: 5 }), fc.constant(UNREADABLE));
const id = fc.constantFrom('m1', 'm2', 'm3');
const agent = fc.constantFrom('agent-1', 'agent-2');

/** Any conversation event at all, in any order: what a corrupted or hand-edited stream could hold. */
const conversationEventArb: fc.Arbitrary<ConversationEvent<Personal>> = fc.oneof(
  fc.constant<ConversationEvent<Personal>>({ type: 'conversation.opened.v1', data: { conversationId: C, customerId: 'k', channel: 'sms', channelId: null, threadKind: 'messaging', subject: null } }),
  fc.record({ messageId: id, text: personal }).map(({ messageId, text }): ConversationEvent<Personal> => ({
    type: 'conversation.message-received.v1',
    data: { conversationId: C, messageId, providerMessageId: null, text, subject: null, fromName: null, emailMessageId: null, media: [], replyToProviderMessageId: null, reaction: null, location: null },
  })),
  fc.constantFrom<ConversationEvent<Personal>>(
    { type: 'conversation.call-ringing.v1', data: { conversationId: C, providerCallId: 'CA1', direction: 'inbound', remoteNumber: null, line: '+1' } },
    { type: 'conversation.call-answered.v1', data: { conversationId: C, providerCallId: 'CA1', agentId: null } },
    { type: 'conversation.call-ended.v1', data: { conversationId: C, providerCallId: 'CA1', outcome: 'completed', durationSeconds: 3 } },
    { type: 'conversation.closed.v1', data: { conversationId: C, reason: 'agent' } },
    { type: 'conversation.reopened.v1', data: { conversationId: C, reason: 'agent' } },
    { type: 'conversation.tagged.v1', data: { conversationId: C, added: ['x'], removed: ['y'], byUserId: 'u' } },
  ),
  agent.map((agentId): ConversationEvent<Personal> => ({ type: 'conversation.assigned.v1', data: { conversationId: C, agentId } })),
);

const customerEventArb: fc.Arbitrary<CustomerEvent<Personal>> = fc.oneof(
  fc.constant<CustomerEvent<Personal>>({ type: 'customer.created.v1', data: { customerId: 'a', origin: 'channel', displayName: UNREADABLE } }),
  fc.constant<CustomerEvent<Personal>>({ type: 'customer.erased.v1', data: { customerId: 'a', erasedCustomerIds: ['a'], erasedBy: 'x' } }),
  personal.map((value): CustomerEvent<Personal> => ({ type: 'customer.identity-linked.v1', data: { customerId: 'a', identity: { kind: 'email', valueHash: 'h', value } } })),
  fc.constant<CustomerEvent<Personal>>({ type: 'customer.identity-unlinked.v1', data: { customerId: 'a', kind: 'email', valueHash: 'h' } }),
  personal.map((displayName): CustomerEvent<Personal> => ({ type: 'customer.profile-updated.v1', data: { customerId: 'a', changes: { displayName, attributes: { k: null } } } })),
  fc.constantFrom('a', 'b').map((target): CustomerEvent<Personal> => ({
    type: 'customer.merged.v1',
    data: { sourceCustomerId: target === 'a' ? 'b' : 'a', targetCustomerId: target, absorbedCustomerIds: ['b'], identities: [], profile: { displayName: null, company: null, language: null, attributes: {} }, consent: { marketing: 'withdrawn' }, mergedBy: 'u' },
  })),
);

const commandArb: fc.Arbitrary<ConversationCommand> = fc.oneof(
  id.map((messageId): ConversationCommand => ({
    type: 'ReceiveMessage',
    data: {
      opening: { conversationId: C, customerId: 'k', channel: 'sms', channelId: null, threadKind: 'messaging', subject: null },
      message: { messageId, providerMessageId: null, text: 'hi', subject: null, fromName: null, emailMessageId: null, media: [], replyToProviderMessageId: null, reaction: null, location: null },
    },
  })),
  id.map((messageId): ConversationCommand => ({ type: 'SendMessage', data: { messageId: `out-${messageId}`, author: { kind: 'agent', id: 'a' }, text: 'yes' } })),
  fc.constantFrom<ConversationCommand>(
    { type: 'CloseConversation', data: { reason: 'resolved' } },
    { type: 'ReopenConversation', data: {} },
    { type: 'QueueConversation', data: { queue: 'q' } },
  ),
  agent.map((agentId): ConversationCommand => ({ type: 'AssignConversation', data: { agentId } })),
);

describe('conversation invariants (property-based)', () => {
  it('evolve never throws over any sequence of events, customer or conversation', () => {
    fc.assert(
      fc.property(fc.array(conversationEventArb, { maxLength: 50 }), fc.array(customerEventArb, { maxLength: 50 }), (conversation, customer) => {
        expect(() => conversation.reduce<ConversationState>(evolveConversation, initialConversationState())).not.toThrow();
        expect(() => customer.reduce(evolveCustomer, initialCustomerState())).not.toThrow();
      }),
    );
  });

  it('a call only moves forward, whatever order its reports come in', () => {
    fc.assert(
      fc.property(fc.array(conversationEventArb, { maxLength: 50 }), (events) => {
        let state: ConversationState = initialConversationState();
        for (const event of events) {
          const next = evolveConversation(state, event);
          if (state.status !== 'none' && state.call && next.status !== 'none' && next.call) {
            expect(CALL_STAGE_ORDER[next.call.stage]).toBeGreaterThanOrEqual(CALL_STAGE_ORDER[state.call.stage]);
          }
          state = next;
        }
      }),
    );
  });

  it('records each message once, however often it is delivered, and only typed refusals are thrown', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), (commands) => {
        let state: ConversationState = initialConversationState();
        const recorded: string[] = [];
        for (const command of commands) {
          try {
            const events = decideConversation(command, state);
            for (const event of events) {
              if (event.type === 'conversation.message-received.v1' || event.type === 'conversation.message-sent.v1') recorded.push(event.data.messageId);
              state = evolveConversation(state, event);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(TimelineDomainError);
          }
        }
        expect(new Set(recorded).size).toBe(recorded.length);
      }),
    );
  });
});
