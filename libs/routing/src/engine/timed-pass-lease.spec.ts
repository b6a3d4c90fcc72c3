import { newId, RoutingEventTypes, type RoutingEvent } from '@switchboard/contracts';
import { RoutingRecorder } from '../recording/routing-recorder';
import { createMemoryRoutingState } from '../state/memory/memory-routing-state';
import { T0, profile } from '../state/testing/routing-state.fixtures';
import { RoutingEngine } from './routing-engine';

describe('timed passes of several routers', () => {
  const tenant = 'acme';
  let now: number;
  let events: RoutingEvent[];

  /** Two routers on one state, timers off: the test runs their timed passes on a clock it moves. */
  async function twoRouters() {
    const state = createMemoryRoutingState();
    const router = () => {
      const recorder = new RoutingRecorder(null, { now: () => new Date(now), newId });
      recorder.addListener((event) => events.push(event));
      return new RoutingEngine({ state, recorder, clock: () => now, newId, policy: { tickMs: 0, eventDriven: false, timedPassLeaseMs: 1000 } });
    };
    const [first, second] = [router(), router()];
    await state.putProfile(tenant, profile('ann'), now);
    await first.setPresence(tenant, 'ann', 'available', 'agent');
    await first.enqueue(tenant, { conversationId: 'c1', sourceChannel: 'chat' }, null);
    return { first, second };
  }

  const expiries = () => events.filter((event) => event.type === RoutingEventTypes.offerExpired).length;

  beforeEach(() => {
    now = T0;
    events = [];
  });

  it('runs a tenant on the router holding its lease only; another takes over when the holder stops renewing', async () => {
    const { first, second } = await twoRouters();
    expect(await first.runTimedPasses()).toEqual([tenant]);
    expect(await second.runTimedPasses()).toEqual([]);
    expect(events.filter((event) => event.type === RoutingEventTypes.offerMade)).toHaveLength(1);
    now += 20_000;
    expect(await second.runTimedPasses()).toEqual([tenant]); // the first vanished: it did not renew within the lease
    expect(expiries()).toBe(1);
  });

  it("takes over the tenants of a router that stops cleanly at once, not while it renews", async () => {
    const { first, second } = await twoRouters();
    await first.runTimedPasses();
    now += 500;
    expect(await first.runTimedPasses()).toEqual([tenant]);
    now += 900;
    expect(await second.runTimedPasses()).toEqual([]); // renewed 900 ms ago
    await first.stop();
    expect(await second.runTimedPasses()).toEqual([tenant]);
    expect(await first.runTimedPasses()).toEqual([]);
  });

  it('with the lease off, runs every tenant on every router, as before', async () => {
    const state = createMemoryRoutingState();
    const engine = (timedPassLeaseMs: number) =>
      new RoutingEngine({ state, recorder: new RoutingRecorder(null, { now: () => new Date(now), newId }), clock: () => now, newId, policy: { tickMs: 0, timedPassLeaseMs } });
    await engine(0).enqueue(tenant, { conversationId: 'c1', sourceChannel: 'chat' }, null);
    expect(await engine(0).runTimedPasses()).toEqual([tenant]);
    expect(await engine(0).runTimedPasses()).toEqual([tenant]);
  });
});
