import { aContact, at } from '../testing/domain-fixtures';
import { compareContacts, effectivePriority, priorityInQueue, rankScore, VIP_BOOST } from './contact';

describe('priority and VIP ordering', () => {
  it('given a VIP customer, then their priority is boosted above the queue priority', () => {
    expect(effectivePriority(5, 0, true)).toBe(5 + VIP_BOOST);
    expect(effectivePriority(5, 1000, false)).toBe(100);
  });

  it('given contacts of different priorities and waits, then the order is priority first, then longest waiting', () => {
    const contacts = [aContact('late', { waitingSince: at(50) }), aContact('vip', { waitingSince: at(90), priority: 10 }), aContact('early', { waitingSince: at(10) })];
    expect([...contacts].sort(compareContacts).map((c) => c.contactId)).toEqual(['vip', 'early', 'late']);
    expect([...contacts].sort((a, b) => rankScore(a) - rankScore(b)).map((c) => c.contactId)).toEqual(['vip', 'early', 'late']);
  });

  it('given a contact moving queue, then it keeps its own boost and takes the new queue priority', () => {
    expect(priorityInQueue({ priority: 12 }, 2, 5)).toBe(15);
  });
});
