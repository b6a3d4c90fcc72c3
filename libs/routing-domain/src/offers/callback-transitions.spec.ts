import { aContact, aQueue, at } from '../testing/domain-fixtures';
import { callbackStepDue } from '../matching/overflow';
import { requestCallback } from './callback-transitions';
import { abandonContact } from './contact-transitions';

const call = aContact('call-1', { channel: 'voice', sourceChannel: 'voice', waitingSince: at(0) });

describe('callbacks', () => {
  it('given a waiting call, when a callback is requested, then it becomes one and keeps its place in the queue', () => {
    const turned = requestCallback(call, at(90), 'overflow');
    expect(turned.ok && turned.contact).toMatchObject({ status: 'waiting', waitingSince: at(0), channel: 'voice', callback: { requestedAt: at(90), reason: 'overflow' } });
  });

  it('given anything but a waiting call not yet turned, then a callback is refused', () => {
    expect(requestCallback(aContact('chat-1'), at(90), 'overflow')).toEqual({ ok: false, refusal: 'contact-not-voice' });
    expect(requestCallback({ ...call, status: 'offered' }, at(90), 'caller')).toEqual({ ok: false, refusal: 'contact-not-waiting' });
    expect(requestCallback({ ...call, callback: { requestedAt: at(5), reason: 'caller' } }, at(90), 'overflow')).toEqual({ ok: false, refusal: 'contact-is-callback' });
  });

  it('given a callback request, when the caller hangs up, then it is not abandoned, whatever its status', () => {
    const callback = { requestedAt: at(90), reason: 'overflow' as const };
    expect(abandonContact({ ...call, callback }, null)).toEqual({ ok: false, refusal: 'contact-is-callback' });
    expect(abandonContact({ ...call, callback, status: 'offered' }, null)).toEqual({ ok: false, refusal: 'contact-is-callback' });
    expect(abandonContact(call, null).ok).toBe(true);
  });

  describe("given a queue whose overflow offers a callback after 90 s", () => {
    const queue = aQueue('support', { overflow: [{ afterSeconds: 30, action: 'relax-skills', minLevel: 1 }, { afterSeconds: 90, action: 'offer-callback' }] });

    it('when a waiting call has waited that long, then the step is due for it; not before, and not for other contacts', () => {
      expect(callbackStepDue(queue, call, at(89))).toBeNull();
      expect(callbackStepDue(queue, call, at(90))).toEqual({ index: 1, step: { afterSeconds: 90, action: 'offer-callback' } });
      expect(callbackStepDue(queue, aContact('chat-1', { waitingSince: at(0) }), at(90))).toBeNull();
      expect(callbackStepDue(queue, { ...call, status: 'offered' }, at(90))).toBeNull();
      expect(callbackStepDue(queue, { ...call, callback: { requestedAt: at(90), reason: 'overflow' } }, at(120))).toBeNull();
    });
  });
});
