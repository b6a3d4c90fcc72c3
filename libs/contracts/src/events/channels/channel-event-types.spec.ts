import { isEventType } from '../../envelope/event-type';
import { ChannelEventTypes, isChannelEventType } from './channel-event-types';

describe('ChannelEventTypes', () => {
  it('names every channel event past tense and versioned', () => {
    for (const type of Object.values(ChannelEventTypes)) expect(isEventType(type)).toBe(true);
  });

  it('tells channel events from other events', () => {
    expect(isChannelEventType('message.received.v1')).toBe(true);
    expect(isChannelEventType('conversation.opened.v1')).toBe(false);
  });
});
