import { createMemoryRoutingState } from '../state/memory/memory-routing-state';
import { checkConcurrentRouters, expectEveryPathExercised } from '../testing/concurrent-routers.property';

describe('several routers on the memory state (property)', () => {
  it('never assigns a contact twice nor fills an agent beyond capacity, whatever happens', async () => {
    const seen = await checkConcurrentRouters(
      async () => {
        // The embedded mode has one state per process: the routers share it, interleaving at every await.
        const state = createMemoryRoutingState();
        return { states: [state, state, state], reader: state, cleanup: () => state.close() };
      },
      { routers: 3, numRuns: 300, maxBatches: 40 },
    );
    expectEveryPathExercised(seen);
    if (process.env['SB_SHOW_PROPERTY_COUNTS']) process.stdout.write(`${JSON.stringify([...seen])}\n`);
  });
});
