import { aBoard, aContact, aProfile, aQueue, at } from '../testing/domain-fixtures';
import { newlyReachedSteps, overflowInForce } from './overflow';
import { planOffers } from './plan-offers';

const billing = aQueue('billing', {
  requiredSkills: [{ skill: 'billing', minLevel: 8 }],
  overflow: [
    { afterSeconds: 30, action: 'relax-skills', minLevel: 4 },
    { afterSeconds: 60, action: 'add-queue-agents', queueId: 'general' },
    { afterSeconds: 90, action: 'offer-callback' },
  ],
});
const general = aQueue('general', { requiredSkills: [{ skill: 'general', minLevel: 1 }] });
const profiles = [aProfile('junior', { skills: { billing: 5 } }), aProfile('helper', { skills: { general: 3 } })];
const board = (now: number) =>
  aBoard({
    now,
    queues: [billing, general],
    profiles,
    waiting: [aContact('c1', { queueId: 'billing' })],
    freeOn: { chat: [{ agentId: 'junior', idleSince: at(-10) }, { agentId: 'helper', idleSince: at(-100) }] },
  });

describe('overflow', () => {
  describe('given a contact waiting in a queue no free agent qualifies for', () => {
    it('when it has waited less than the first step, then nobody is offered it', () => {
      expect(planOffers(board(at(29)))).toEqual([]);
    });

    it('when the relax step is reached, then an agent at the relaxed level may take it', () => {
      const [plan] = planOffers(board(at(30)));
      expect(plan).toMatchObject({ agentId: 'junior', decision: { overflowSteps: ['relax-skills'] } });
    });

    it("when the add-queue step is reached, then the other queue's agents may take it too", () => {
      const withoutJunior = { ...board(at(60)), free: new Map([['chat' as const, [{ agentId: 'helper', idleSince: at(-100) }]]]) };
      expect(planOffers(withoutJunior)[0]).toMatchObject({ agentId: 'helper', decision: { overflowSteps: ['relax-skills', 'add-queue-agents'] } });
    });

    it('when steps are reached, then each is announced once', () => {
      const contact = aContact('c1', { queueId: 'billing' });
      expect(overflowInForce(billing, contact, at(95)).map(({ step }) => step.action)).toEqual(['relax-skills', 'add-queue-agents', 'offer-callback']);
      expect(newlyReachedSteps(billing, { ...contact, overflowApplied: [0, 1] }, at(95)).map(({ index }) => index)).toEqual([2]);
      expect(newlyReachedSteps(billing, { ...contact, status: 'assigned' }, at(95))).toEqual([]);
    });
  });
});
