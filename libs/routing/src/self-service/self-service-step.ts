import type { ContactStatus } from '@switchboard/routing-domain';
import type { ReplyIntent } from './reply-intent';

/**
 * The next thing to do for a customer's message on a messaging channel with self-service:
 * - `leave`: an agent has the contact, or is about to: the bot never answers it;
 * - `route-to-agent`: a new contact goes straight to agents (they asked for one, or nothing answers them);
 * - `self-service-first`: a new contact with answers joins its queue, self-service first when the queue has it on;
 * - `answer`: send the answers;
 * - `request-agent`: a self-service contact now waits for an agent (asked, said no, or nothing answers them);
 * - `resolve`: the answer helped, close the contact as resolved by self-service;
 * - `search`: look for answers first, then ask again with what was found.
 */
export type SelfServiceStep = 'leave' | 'route-to-agent' | 'self-service-first' | 'answer' | 'request-agent' | 'resolve' | 'search';

/** `answersFound` is null until the knowledge base was searched for the message. */
export function selfServiceStep(status: ContactStatus | null, intent: ReplyIntent, answersFound: boolean | null): SelfServiceStep {
  switch (status) {
    case 'waiting':
    case 'offered':
    case 'assigned':
      return 'leave';
    case null:
      if (intent === 'agent') return 'route-to-agent';
      if (answersFound === null) return 'search';
      return answersFound ? 'self-service-first' : 'route-to-agent';
    case 'self-service':
      if (intent === 'agent') return 'request-agent';
      if (intent === 'helped') return 'resolve';
      if (answersFound === null) return 'search';
      return answersFound ? 'answer' : 'request-agent';
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}
