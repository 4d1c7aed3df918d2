// LKM_TIMING=1 prints where an audit's time went (phases and the slowest rules) to stderr, like ESLint's
// TIMING: the figures docs/performance.md starts from; LKM_TIMING=all prints every row, not only the slowest.
// Off, it costs one property read per phase. Beside each phase's time, the pages it touched for the first time
// (minor page faults): on a virtual machine whose host backs memory lazily, a new page costs some 12 us, and an
// audit that grows and drops memory pays that again and again (see docs/performance.md, round 21).

const enabled = Boolean(process.env.LKM_TIMING);
const everyRow = process.env.LKM_TIMING === 'all';
const spent = new Map<string, number>();
const faulted = new Map<string, number>();

const minorFaults = (): number => process.resourceUsage().minorPageFault;

/** Runs `fn`, adding its wall time to `label` when timing is on. */
export function timed<T>(label: string, fn: () => T): T {
  if (!enabled) return fn();
  const t0 = performance.now();
  const f0 = minorFaults();
  try {
    return fn();
  } finally {
    spent.set(label, (spent.get(label) ?? 0) + performance.now() - t0);
    faulted.set(label, (faulted.get(label) ?? 0) + minorFaults() - f0);
  }
}

/** Adds a span measured elsewhere (an awaited phase). */
export function addTiming(label: string, ms: number): void {
  if (enabled) spent.set(label, (spent.get(label) ?? 0) + ms);
}

const counts = new Map<string, number>();

/** A count to print under the table (the cleanup walks this thread made). */
export function setCount(label: string, value: number): void {
  if (enabled) counts.set(label, value);
}

/** The table, slowest first (`limit` rows), with the process's life so far for scale. */
export function printTimings(limit = 25): void {
  if (!enabled) return;
  const rows = [...spent].sort((a, b) => b[1] - a[1]).slice(0, everyRow ? undefined : limit);
  const width = Math.max(...rows.map(([k]) => k.length), 5);
  const alive = `process alive ${Math.round(performance.now())} ms, ${minorFaults()} pages touched`;
  const lines = [`${'phase'.padEnd(width)}        ms   pages (${alive})`];
  for (const [k, ms] of rows) {
    const pages = faulted.get(k);
    const row = `${k.padEnd(width)}  ${ms.toFixed(1).padStart(8)}`;
    lines.push(pages === undefined ? row : `${row}  ${String(pages).padStart(6)}`);
  }
  for (const [k, n] of counts) lines.push(`${k}: ${n}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
