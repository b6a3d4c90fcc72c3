import { testDedupStore } from '../testing/dedup-store.contract';
import { createMemoryDedupStore } from './memory-dedup-store';

testDedupStore('memory', async () => createMemoryDedupStore());
