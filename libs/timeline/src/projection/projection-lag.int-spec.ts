import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { waitFor } from '@switchboard/testing';
import { uniquePhone, whatsappEvents } from '../testing/channel-scenario';
import { startTimelineTestApp, type TimelineTestApp } from '../testing/timeline-test-app';

describe('projection lag in /metrics and /health/ready', () => {
  let t: TimelineTestApp;

  beforeAll(async () => {
    // The projection runs elsewhere (here: nowhere), and no lag at all is tolerated.
    t = await startTimelineTestApp(createTestPgliteDatabase, { runProjection: false, maxProjectionLagEvents: 0 });
  });
  afterAll(async () => t?.close());

  it('reports the events not yet projected, and is not ready beyond the bound, then ready once caught up', async () => {
    await t.http().get('/health/ready').expect(200);
    await t.publish(await whatsappEvents(uniquePhone()));
    const lagging = await waitFor(async () => {
      const response = await t.http().get('/health/ready');
      return response.status === 503 ? response : null;
    });
    expect(lagging.body.error.timelineProjection.message).toMatch(/events behind the store \(more than 0\)/);
    const metrics = await t.http().get('/metrics').expect(200);
    expect(Number(/^switchboard_timeline_projection_lag_events (\d+)$/m.exec(metrics.text)?.[1])).toBeGreaterThanOrEqual(2);

    await t.timeline.runner.start();
    await t.timeline.runner.caughtUp();
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.info.timelineProjection).toEqual({ status: 'up', lagEvents: 0, maxLagEvents: 0 });
    expect((await t.http().get('/metrics')).text).toMatch(/^switchboard_timeline_projection_lag_events 0$/m);
  });
});
