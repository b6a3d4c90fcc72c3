import { isEventType } from '../../envelope/event-type';
import { mapPersonal } from './map-personal';
import { ConversationEventTypes, CustomerEventTypes, isTimelineEventType, type TimelineEvent } from './timeline-event-types';

const sealed = (text: string) => `<${text}>`;

describe('timeline event contracts', () => {
  it('names every event past tense and versioned', () => {
    for (const type of [...Object.values(CustomerEventTypes), ...Object.values(ConversationEventTypes)]) {
      expect(isEventType(type)).toBe(true);
      expect(isTimelineEventType(type)).toBe(true);
    }
    expect(isTimelineEventType('message.received.v1')).toBe(false);
  });

  it('passes every personal field of a message through the mapping and nothing else', () => {
    const event: TimelineEvent<string> = {
      type: 'conversation.message-received.v1',
      data: {
        conversationId: 'c1',
        messageId: 'm1',
        providerMessageId: 'SM1',
        text: 'hello',
        subject: 'order 12',
        fromName: 'Jane',
        emailMessageId: '<a@b>',
        media: [{ kind: 'image', contentType: 'image/png', size: 3, url: 'https://x', providerMediaId: 'p1', filename: 'me.png', caption: null }],
        replyToProviderMessageId: null,
        reaction: null,
        location: null,
      },
    };
    expect(mapPersonal(event, sealed)).toEqual({
      type: 'conversation.message-received.v1',
      data: {
        ...event.data,
        text: '<hello>',
        subject: '<order 12>',
        fromName: '<Jane>',
        emailMessageId: '<<a@b>>',
        media: [{ kind: 'image', contentType: 'image/png', size: 3, url: '<https://x>', providerMediaId: 'p1', filename: '<me.png>', caption: null }],
      },
    });
  });

  it('maps profile changes field by field, keeping absent fields absent and cleared ones null', () => {
    const event: TimelineEvent<string> = {
      type: 'customer.profile-updated.v1',
      data: { customerId: 'k1', changes: { displayName: 'Jane', company: null, language: 'fr', attributes: { tier: 'gold', old: null } } },
    };
    expect(mapPersonal(event, sealed).data).toEqual({
      customerId: 'k1',
      changes: { displayName: '<Jane>', company: null, language: 'fr', attributes: { tier: '<gold>', old: null } },
    });
    const onlyLanguage = mapPersonal({ type: 'customer.profile-updated.v1', data: { customerId: 'k1', changes: { language: 'de' } } }, sealed);
    expect(onlyLanguage.data).toEqual({ customerId: 'k1', changes: { language: 'de' } });
  });
});
