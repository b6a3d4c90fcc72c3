import type { EmailReceivedPayload, EventEnvelope, MediaItem, MessageLocation, MessageMedia, MessageReceivedPayload } from '@switchboard/contracts';
import { emailCandidates, emailThreadKey, chatThreadKey, messagingThreadKey, type ThreadRule } from '../threading/thread-rule';
import type { Intake } from './intake-plan';

/** Chat widget traffic threads by session: the widget gives each session its own thread key. */
function isChat(event: EventEnvelope, payload: MessageReceivedPayload): boolean {
  return event.source.channel === 'chat' || payload.from.kind === 'chat-visitor';
}

export function messageIntake(event: EventEnvelope, payload: MessageReceivedPayload): Intake {
  const channelId = event.source.channelId ?? null;
  const thread: ThreadRule = isChat(event, payload)
    ? { kind: 'chat', key: chatThreadKey(channelId, payload.threadKey) }
    : { kind: 'messaging', key: messagingThreadKey(channelId, payload.from.kind, payload.from.value) };
  return {
    kind: 'plan',
    plan: {
      sender: { kind: 'identity', identity: payload.from, displayName: payload.fromName ?? null },
      thread,
      occurredAt: event.occurredAt,
      command: ({ conversationId, customerId }) => ({
        type: 'ReceiveMessage',
        data: {
          opening: { conversationId, customerId, channel: event.source.channel, channelId, threadKind: thread.kind, subject: null },
          message: {
            messageId: event.id,
            providerMessageId: payload.providerMessageId,
            text: payload.text,
            subject: null,
            fromName: payload.fromName ?? null,
            emailMessageId: null,
            media: payload.media.map(mediaOf),
            replyToProviderMessageId: payload.replyToProviderMessageId ?? null,
            reaction: payload.reaction ?? null,
            location: payload.location ? locationText(payload.location) : null,
          },
        },
      }),
    },
  };
}

export function emailIntake(event: EventEnvelope, payload: EmailReceivedPayload): Intake {
  const channelId = event.source.channelId ?? null;
  const thread: ThreadRule = {
    kind: 'email',
    ownKey: emailThreadKey(payload.messageId),
    candidateKeys: emailCandidates(payload.inReplyTo, payload.references).filter((key) => key !== emailThreadKey(payload.messageId)),
  };
  return {
    kind: 'plan',
    plan: {
      sender: { kind: 'identity', identity: payload.from, displayName: payload.fromName ?? null },
      thread,
      occurredAt: event.occurredAt,
      command: ({ conversationId, customerId }) => ({
        type: 'ReceiveMessage',
        data: {
          opening: { conversationId, customerId, channel: event.source.channel, channelId, threadKind: 'email', subject: payload.subject },
          message: {
            messageId: event.id,
            providerMessageId: null,
            text: payload.text,
            subject: payload.subject,
            fromName: payload.fromName ?? null,
            emailMessageId: payload.messageId,
            media: payload.attachments.map((attachment) => ({
              kind: 'attachment',
              contentType: attachment.contentType,
              size: attachment.size,
              url: null,
              providerMediaId: null,
              filename: attachment.filename,
              caption: null,
            })),
            replyToProviderMessageId: null,
            reaction: null,
            location: null,
          },
        },
      }),
    },
  };
}

function mediaOf(item: MediaItem): MessageMedia<string> {
  return {
    kind: item.kind,
    contentType: item.contentType,
    size: item.size ?? null,
    url: item.url,
    providerMediaId: item.providerMediaId,
    filename: item.filename ?? null,
    caption: item.caption ?? null,
  };
}

function locationText(location: MessageLocation): string {
  return [`${location.latitude},${location.longitude}`, location.name, location.address].filter(Boolean).join(' ');
}
