// The CLI and the action cap how far V8 lets the heap grow past the live data (see src/engine/heap-policy.ts);
// a user who set the flag themselves keeps their value.

import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/engine/heap-policy.js';

describe('limitHeapGrowth', () => {
  it("leaves the user's own setting alone, on the command line or in NODE_OPTIONS", () => {
    expect(limitHeapGrowth(['--heap-growing-percent=80'], '')).toBe(false);
    expect(limitHeapGrowth([], '--max-old-space-size=4096 --heap-growing-percent=80')).toBe(false);
  });

  it('sets the flag otherwise, and V8 accepts it at run time', () => {
    expect(limitHeapGrowth([], '--max-old-space-size=4096')).toBe(true);
  });
});
