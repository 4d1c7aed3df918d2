import { run } from './action.js';
import { limitHeapGrowth } from './engine/heap-policy.js';

limitHeapGrowth();
await run();
