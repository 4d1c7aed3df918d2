// A tree too large for the heap Node was given fails late: V8 stops the process out of memory after minutes of
// work, with a stack trace that names nothing the user can act on. Right after the scan, the C bytes read tell
// roughly what the audit will need; when that nears the limit, the user hears it at once, with the setting to use.

import { getHeapStatistics } from 'node:v8';

/**
 * Heap per byte of C read, at its peak, plus what any audit holds. Round 3 measured about 6 on net/wireless and
 * drivers/ (563 MB) stopped at Node's 4 GB default; since the texts live outside the heap (round 16) the main
 * thread's peak is 1.08 GB for drivers/' 556 MB (memory-probe, round 33), 270 MB for drivers/net's 122 MB and 112 MB
 * for net/wireless' 42 MB (`--trace-gc`, round 34): under 1.9 a byte past the base, given a third more here.
 */
const HEAP_PER_C_BYTE = 2.5;
const BASE_HEAP_BYTES = 64 * 1024 * 1024;
const GB = 1024 * 1024 * 1024;

/** Undefined when `cBytes` of C should fit in the heap limit; else a message saying what to set. */
export function heapWarning(cBytes: number, limit: number = getHeapStatistics().heap_size_limit): string | undefined {
  const need = BASE_HEAP_BYTES + cBytes * HEAP_PER_C_BYTE;
  if (need <= limit * 0.9) return undefined;
  const suggestMb = Math.ceil((need * 1.5) / GB) * 1024;
  return (
    `this tree holds ${size(cBytes)} of C: auditing it takes about ${size(need)} of memory, and Node's heap limit ` +
    `here is ${size(limit)}; if the audit stops out of memory, run it with NODE_OPTIONS=--max-old-space-size=${suggestMb}`
  );
}

function size(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(1)} GB`;
  const mb = bytes / (1024 * 1024);
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}
