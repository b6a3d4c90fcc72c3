import { emailEvents, metaEvents, only, twilioMessagingEvents, twilioVoiceEvents } from '../testing/channel-envelopes';
import type { IntakePlan } from './intake-plan';
import { planIntake } from './plan-intake';

const target = { conversationId: 'conv-1', customerId: 'cust-1' };

function planOf(intake: ReturnType<typeof planIntake>): IntakePlan {
  if (intake.kind !== 'plan') throw new Error(`ignored: ${intake.reason}`);
  return intake.plan;
}

describe('planIntake: what the timeline does with real channel events', () => {
  it('resolves a Twilio call by the caller and threads it as its own conversation, queued', async () => {
    const plan = planOf(planIntake(only(await twilioVoiceEvents('incoming-call'))));
    expect(plan.sender).toEqual({ kind: 'identity', identity: { kind: 'phone', value: '+14155550123' }, displayName: 'JANE DOE' });
    expect(plan.thread).toEqual({ kind: 'call', key: 'call:demo-voice:CA5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7' });
    expect(plan.command(target)).toMatchObject({
      type: 'RecordCallProgress',
      data: {
        opening: { conversationId: 'conv-1', customerId: 'cust-1', channel: 'voice', channelId: 'demo-voice', threadKind: 'call' },
        call: { providerCallId: 'CA5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7', direction: 'inbound', remoteNumber: '+14155550123', line: '+15017122661' },
        progress: { stage: 'ringing', queue: 'support' },
      },
    });
  });

  it('reports the end of the call with its outcome and duration', async () => {
    const plan = planOf(planIntake(only(await twilioVoiceEvents('call-status-completed'))));
    expect(plan.command(target)).toMatchObject({ data: { progress: { stage: 'ended', outcome: 'completed', durationSeconds: 242 } } });
  });

  it('gives a withheld caller a customer of their own, keyed by the call', async () => {
    const plan = planOf(planIntake(only(await twilioVoiceEvents('incoming-call', {}, { From: '+266696687', Caller: '+266696687' }))));
    expect(plan.sender).toEqual({ kind: 'withheld', value: 'demo-voice:CA5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7' });
  });

  it('threads a WhatsApp message (via Twilio) by sender on its channel', async () => {
    const event = only(await twilioMessagingEvents('inbound-whatsapp'));
    const plan = planOf(planIntake(event));
    expect(plan.sender).toEqual({ kind: 'identity', identity: { kind: 'whatsapp', value: '+14155550123' }, displayName: 'Jane Doe' });
    expect(plan.thread).toEqual({ kind: 'messaging', key: 'messaging:demo-sms:whatsapp:+14155550123' });
    expect(plan.command(target)).toMatchObject({
      type: 'ReceiveMessage',
      data: { message: { messageId: event.id, text: 'Is the store open on Sunday? 🙂', fromName: 'Jane Doe', replyToProviderMessageId: 'SM0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e' } },
    });
  });

  it('keeps WhatsApp Cloud API media as what it is, never its content', async () => {
    const [, image] = await metaEvents('whatsapp-multi-entry');
    if (!image) throw new Error('the fixture has a second message');
    const plan = planOf(planIntake(image));
    expect(plan.command(target)).toMatchObject({
      data: { message: { text: 'Esta é a peça quebrada', media: [{ kind: 'image', contentType: 'image/jpeg', url: null, providerMediaId: '1003383421387256' }] } },
    });
  });

  it('threads an email by In-Reply-To, then References newest first', async () => {
    const event = only(await emailEvents('multipart-with-attachment'));
    const plan = planOf(planIntake(event));
    expect(plan.sender).toMatchObject({ kind: 'identity', identity: { kind: 'email', value: 'jose.garcia@example.com' }, displayName: 'José García' });
    expect(plan.thread).toEqual({
      kind: 'email',
      ownKey: 'email:<CAF=3x9Yq2pW@mail.example.com>',
      candidateKeys: ['email:<0102019a-reply-1@acme.example>', 'email:<CAF=1a7Bb3kQ@mail.example.com>'],
    });
    expect(plan.command(target)).toMatchObject({
      type: 'ReceiveMessage',
      data: {
        opening: { threadKind: 'email', subject: 'Réclamation commande n°4521 — colis endommagé' },
        message: { emailMessageId: '<CAF=3x9Yq2pW@mail.example.com>', media: [{ kind: 'attachment', filename: 'facture n°4521.pdf', url: null }] },
      },
    });
  });

  it('ignores what is not part of a customer history, saying why', async () => {
    const status = only(await twilioMessagingEvents('message-status-delivered'));
    expect(planIntake(status)).toEqual({ kind: 'ignore', reason: 'delivery statuses are not part of the timeline' });
    const autoReply = only(await emailEvents('auto-reply'));
    expect(planIntake(autoReply)).toMatchObject({ kind: 'ignore' });
    expect(planIntake({ ...status, type: 'conversation.opened.v1' })).toMatchObject({ kind: 'ignore' });
  });

  it('attaches a recording to the call it belongs to, without resolving anyone', async () => {
    const plan = planOf(planIntake(only(await twilioVoiceEvents('recording-completed'))));
    expect(plan.sender).toEqual({ kind: 'thread-only' });
    expect(plan.command(target)).toMatchObject({ type: 'AttachRecording' });
  });
});
