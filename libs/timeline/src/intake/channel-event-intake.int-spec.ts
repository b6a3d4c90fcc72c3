import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { emailEvents, only, twilioMessagingEvents, twilioVoiceEvents } from '../../../timeline-domain/src/testing/channel-envelopes';
import { startTimelineHarness, type TimelineHarness } from '../testing/timeline-harness';

describe('channel events into the timeline (PGlite, no HTTP)', () => {
  let harness: TimelineHarness;

  beforeAll(async () => {
    harness = await startTimelineHarness(createTestPgliteDatabase);
  });
  afterAll(async () => harness?.close());

  it('puts a call and a WhatsApp message from the same number in one customer timeline', async () => {
    const { intake, runner, pages } = harness.timeline;
    const outcomes = [];
    for (const name of ['incoming-call', 'call-status-ringing', 'call-status-in-progress', 'call-status-completed']) {
      outcomes.push(await intake.handle(only(await twilioVoiceEvents(name))));
    }
    outcomes.push(await intake.handle(only(await twilioMessagingEvents('inbound-whatsapp'))));
    const customers = new Set(outcomes.map((outcome) => (outcome.kind === 'recorded' ? outcome.customerId : null)));
    expect(customers.size).toBe(1);
    const [customerId = ''] = [...customers].filter((id): id is string => id !== null);
    await runner.start();
    await runner.caughtUp();
    const page = await pages.page('demo', customerId, { limit: 10 });
    expect(page.entries.map((entry) => [entry.kind, entry.channel])).toEqual([
      ['message', 'whatsapp'],
      ['call', 'voice'],
    ]);
    expect(page.entries[1]?.call).toMatchObject({ status: 'ended', outcome: 'completed', durationSeconds: 242 });

    // The same events again (the bus delivers at least once): nothing new.
    const again = await harness.timeline.intake.handle(only(await twilioVoiceEvents('call-status-completed')));
    expect(again).toMatchObject({ kind: 'recorded', events: 0 });

    const email = await intake.handle(only(await emailEvents('multipart-with-attachment')));
    expect(email).toMatchObject({ kind: 'recorded' });
    await runner.caughtUp();
    const emailPage = await pages.page('demo', email.kind === 'recorded' ? email.customerId : '', { limit: 10 });
    expect(emailPage.entries[0]).toMatchObject({ kind: 'email', subject: 'Réclamation commande n°4521 — colis endommagé', media: [{ filename: 'facture n°4521.pdf' }] });
  });
});
