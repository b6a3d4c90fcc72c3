import { aContact, anAgent, at } from '../testing/domain-fixtures';
import { acceptOffer, makeOffer, missOffer, withdrawOffer } from './offer-transitions';
import { changePresence, wrapUpEnded } from './presence-transitions';

const policy = { maxMissesInARow: 3 };

function offeredPair(agentOverrides = {}) {
  const change = makeOffer(aContact('c1'), anAgent('ann', agentOverrides), { offerId: 'o1', now: at(10), timeoutSeconds: 20 });
  if (!change.ok) throw new Error(change.refusal);
  return change;
}

describe('offers', () => {
  describe('given a waiting contact and an available agent with room', () => {
    it('when offered, then the contact is offered to that agent only, with a deadline', () => {
      const { contact, agent } = offeredPair();
      expect(contact).toMatchObject({ status: 'offered', offer: { offerId: 'o1', agentId: 'ann', offeredAt: at(10), expiresAt: at(30) } });
      expect(agent.offer).toEqual({ contactId: 'c1', offerId: 'o1', channel: 'chat' });
    });

    it('when the agent already has an offer, is away or full, then the offer is refused', () => {
      const contact = aContact('c2');
      const offer = { offerId: 'o2', now: at(10), timeoutSeconds: 20 };
      expect(makeOffer(contact, offeredPair().agent, offer)).toEqual({ ok: false, refusal: 'agent-has-offer' });
      expect(makeOffer(contact, anAgent('bob', { presence: 'away' }), offer)).toEqual({ ok: false, refusal: 'agent-not-available' });
      expect(makeOffer(contact, anAgent('bob', { load: { voice: 0, chat: 3, email: 0, messaging: 0, social: 0 } }), offer)).toEqual({ ok: false, refusal: 'agent-at-capacity' });
      expect(makeOffer(contact, anAgent('bob', { maxTotal: 1, load: { voice: 0, chat: 0, email: 1, messaging: 0, social: 0 } }), offer)).toEqual({ ok: false, refusal: 'agent-at-capacity' });
      expect(makeOffer(aContact('c3', { status: 'assigned' }), anAgent('bob'), offer)).toEqual({ ok: false, refusal: 'contact-not-waiting' });
    });
  });

  describe('given an offered contact', () => {
    it('when the agent accepts in time, then the contact is assigned and counted against capacity', () => {
      const { contact, agent } = offeredPair({ missesInARow: 2 });
      const accepted = acceptOffer(contact, agent, 'o1', at(15));
      expect(accepted.ok && accepted.contact).toMatchObject({ status: 'assigned', assignedAgentId: 'ann', assignedAt: at(15), offer: null });
      expect(accepted.ok && accepted.agent).toMatchObject({ offer: null, missesInARow: 0, idleSince: at(15), load: { chat: 1 } });
    });

    it('when the agent accepts too late, then it is refused', () => {
      const { contact, agent } = offeredPair();
      expect(acceptOffer(contact, agent, 'o1', at(30))).toEqual({ ok: false, refusal: 'offer-expired' });
    });

    it('when the agent declines, then the contact keeps its place and the agent is marked missed', () => {
      const { contact, agent } = offeredPair();
      const missed = missOffer(contact, agent, 'o1', 'declined', at(12), policy);
      expect(missed.ok && missed.contact).toMatchObject({ status: 'waiting', waitingSince: contact.waitingSince, offer: null, missedBy: ['ann'] });
      expect(missed.ok && missed.agent).toMatchObject({ missesInARow: 1, presence: 'available', offer: null });
    });

    it('when the deadline has not passed, then it cannot be expired; once it has, it can', () => {
      const { contact, agent } = offeredPair();
      expect(missOffer(contact, agent, 'o1', 'expired', at(29), policy)).toEqual({ ok: false, refusal: 'offer-not-due' });
      expect(missOffer(contact, agent, 'o1', 'expired', at(30), policy).ok).toBe(true);
    });

    it('when it is withdrawn (customer left, agent went away), then the agent is not marked missed', () => {
      const { contact, agent } = offeredPair();
      const withdrawn = withdrawOffer(contact, agent);
      expect(withdrawn.ok && withdrawn.agent).toMatchObject({ offer: null, missesInARow: 0 });
      expect(withdrawn.ok && withdrawn.contact.status).toBe('waiting');
    });
  });

  describe('given an agent who missed two offers in a row', () => {
    it('when they miss a third, then they are set away; when they come back, the misses are forgiven', () => {
      const { contact, agent } = offeredPair({ missesInARow: 2 });
      const missed = missOffer(contact, agent, 'o1', 'expired', at(30), policy);
      if (!missed.ok) throw new Error(missed.refusal);
      expect(missed.agentSetAway).toBe(true);
      expect(missed.agent).toMatchObject({ presence: 'away', presenceSince: at(30), missesInARow: 3 });
      expect(changePresence(missed.agent, 'available', at(40))).toMatchObject({ presence: 'available', missesInARow: 0, idleSince: at(40) });
    });
  });

  describe('given an agent in wrap-up with a timer', () => {
    it('when the timer passes, then the wrap-up has ended', () => {
      const agent = changePresence(anAgent('ann'), 'wrap-up', at(0), at(30));
      expect(wrapUpEnded(agent, at(29))).toBe(false);
      expect(wrapUpEnded(agent, at(30))).toBe(true);
    });
  });
});
