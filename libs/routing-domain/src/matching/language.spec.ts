import { aBoard, aContact, aProfile, aQueue, at } from '../testing/domain-fixtures';
import type { AgentProfile } from '../model/agent';
import type { Contact } from '../model/contact';
import type { Queue } from '../model/queue';
import { qualifiesFor } from './eligibility';
import { languageMatch, languageWanted } from './language';
import { planOffers } from './plan-offers';

/** One contact, every listed agent free on chat; `ann` idle longest, then `bob`, then `cid`. */
function offerOf(queue: Queue, profiles: AgentProfile[], contact: Partial<Contact> = {}) {
  const free = profiles.map((profile, i) => ({ agentId: profile.agentId, idleSince: at(-100 + i * 10) }));
  return planOffers(aBoard({ now: at(1), queues: [queue], profiles, waiting: [aContact('c1', { queueId: queue.id, ...contact })], freeOn: { chat: free } }))[0];
}

const reasonOf = (plan: ReturnType<typeof offerOf>, agentId: string) => plan?.decision.candidates.find((candidate) => candidate.agentId === agentId)?.reason;

describe('language', () => {
  describe('given a queue in French that does not require it', () => {
    const french = aQueue('fr', { language: 'fr', requiredSkills: [{ skill: 'billing', minLevel: 1 }] });

    it('when a speaker is free, then they win over a better-skilled, longer-idle agent who does not speak it', () => {
      const plan = offerOf(french, [aProfile('ann', { languages: ['en'], skills: { billing: 9 } }), aProfile('bob', { languages: ['en', 'fr'], skills: { billing: 2 } })]);
      expect(plan).toMatchObject({ agentId: 'bob', decision: { rule: 'best-fit', because: 'speaks fr, the next best does not' } });
      expect(reasonOf(plan, 'bob')).toBe('eligible, speaks fr, skill fit 1');
      expect(reasonOf(plan, 'ann')).toBe('eligible, does not speak fr, skill fit 8');
    });

    it('when several speakers are free, then skills and idle time decide between them as usual', () => {
      const plan = offerOf(french, [aProfile('ann', { languages: ['fr'], skills: { billing: 3 } }), aProfile('bob', { languages: ['fr'], skills: { billing: 7 } }), aProfile('cid', { languages: ['de'], skills: { billing: 10 } })]);
      expect(plan).toMatchObject({ agentId: 'bob', decision: { because: 'best skill fit (6 vs 2)' } });
    });

    it('when nobody free speaks it, then the contact still reaches an agent, and the decision says why', () => {
      const plan = offerOf(french, [aProfile('ann', { languages: ['en'], skills: { billing: 2 } }), aProfile('bob', { languages: [], skills: { billing: 5 } })]);
      expect(plan).toMatchObject({ agentId: 'bob', decision: { because: 'best skill fit (4 vs 1); nobody free speaks fr' } });
      expect(reasonOf(plan, 'bob')).toBe('eligible, lists no languages, fr wanted, skill fit 4');
    });
  });

  describe('given a queue that requires its language', () => {
    const strict = aQueue('fr', { language: 'fr', languageRequired: true });

    it('when speakers and others are free, then only speakers are eligible, and the others are listed with the reason', () => {
      const plan = offerOf(strict, [aProfile('ann', { languages: ['en'] }), aProfile('bob', { languages: [] }), aProfile('cid', { languages: ['fr'] })]);
      expect(plan).toMatchObject({ agentId: 'cid', decision: { candidatesConsidered: 3, because: 'the only eligible agent free on this channel' } });
      expect(plan?.decision.candidates.filter((candidate) => !candidate.eligible).map((candidate) => [candidate.agentId, candidate.reason])).toEqual([
        ['ann', 'does not speak fr (required by the queue)'],
        ['bob', 'lists no languages, fr wanted (required by the queue)'],
      ]);
    });

    it('when no speaker is free, then the contact waits for one', () => {
      expect(offerOf(strict, [aProfile('ann', { languages: ['en'] }), aProfile('bob', { languages: [] })])).toBeUndefined();
    });
  });

  describe('given a queue without a language', () => {
    const open = aQueue('support');

    it("when the contact's language is known, then its speakers win, as a preference only", () => {
      const agents = [aProfile('ann', { languages: ['en'] }), aProfile('bob', { languages: ['de', 'fr'] })];
      expect(offerOf(open, agents, { language: 'fr' })?.agentId).toBe('bob');
      expect(offerOf(open, [aProfile('ann', { languages: ['en'] })], { language: 'fr' })?.agentId).toBe('ann');
    });

    it('when the contact has no language, then language plays no part and no reason mentions it', () => {
      const plan = offerOf(open, [aProfile('ann', { languages: [] }), aProfile('bob', { languages: ['fr'] })]);
      expect(plan).toMatchObject({ agentId: 'ann', decision: { because: expect.stringMatching(/^same skill fit \(0\), idle longest/) } });
      expect(reasonOf(plan, 'bob')).toBe('eligible, skill fit 0');
    });
  });

  it("given a queue language and a contact's own, then the queue's applies (the admin set the queue up for it)", () => {
    const english = aQueue('en', { language: 'en' });
    expect(offerOf(english, [aProfile('ann', { languages: ['fr'] }), aProfile('bob', { languages: ['en'] })], { language: 'fr' })?.agentId).toBe('bob');
  });

  it('compares languages by their main part, whatever the case', () => {
    const wanted = languageWanted(aQueue('q'), 'en-US');
    expect(languageMatch({ languages: ['EN-gb'] }, wanted)).toBe('speaks');
    expect(languageMatch({ languages: ['es'] }, wanted)).toBe('does-not-speak');
    expect(languageMatch({ languages: [] }, wanted)).toBe('lists-none');
    expect(languageMatch({ languages: [] }, null)).toBe('any');
  });

  it('makes only a queue language required, and only when the queue says so (queues saved before the setting prefer)', () => {
    const saved: Queue = { ...aQueue('old', { language: 'fr' }), languageRequired: undefined };
    expect(languageWanted(saved, null)).toEqual({ language: 'fr', required: false });
    expect(languageWanted(aQueue('q', { languageRequired: true }), 'fr')).toEqual({ language: 'fr', required: false });
  });

  it("counts non-speakers among a queue's agents unless the queue requires its language", () => {
    const english = aProfile('ann', { languages: ['en'] });
    expect(qualifiesFor(english, aQueue('fr', { language: 'fr' }))).toBe(true);
    expect(qualifiesFor(english, aQueue('fr', { language: 'fr', languageRequired: true }))).toBe(false);
  });

  it("given overflow to another queue's agents, then helpers are ranked after speakers and held to a required language", () => {
    const steps = { overflow: [{ afterSeconds: 0, action: 'add-queue-agents' as const, queueId: 'general' }], requiredSkills: [{ skill: 'billing', minLevel: 5 }] };
    const general = aQueue('general', { requiredSkills: [{ skill: 'general', minLevel: 1 }] });
    const helper = aProfile('ann', { languages: ['en'], skills: { general: 3 } });
    const board = (queue: Queue) =>
      planOffers(aBoard({ now: at(1), queues: [queue, general], profiles: [helper], waiting: [aContact('c1', { queueId: queue.id })], freeOn: { chat: [{ agentId: 'ann', idleSince: at(-5) }] } }))[0];
    expect(board(aQueue('billing', { ...steps, language: 'fr' }))?.agentId).toBe('ann');
    expect(board(aQueue('billing', { ...steps, language: 'fr', languageRequired: true }))).toBeUndefined();
  });
});
