import type { CallPayloadBase, CallRecordingCompletedPayload, EventEnvelope } from '@switchboard/contracts';
import type { CallProgressReport } from '../conversation/conversation.commands';
import { withheldCallValue } from '../identity/resolution-key';
import { callThreadKey } from '../threading/thread-rule';
import type { Intake, SenderResolution } from './intake-plan';

/** The customer on a call: the caller of an inbound call, the number called for an outbound one. */
function callSender(event: EventEnvelope, payload: CallPayloadBase, displayName: string | null): SenderResolution {
  const channelId = event.source.channelId ?? null;
  if (payload.direction === 'outbound') return { kind: 'identity', identity: { kind: 'phone', value: payload.to }, displayName: null };
  if (payload.from === null) return { kind: 'withheld', value: withheldCallValue(channelId, payload.providerCallId) };
  return { kind: 'identity', identity: payload.from, displayName };
}

export function callIntake(event: EventEnvelope, payload: CallPayloadBase, progress: CallProgressReport, displayName: string | null = null): Intake {
  const channelId = event.source.channelId ?? null;
  const remoteNumber = payload.direction === 'outbound' ? payload.to : (payload.from?.value ?? null);
  const line = payload.direction === 'outbound' ? (payload.from?.value ?? payload.fromRaw) : payload.to;
  return {
    kind: 'plan',
    plan: {
      sender: callSender(event, payload, displayName),
      thread: { kind: 'call', key: callThreadKey(channelId, payload.providerCallId) },
      occurredAt: event.occurredAt,
      command: ({ conversationId, customerId }) => ({
        type: 'RecordCallProgress',
        data: {
          opening: { conversationId, customerId, channel: event.source.channel, channelId, threadKind: 'call', subject: null },
          call: { providerCallId: payload.providerCallId, direction: payload.direction, remoteNumber, line },
          progress,
        },
      }),
    },
  };
}

export function recordingIntake(event: EventEnvelope, payload: CallRecordingCompletedPayload): Intake {
  return {
    kind: 'plan',
    plan: {
      sender: { kind: 'thread-only' },
      thread: { kind: 'call', key: callThreadKey(event.source.channelId ?? null, payload.providerCallId) },
      occurredAt: event.occurredAt,
      command: () => ({
        type: 'AttachRecording',
        data: {
          providerCallId: payload.providerCallId,
          providerRecordingId: payload.providerRecordingId,
          recordingUrl: payload.recordingUrl,
          durationSeconds: payload.durationSeconds,
        },
      }),
    },
  };
}
