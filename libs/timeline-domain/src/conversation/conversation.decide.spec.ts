import type { ConversationEvent } from '@switchboard/contracts';
import { AlreadyWrappedUp, ConversationClosed, ConversationNotFound, CsatAlreadyRecorded, InvalidCommand } from '../errors';
import { deciderSpec } from '../testing/decider-spec';
import type { ConversationOpening, InboundMessage } from './conversation.commands';
import { conversationDecider } from './conversation.decider';

const given = deciderSpec(conversationDecider);
const C = 'conv-1';
type Event = ConversationEvent<string>;

const messaging: ConversationOpening = { conversationId: C, customerId: 'cust-a', channel: 'whatsapp', channelId: 'demo-sms', threadKind: 'messaging', subject: null };
const callOpening: ConversationOpening = { ...messaging, channel: 'voice', channelId: 'demo-voice', threadKind: 'call' };
const call = { providerCallId: 'CA1', direction: 'inbound', remoteNumber: '+14155550123', line: '+15017122661' } as const;

const message = (messageId: string, text = 'hello'): InboundMessage => ({
  messageId,
  providerMessageId: `SM-${messageId}`,
  text,
  subject: null,
  fromName: 'Jane',
  emailMessageId: null,
  media: [],
  replyToProviderMessageId: null,
  reaction: null,
  location: null,
});
const opened = (opening = messaging): Event => ({ type: 'conversation.opened.v1', data: opening });
const received = (messageId: string, text = 'hello'): Event => ({ type: 'conversation.message-received.v1', data: { conversationId: C, ...message(messageId, text) } });
const closed = (reason: 'resolved' | 'call-ended' | 'inactive' | 'agent' = 'agent'): Event => ({ type: 'conversation.closed.v1', data: { conversationId: C, reason } });
const ringing: Event = { type: 'conversation.call-ringing.v1', data: { conversationId: C, ...call } };
const receive = (messageId: string) => ({ type: 'ReceiveMessage', data: { opening: messaging, message: message(messageId) } }) as const;
const progress = (report: Parameters<typeof conversationDecider.decide>[0] & { type: 'RecordCallProgress' }) => report;
const callReport = (p: { stage: 'ringing'; queue: string | null } | { stage: 'answered'; agentId: string | null } | { stage: 'ended'; outcome: 'completed' | 'no-answer'; durationSeconds: number }) =>
  progress({ type: 'RecordCallProgress', data: { opening: callOpening, call, progress: p } });

describe('conversation: messages', () => {
  it('opens the conversation with the first message', () => {
    given([]).when(receive('m1')).then([opened(), received('m1')]);
  });

  it('records a redelivered message once', () => {
    given([opened(), received('m1')]).when(receive('m1')).thenNothing();
  });

  it('reopens a closed conversation when the customer writes again', () => {
    given([opened(), received('m1'), closed()])
      .when(receive('m2'))
      .then([{ type: 'conversation.reopened.v1', data: { conversationId: C, reason: 'customer-wrote' } }, received('m2')]);
  });

  it('sends an agent reply on an open conversation only', () => {
    const send = { type: 'SendMessage', data: { messageId: 'out-1', author: { kind: 'agent', id: 'agent-1' }, text: 'We open at 10' } } as const;
    given([opened()]).when(send).then([{ type: 'conversation.message-sent.v1', data: { conversationId: C, ...send.data } }]);
    given([opened(), { type: 'conversation.message-sent.v1', data: { conversationId: C, ...send.data } }]).when(send).thenNothing();
    given([]).when(send).thenRefuses(ConversationNotFound);
    given([opened(), closed()]).when(send).thenRefuses(ConversationClosed);
    given([opened()]).when({ ...send, data: { ...send.data, text: '  ' } }).thenRefuses(InvalidCommand);
  });
});

describe('conversation: a call is its own conversation', () => {
  it('opens with ringing and queues the call when it reaches a queue', () => {
    given([]).when(callReport({ stage: 'ringing', queue: 'support' })).then([
      opened(callOpening),
      ringing,
      { type: 'conversation.queued.v1', data: { conversationId: C, queue: 'support' } },
    ]);
  });

  it('moves forward only: answered, then ended closes it; repeats and late reports record nothing', () => {
    const answered: Event = { type: 'conversation.call-answered.v1', data: { conversationId: C, providerCallId: 'CA1', agentId: null } };
    const ended: Event = { type: 'conversation.call-ended.v1', data: { conversationId: C, providerCallId: 'CA1', outcome: 'completed', durationSeconds: 242 } };
    given([opened(callOpening), ringing]).when(callReport({ stage: 'answered', agentId: null })).then([answered]);
    given([opened(callOpening), ringing, answered]).when(callReport({ stage: 'ended', outcome: 'completed', durationSeconds: 242 })).then([ended, closed('call-ended')]);
    given([opened(callOpening), ringing, answered, ended, closed('call-ended')]).when(callReport({ stage: 'ended', outcome: 'completed', durationSeconds: 242 })).thenNothing();
    given([opened(callOpening), ringing, answered]).when(callReport({ stage: 'ringing', queue: null })).thenNothing();
  });

  it('opens a call whose first report is its end (no-answer), ringing first', () => {
    given([]).when(callReport({ stage: 'ended', outcome: 'no-answer', durationSeconds: 0 })).then([
      opened(callOpening),
      ringing,
      { type: 'conversation.call-ended.v1', data: { conversationId: C, providerCallId: 'CA1', outcome: 'no-answer', durationSeconds: 0 } },
      closed('call-ended'),
    ]);
  });

  it('refuses a report of another call', () => {
    given([opened(callOpening), ringing])
      .when({ type: 'RecordCallProgress', data: { opening: callOpening, call: { ...call, providerCallId: 'CA2' }, progress: { stage: 'answered', agentId: null } } })
      .thenRefuses(InvalidCommand);
  });

  it('attaches a recording once', () => {
    const attach = { type: 'AttachRecording', data: { providerCallId: 'CA1', providerRecordingId: 'RE1', recordingUrl: 'https://api.twilio.com/RE1', durationSeconds: 240 } } as const;
    const recorded: Event = { type: 'conversation.call-recorded.v1', data: { conversationId: C, ...attach.data } };
    given([opened(callOpening), ringing, closed('call-ended')]).when(attach).then([recorded]);
    given([opened(callOpening), ringing, recorded]).when(attach).thenNothing();
    given([]).when(attach).thenRefuses(ConversationNotFound);
  });
});

describe('conversation: routing', () => {
  it('queues, offers, assigns and transfers, each once', () => {
    const queued: Event = { type: 'conversation.queued.v1', data: { conversationId: C, queue: 'sales' } };
    const assigned: Event = { type: 'conversation.assigned.v1', data: { conversationId: C, agentId: 'agent-1' } };
    given([opened()]).when({ type: 'QueueConversation', data: { queue: 'sales' } }).then([queued]);
    given([opened(), queued]).when({ type: 'QueueConversation', data: { queue: 'sales' } }).thenNothing();
    given([opened(), queued]).when({ type: 'OfferConversation', data: { agentId: 'agent-1' } }).then([{ type: 'conversation.offered.v1', data: { conversationId: C, agentId: 'agent-1' } }]);
    given([opened(), queued]).when({ type: 'AssignConversation', data: { agentId: 'agent-1' } }).then([assigned]);
    given([opened(), queued, assigned]).when({ type: 'AssignConversation', data: { agentId: 'agent-1' } }).thenNothing();
    given([opened(), queued, assigned])
      .when({ type: 'TransferConversation', data: { toAgentId: null, toQueue: 'billing', byUserId: 'agent-1' } })
      .then([{ type: 'conversation.transferred.v1', data: { conversationId: C, fromAgentId: 'agent-1', toAgentId: null, toQueue: 'billing', byUserId: 'agent-1' } }]);
  });

  it('records a redelivered transfer once', () => {
    const transferred: Event = { type: 'conversation.transferred.v1', data: { conversationId: C, fromAgentId: 'agent-1', toAgentId: null, toQueue: 'billing', byUserId: 'agent-1' } };
    const assigned: Event = { type: 'conversation.assigned.v1', data: { conversationId: C, agentId: 'agent-1' } };
    given([opened(), assigned, transferred]).when({ type: 'TransferConversation', data: { toAgentId: null, toQueue: 'billing', byUserId: 'agent-1' } }).thenNothing();
  });

  it('refuses routing a closed conversation, and a transfer to nowhere', () => {
    given([opened(), closed()]).when({ type: 'AssignConversation', data: { agentId: 'agent-1' } }).thenRefuses(ConversationClosed);
    given([opened()]).when({ type: 'TransferConversation', data: { toAgentId: null, toQueue: null, byUserId: 'u' } }).thenRefuses(InvalidCommand);
  });
});

describe('conversation: notes, tags, wrap-up, CSAT, close and reopen', () => {
  it('adds a note once, also to a closed conversation', () => {
    const add = { type: 'AddNote', data: { noteId: 'n1', authorId: 'agent-1', text: 'Called back, all good' } } as const;
    const noted: Event = { type: 'conversation.note-added.v1', data: { conversationId: C, ...add.data } };
    given([opened(), closed()]).when(add).then([noted]);
    given([opened(), noted]).when(add).thenNothing();
  });

  it('records only the tags that change', () => {
    const tagged: Event = { type: 'conversation.tagged.v1', data: { conversationId: C, added: ['vip', 'refund'], removed: [], byUserId: 'u1' } };
    given([opened()]).when({ type: 'TagConversation', data: { add: [' vip', 'refund', 'vip'], remove: ['unknown'], byUserId: 'u1' } }).then([tagged]);
    given([opened(), tagged]).when({ type: 'TagConversation', data: { add: ['vip'], remove: ['refund'], byUserId: 'u1' } }).then([
      { type: 'conversation.tagged.v1', data: { conversationId: C, added: [], removed: ['refund'], byUserId: 'u1' } },
    ]);
    given([opened(), tagged]).when({ type: 'TagConversation', data: { add: ['vip'], remove: [], byUserId: 'u1' } }).thenNothing();
    given([opened()]).when({ type: 'TagConversation', data: { add: [''], remove: [], byUserId: 'u1' } }).thenRefuses(InvalidCommand);
  });

  it('wraps up once with one disposition', () => {
    const wrapped: Event = { type: 'conversation.wrapped-up.v1', data: { conversationId: C, agentId: 'agent-1', disposition: 'resolved' } };
    given([opened(), closed()]).when({ type: 'WrapUp', data: { agentId: 'agent-1', disposition: 'resolved' } }).then([wrapped]);
    given([opened(), wrapped]).when({ type: 'WrapUp', data: { agentId: 'agent-1', disposition: 'resolved' } }).thenNothing();
    given([opened(), wrapped]).when({ type: 'WrapUp', data: { agentId: 'agent-1', disposition: 'escalated' } }).thenRefuses(AlreadyWrappedUp);
  });

  it('wraps up a reopened conversation afresh', () => {
    const wrapped: Event = { type: 'conversation.wrapped-up.v1', data: { conversationId: C, agentId: 'agent-1', disposition: 'resolved' } };
    const reopened: Event = { type: 'conversation.reopened.v1', data: { conversationId: C, reason: 'customer-wrote' } };
    given([opened(), wrapped, closed(), reopened])
      .when({ type: 'WrapUp', data: { agentId: 'agent-2', disposition: 'escalated' } })
      .then([{ type: 'conversation.wrapped-up.v1', data: { conversationId: C, agentId: 'agent-2', disposition: 'escalated' } }]);
  });

  it('records one CSAT score from 1 to 5', () => {
    const csat = { type: 'RecordCsat', data: { score: 4, comment: 'quick' } } as const;
    given([opened(), closed()]).when(csat).then([{ type: 'conversation.csat-recorded.v1', data: { conversationId: C, score: 4, comment: 'quick' } }]);
    given([opened(), { type: 'conversation.csat-recorded.v1', data: { conversationId: C, score: 4, comment: null } }]).when(csat).thenRefuses(CsatAlreadyRecorded);
    given([opened()]).when({ type: 'RecordCsat', data: { score: 9, comment: null } }).thenRefuses(InvalidCommand);
  });

  it('closes and reopens, each only when it changes something', () => {
    given([opened()]).when({ type: 'CloseConversation', data: { reason: 'resolved' } }).then([closed('resolved')]);
    given([opened(), closed()]).when({ type: 'CloseConversation', data: { reason: 'resolved' } }).thenNothing();
    given([opened(), closed()]).when({ type: 'ReopenConversation', data: {} }).then([{ type: 'conversation.reopened.v1', data: { conversationId: C, reason: 'agent' } }]);
    given([opened()]).when({ type: 'ReopenConversation', data: {} }).thenNothing();
    given([]).when({ type: 'CloseConversation', data: { reason: 'resolved' } }).thenRefuses(ConversationNotFound);
  });
});
