import { newContact } from '../arrival/new-contact';
import { aBoard, aProfile, aQueue, at } from '../testing/domain-fixtures';
import { planOffers } from './plan-offers';

const queue = aQueue('support', { affinitySeconds: 30 });
const profiles = [aProfile('ann'), aProfile('last')];
const arrival = { contactId: 'c1', channel: 'chat' as const, sourceChannel: 'chat', channelId: null, customerKey: 'phone:+1', language: null, priority: 0, vip: false };

describe('last-agent affinity', () => {
  describe('given a returning customer whose last agent was "last"', () => {
    const contact = newContact(arrival, queue, { agentId: 'last', at: at(-3600) }, at(0));

    it('when the contact arrives, then it is kept for that agent during the affinity time', () => {
      expect(contact).toMatchObject({ affinityAgentId: 'last', affinityUntil: at(30) });
    });

    it('when the last agent is free, then they are offered it even though another was idle longer', () => {
      const [plan] = planOffers(
        aBoard({ now: at(1), queues: [queue], profiles, waiting: [contact], freeOn: { chat: [{ agentId: 'ann', idleSince: at(-999) }, { agentId: 'last', idleSince: at(-1) }] } }),
      );
      expect(plan).toMatchObject({ agentId: 'last', decision: { rule: 'affinity' } });
    });

    it('when the last agent is not free within the affinity time, then the contact waits for them', () => {
      expect(planOffers(aBoard({ now: at(29), queues: [queue], profiles, waiting: [contact], freeOn: { chat: [{ agentId: 'ann', idleSince: at(-999) }] } }))).toEqual([]);
    });

    it('when the affinity time has passed, then anyone qualified may take it', () => {
      const [plan] = planOffers(aBoard({ now: at(30), queues: [queue], profiles, waiting: [contact], freeOn: { chat: [{ agentId: 'ann', idleSince: at(-999) }] } }));
      expect(plan).toMatchObject({ agentId: 'ann', decision: { rule: 'best-fit' } });
    });
  });

  describe('given a queue without affinity', () => {
    it('when a returning customer arrives, then no agent is kept for them', () => {
      expect(newContact(arrival, aQueue('plain'), { agentId: 'last', at: at(-5) }, at(0))).toMatchObject({ affinityAgentId: null, affinityUntil: null });
    });
  });
});
