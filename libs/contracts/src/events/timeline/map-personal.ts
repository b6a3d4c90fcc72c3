import type { LinkedIdentity, ProfileChanges, ProfileSnapshot } from './customer-values';
import type { MessageMedia } from './conversation-values';
import type { TimelineEvent } from './timeline-event-types';

/**
 * The one place that says which fields of the timeline events are personal: it rebuilds an event
 * with every personal value passed through `f` (seal before storing, open after reading) and every
 * other field as it was. A new personal field that is not mapped here does not compile, since its
 * type would still be `P` where `Q` is expected.
 */
export function mapPersonal<P, Q>(event: TimelineEvent<P>, f: (value: P) => Q): TimelineEvent<Q> {
  const opt = (value: P | null): Q | null => (value === null ? null : f(value));
  const identity = (linked: LinkedIdentity<P>): LinkedIdentity<Q> => ({ ...linked, value: f(linked.value) });
  const media = (item: MessageMedia<P>): MessageMedia<Q> => ({
    ...item,
    url: opt(item.url),
    filename: opt(item.filename),
    caption: opt(item.caption),
  });

  switch (event.type) {
    case 'customer.created.v1':
      return { type: event.type, data: { ...event.data, displayName: opt(event.data.displayName) } };
    case 'customer.identity-linked.v1':
      return { type: event.type, data: { ...event.data, identity: identity(event.data.identity) } };
    case 'customer.profile-updated.v1':
      return { type: event.type, data: { ...event.data, changes: mapProfileChanges(event.data.changes, f) } };
    case 'customer.merged.v1':
      return {
        type: event.type,
        data: { ...event.data, identities: event.data.identities.map(identity), profile: mapProfileSnapshot(event.data.profile, f) },
      };
    case 'customer.identity-unlinked.v1':
    case 'customer.consent-given.v1':
    case 'customer.consent-withdrawn.v1':
    case 'customer.erased.v1':
      return event;
    case 'conversation.opened.v1':
      return { type: event.type, data: { ...event.data, subject: opt(event.data.subject) } };
    case 'conversation.message-received.v1':
      return {
        type: event.type,
        data: {
          ...event.data,
          text: opt(event.data.text),
          subject: opt(event.data.subject),
          fromName: opt(event.data.fromName),
          emailMessageId: opt(event.data.emailMessageId),
          media: event.data.media.map(media),
          location: opt(event.data.location),
        },
      };
    case 'conversation.message-sent.v1':
      return { type: event.type, data: { ...event.data, text: f(event.data.text) } };
    case 'conversation.call-ringing.v1':
      return { type: event.type, data: { ...event.data, remoteNumber: opt(event.data.remoteNumber) } };
    case 'conversation.call-recorded.v1':
      return { type: event.type, data: { ...event.data, recordingUrl: f(event.data.recordingUrl) } };
    case 'conversation.note-added.v1':
      return { type: event.type, data: { ...event.data, text: f(event.data.text) } };
    case 'conversation.csat-recorded.v1':
      return { type: event.type, data: { ...event.data, comment: opt(event.data.comment) } };
    case 'conversation.call-answered.v1':
    case 'conversation.call-ended.v1':
    case 'conversation.queued.v1':
    case 'conversation.offered.v1':
    case 'conversation.assigned.v1':
    case 'conversation.transferred.v1':
    case 'conversation.tagged.v1':
    case 'conversation.wrapped-up.v1':
    case 'conversation.closed.v1':
    case 'conversation.reopened.v1':
      return event;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

function mapProfileChanges<P, Q>(changes: ProfileChanges<P>, f: (value: P) => Q): ProfileChanges<Q> {
  const opt = (value: P | null): Q | null => (value === null ? null : f(value));
  const { displayName, company, attributes, ...plain } = changes;
  return {
    ...plain,
    ...(displayName === undefined ? {} : { displayName: opt(displayName) }),
    ...(company === undefined ? {} : { company: opt(company) }),
    ...(attributes === undefined ? {} : { attributes: mapValues(attributes, opt) }),
  };
}

function mapProfileSnapshot<P, Q>(profile: ProfileSnapshot<P>, f: (value: P) => Q): ProfileSnapshot<Q> {
  return {
    ...profile,
    displayName: profile.displayName === null ? null : f(profile.displayName),
    company: profile.company === null ? null : f(profile.company),
    attributes: mapValues(profile.attributes, f),
  };
}

function mapValues<A, B>(record: Readonly<Record<string, A>>, f: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}
