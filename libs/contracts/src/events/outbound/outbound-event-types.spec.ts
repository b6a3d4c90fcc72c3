import { isEventType } from '../../envelope/event-type';
import { RealtimeBusEventTypes } from '../../realtime/realtime-bus-events';
import { OutboundEventTypes } from './outbound-event-types';

describe('OutboundEventTypes', () => {
  it('names every outbound event past tense and versioned', () => {
    for (const type of Object.values(OutboundEventTypes)) expect(isEventType(type)).toBe(true);
  });

  it('is the one name for a sent reply, whichever channel sent it', () => {
    expect(RealtimeBusEventTypes.chatMessageSent).toBe(OutboundEventTypes.sent);
  });
});
