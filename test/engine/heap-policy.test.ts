// The CLI and the action cap how far V8 lets the heap grow past the live data (see src/engine/heap-policy.ts);
// a user who set the flag themselves keeps their value.

import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/engine/heap-policy.js';
import { runAfterPolicy } from '../helpers/policy-process.js';

/**
 * A process that keeps 2M small objects alive while it makes 8M it drops (what lexing a tree does), calling
 * limitHeapGrowth first: the heap V8 has committed at the end, in MB.
 */
function committedHeap(nodeFlags: string[]): number {
  const out = runAfterPolicy(
    'heap-policy',
    'limitHeapGrowth',
    `const keep = [];
for (let r = 0; r < 40; r++) {
  for (let i = 0; i < 50000; i++) keep.push({ a: i, b: 'k' + r + '-' + i });
  let junk = [];
  for (let i = 0; i < 200000; i++) junk.push({ a: i, b: 'j' + r + '-' + i });
  junk = null;
}
console.log(Math.round(require('v8').getHeapStatistics().total_heap_size / 1e6));`,
    nodeFlags,
  );
  return Number(out.trim());
}

describe('limitHeapGrowth', () => {
  it("leaves the user's own setting alone, on the command line or in NODE_OPTIONS", () => {
    expect(limitHeapGrowth(['--heap-growing-percent=80'], '')).toBe(false);
    expect(limitHeapGrowth([], '--max-old-space-size=4096 --heap-growing-percent=80')).toBe(false);
    expect(limitHeapGrowth([], '--heap_growing_percent=80')).toBe(false);
  });

  it('sets the flag otherwise, and V8 accepts it at run time', () => {
    expect(limitHeapGrowth([], '--max-old-space-size=4096')).toBe(true);
  });

  it('keeps the committed heap near the live data, where V8 alone lets it grow far past it', () => {
    // with the user's own `--heap-growing-percent=0` (V8's dynamic default) the policy stands aside
    const uncapped = committedHeap(['--heap-growing-percent=0']);
    const capped = committedHeap([]);
    // measured: about 250 MB capped, 356-437 MB uncapped, for about 225 MB alive
    expect(capped).toBeGreaterThan(150);
    expect(capped).toBeLessThan(uncapped * 0.9);
  }, 60_000);
});
