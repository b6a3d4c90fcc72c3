import { selfServiceStep } from './self-service-step';

describe('the next self-service step for a customer message', () => {
  describe('given a new contact', () => {
    it('when they ask for a person, then it goes straight to agents', () => {
      expect(selfServiceStep(null, 'agent', null)).toBe('route-to-agent');
    });

    it('when they ask a question, then the knowledge base is searched first', () => {
      expect(selfServiceStep(null, 'question', null)).toBe('search');
    });

    it('when an article answers them, then the contact starts in self-service (if its queue has it on)', () => {
      expect(selfServiceStep(null, 'question', true)).toBe('self-service-first');
    });

    it('when nothing answers them, then it goes straight to agents', () => {
      expect(selfServiceStep(null, 'question', false)).toBe('route-to-agent');
      expect(selfServiceStep(null, 'helped', false)).toBe('route-to-agent');
    });
  });

  describe('given a contact in self-service', () => {
    it('when they ask for a person, then it waits for an agent from now', () => {
      expect(selfServiceStep('self-service', 'agent', null)).toBe('request-agent');
    });

    it('when they say it helped, then it is resolved by self-service', () => {
      expect(selfServiceStep('self-service', 'helped', null)).toBe('resolve');
    });

    it('when they ask again, then they get new answers, or an agent when there are none', () => {
      expect(selfServiceStep('self-service', 'question', null)).toBe('search');
      expect(selfServiceStep('self-service', 'question', true)).toBe('answer');
      expect(selfServiceStep('self-service', 'question', false)).toBe('request-agent');
    });
  });

  it.each(['waiting', 'offered', 'assigned'] as const)('given a contact %s, then the bot never answers it', (status) => {
    for (const intent of ['agent', 'helped', 'question'] as const) for (const found of [null, true, false]) expect(selfServiceStep(status, intent, found)).toBe('leave');
  });
});
