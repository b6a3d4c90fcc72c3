import { isEventType } from '../../envelope/event-type';
import { RoutingEventTypes, isRoutingEventType } from './routing-event-types';
import { isPresence, isRoutingChannel } from './routing-values';

describe('RoutingEventTypes', () => {
  it('names every routing event past tense and versioned', () => {
    for (const type of Object.values(RoutingEventTypes)) expect(isEventType(type)).toBe(true);
  });

  it('tells routing events from other events', () => {
    expect(isRoutingEventType('routing.offer-made.v1')).toBe(true);
    expect(isRoutingEventType('message.received.v1')).toBe(false);
  });

  it('knows the presences and the channels capacity is counted in', () => {
    expect(isPresence('wrap-up')).toBe(true);
    expect(isPresence('lunch')).toBe(false);
    expect(isRoutingChannel('voice')).toBe(true);
    expect(isRoutingChannel('sms')).toBe(false);
  });
});
