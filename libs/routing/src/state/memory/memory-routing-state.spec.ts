import { testRoutingState } from '../testing/routing-state.contract';
import { createMemoryRoutingState } from './memory-routing-state';

describe('memory routing state', () => {
  testRoutingState(async () => createMemoryRoutingState());
});
