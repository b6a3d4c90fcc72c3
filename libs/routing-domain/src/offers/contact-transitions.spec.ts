import { aContact, anAgent, at } from '../testing/domain-fixtures';
import { abandonContact, requestAgent, requeueContact, resolveBySelfService, wrapUpContact } from './contact-transitions';
import { makeOffer } from './offer-transitions';

describe('abandonment', () => {
  it('given a waiting contact, when the customer leaves, then it is removed with no agent involved', () => {
    expect(abandonContact(aContact('c1'), null)).toEqual({ ok: true, agent: null });
  });

  it('given an offered contact, when the customer hangs up, then the offer is withdrawn from the agent', () => {
    const offered = makeOffer(aContact('c1'), anAgent('ann'), { offerId: 'o1', now: at(0), timeoutSeconds: 20 });
    if (!offered.ok) throw new Error(offered.refusal);
    const abandoned = abandonContact(offered.contact, offered.agent);
    expect(abandoned.ok && abandoned.agent?.offer).toBeNull();
  });

  it('given an assigned contact, when the customer leaves, then routing refuses (the agent wraps up)', () => {
    expect(abandonContact(aContact('c1', { status: 'assigned', assignedAgentId: 'ann' }), null)).toEqual({ ok: false, refusal: 'contact-assigned' });
  });
});

describe('wrap-up', () => {
  const assigned = aContact('c1', { status: 'assigned', assignedAgentId: 'ann', assignedAt: at(5) });
  const busyAnn = anAgent('ann', { load: { voice: 0, chat: 2, email: 0, messaging: 0, social: 0 } });

  it('given an assigned contact, when the agent wraps up, then their capacity is free again', () => {
    const done = wrapUpContact(assigned, busyAnn, at(60), 0);
    expect(done.ok && done.agent).toMatchObject({ presence: 'available', idleSince: at(60), load: { chat: 1 } });
  });

  it('given a wrap-up time, when the agent wraps up, then they stay in wrap-up until it ends', () => {
    const done = wrapUpContact(assigned, busyAnn, at(60), 15);
    expect(done.ok && done.agent).toMatchObject({ presence: 'wrap-up', wrapUpUntil: at(75) });
  });

  it("given someone else's contact, when an agent wraps it up, then it is refused", () => {
    expect(wrapUpContact(assigned, anAgent('bob'), at(60), 0)).toEqual({ ok: false, refusal: 'contact-not-assigned' });
  });
});

describe('transfer and self-service', () => {
  it('given an assigned contact, when it is transferred to a named agent, then it waits for them and the first agent is released', () => {
    const moved = requeueContact(
      aContact('c1', { status: 'assigned', assignedAgentId: 'ann', missedBy: ['x'] }),
      anAgent('ann', { load: { voice: 0, chat: 1, email: 0, messaging: 0, social: 0 } }),
      { queueId: 'billing', pinnedAgentId: 'bob', priority: 3, waitingSince: at(90) },
      at(90),
    );
    // Earlier misses are forgotten; the agent it was taken from is passed over while others are free.
    expect(moved.ok && moved.contact).toMatchObject({ status: 'waiting', queueId: 'billing', pinnedAgentId: 'bob', waitingSince: at(90), assignedAgentId: null, missedBy: ['ann'] });
    expect(moved.ok && moved.agent?.load.chat).toBe(0);
  });

  it('given a self-service contact, when the customer asks for a person, then it joins the queue now', () => {
    const asked = requestAgent(aContact('c1', { status: 'self-service', waitingSince: at(0) }), at(40));
    expect(asked.ok && asked.contact).toMatchObject({ status: 'waiting', waitingSince: at(40) });
    expect(requestAgent(aContact('c2'), at(40))).toEqual({ ok: false, refusal: 'contact-not-self-service' });
  });

  it('given a contact nobody accepted yet, when the customer says an answer helped, then it closes', () => {
    expect(resolveBySelfService(aContact('c1', { status: 'self-service' })).ok).toBe(true);
    expect(resolveBySelfService(aContact('c2', { status: 'offered' }))).toEqual({ ok: false, refusal: 'contact-not-waiting' });
  });
});
