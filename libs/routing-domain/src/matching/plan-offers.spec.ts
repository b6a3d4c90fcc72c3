import { aBoard, aContact, aProfile, aQueue, at } from '../testing/domain-fixtures';
import { planOffers } from './plan-offers';

const support = aQueue('support', { requiredSkills: [{ skill: 'billing', minLevel: 5 }] });

describe('matching', () => {
  describe('given two qualified agents free on chat', () => {
    const profiles = [aProfile('ann', { skills: { billing: 6 } }), aProfile('bob', { skills: { billing: 9 } }), aProfile('cid', { skills: { billing: 2 } })];

    it('when a contact waits, then it is offered to the best skill fit, with the reasons recorded', () => {
      const plans = planOffers(
        aBoard({
          now: at(5),
          queues: [support],
          profiles,
          waiting: [aContact('c1')],
          freeOn: { chat: [{ agentId: 'ann', idleSince: at(-60) }, { agentId: 'bob', idleSince: at(-1) }, { agentId: 'cid', idleSince: at(-90) }] },
        }),
      );
      expect(plans).toHaveLength(1);
      const [plan] = plans;
      expect(plan?.agentId).toBe('bob');
      expect(plan?.timeoutSeconds).toBe(20);
      expect(plan?.decision).toMatchObject({ rule: 'best-fit', because: 'best skill fit (4 vs 1)', candidatesConsidered: 3, overflowSteps: [] });
      expect(plan?.decision.candidates.map((c) => [c.agentId, c.eligible])).toEqual([
        ['bob', true],
        ['ann', true],
        ['cid', false],
      ]);
      expect(plan?.decision.candidates[2]?.reason).toBe('billing 2 < 5');
    });

    it('when both fit equally, then the one idle longest wins', () => {
      const equal = [aProfile('ann', { skills: { billing: 7 } }), aProfile('bob', { skills: { billing: 7 } })];
      const [plan] = planOffers(
        aBoard({ now: at(5), queues: [support], profiles: equal, waiting: [aContact('c1')], freeOn: { chat: [{ agentId: 'bob', idleSince: at(-10) }, { agentId: 'ann', idleSince: at(-300) }] } }),
      );
      expect(plan?.agentId).toBe('ann');
      expect(plan?.decision.because).toMatch(/^same skill fit \(2\), idle longest/);
    });
  });

  describe('given several contacts waiting and fewer agents', () => {
    const open = aQueue('support');
    const profiles = [aProfile('ann'), aProfile('bob')];

    it('when matching, then the highest priority goes first, then the longest waiting, one offer per agent', () => {
      const plans = planOffers(
        aBoard({
          now: at(60),
          queues: [open],
          profiles,
          waiting: [aContact('new', { waitingSince: at(50) }), aContact('old', { waitingSince: at(0) }), aContact('vip', { waitingSince: at(55), priority: 10, vip: true })],
          freeOn: { chat: [{ agentId: 'ann', idleSince: at(-5) }, { agentId: 'bob', idleSince: at(-9) }] },
        }),
      );
      expect(plans.map((plan) => [plan.contact.contactId, plan.agentId])).toEqual([
        ['vip', 'bob'],
        ['old', 'ann'],
      ]);
    });

    it('when a contact is on a channel nobody is free on, then it waits and the others are still matched', () => {
      const plans = planOffers(
        aBoard({
          now: at(60),
          queues: [open],
          profiles,
          waiting: [aContact('call', { channel: 'voice' }), aContact('chat', { waitingSince: at(10) })],
          freeOn: { chat: [{ agentId: 'ann', idleSince: at(0) }] },
        }),
      );
      expect(plans.map((plan) => plan.contact.contactId)).toEqual(['chat']);
    });
  });

  describe('given an agent who already missed this contact', () => {
    it('when another qualified agent is free, then the other is tried first; alone, the same agent is tried again', () => {
      const board = (free: string[]) =>
        aBoard({
          now: at(30),
          queues: [aQueue('support')],
          profiles: [aProfile('ann'), aProfile('bob')],
          waiting: [aContact('c1', { missedBy: ['ann'] })],
          freeOn: { chat: free.map((agentId, i) => ({ agentId, idleSince: at(-100 + i * 50) })) },
        });
      expect(planOffers(board(['ann', 'bob']))[0]?.agentId).toBe('bob');
      expect(planOffers(board(['ann']))[0]?.agentId).toBe('ann');
    });
  });

  describe('given a contact transferred to a named agent', () => {
    it('when that agent is busy, then nobody else is offered it; when free, they are', () => {
      const board = (free: string[]) =>
        aBoard({
          now: at(1),
          queues: [aQueue('support')],
          profiles: [aProfile('ann'), aProfile('bob')],
          waiting: [aContact('c1', { pinnedAgentId: 'bob' })],
          freeOn: { chat: free.map((agentId) => ({ agentId, idleSince: at(-5) })) },
        });
      expect(planOffers(board(['ann']))).toEqual([]);
      expect(planOffers(board(['ann', 'bob']))[0]).toMatchObject({ agentId: 'bob', decision: { rule: 'pinned' } });
    });
  });
});
