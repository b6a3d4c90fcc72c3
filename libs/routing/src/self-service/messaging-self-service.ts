import { Topics } from '@switchboard/contracts';
import type { Bus } from '@switchboard/infra-bus';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base';
import type { RoutingService } from '../routing.facade';
import { answerMessage } from './answer-message';
import { botReplyRequested } from './bot-reply';
import { replyIntentOf } from './reply-intent';
import type { SelfServiceArrival } from './self-service-arrival';
import { selfServiceStep, type SelfServiceStep } from './self-service-step';

export interface MessagingSelfServiceDeps {
  readonly routing: Pick<RoutingService, 'contact' | 'enqueueContact' | 'requestAgent' | 'resolveBySelfService'>;
  readonly knowledgeBase: Pick<KnowledgeBase, 'answers'>;
  readonly bus: Pick<Bus, 'publish'>;
  readonly now: () => Date;
}

/** How many articles are searched for: enough for {@link answerMessage} to choose from. */
const SEARCH_LIMIT = 3;

/**
 * Self-service on the customer's own channel: the bot answers a text contact with knowledge-base
 * articles (`message.reply-requested.v1`, author `bot`), then "agent" puts the contact in its queue
 * and "yes" closes it as resolved by self-service, through the same facade calls as the web chat.
 * The decisions are {@link selfServiceStep}'s; this class only reads and applies them. Safe to run
 * again for a redelivered message: routing's calls are idempotent or refused, and the bot's answer
 * keeps its id.
 */
export class MessagingSelfService {
  constructor(private readonly deps: MessagingSelfServiceDeps) {}

  async handle(arrival: SelfServiceArrival): Promise<SelfServiceStep> {
    const { tenantId, conversationId, language } = arrival.input;
    const contact = await this.deps.routing.contact(tenantId, conversationId);
    const status = contact?.status ?? null;
    const intent = replyIntentOf(arrival.replyText);
    const first = selfServiceStep(status, intent, null);
    if (first !== 'search') return this.apply(first, arrival, null);
    const answers = await this.deps.knowledgeBase.answers(tenantId, arrival.words, { language: language ?? null, limit: SEARCH_LIMIT });
    const message = answerMessage(answers, language ?? null);
    return this.apply(selfServiceStep(status, intent, message !== null), arrival, message);
  }

  private async apply(step: SelfServiceStep, arrival: SelfServiceArrival, message: string | null): Promise<SelfServiceStep> {
    const { tenantId, conversationId } = arrival.input;
    switch (step) {
      case 'leave':
      case 'search':
        return step;
      case 'route-to-agent':
        await this.deps.routing.enqueueContact({ ...arrival.input, selfService: false });
        return step;
      case 'self-service-first': {
        // The queue decides: without self-service on, the contact simply waits for an agent.
        const { contact, created } = await this.deps.routing.enqueueContact(arrival.input);
        if (contact.status === 'self-service' && message !== null) return this.apply('answer', arrival, message);
        return created ? 'route-to-agent' : 'leave';
      }
      case 'answer':
        if (message !== null) await this.deps.bus.publish(Topics.outboundMessages, [botReplyRequested(tenantId, arrival, message, this.deps.now())]);
        return step;
      case 'request-agent':
        await this.deps.routing.requestAgent(tenantId, conversationId);
        return step;
      case 'resolve':
        await this.deps.routing.resolveBySelfService(tenantId, conversationId, null);
        return step;
      default: {
        const exhaustive: never = step;
        return exhaustive;
      }
    }
  }
}
