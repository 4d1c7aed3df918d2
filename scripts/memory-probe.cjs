// The memory of an audit over its run, thread by thread: loaded with `--require`, it appends every few seconds one
// line per thread (the main thread and each worker, which inherits the option) with the process's RSS and the
// thread's heap used and reserved, external memory and ArrayBuffers, in MB. The timer waits for the thread's
// synchronous work, so the lines come when each thread yields. Not part of `npm test`.
//
//   LKM_MEMORY_PROBE=out.log node --require ./scripts/memory-probe.cjs --max-old-space-size=12288 dist/cli.js TREE ...
//
// docs/performance.md quotes it on drivers/ of Linux 6.1 (round 27).

const { appendFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');

const out = process.env.LKM_MEMORY_PROBE || 'memory-probe.log';
const every = Number(process.env.LKM_MEMORY_PROBE_MS || 5000);
const started = Date.now();
const mb = (bytes) => Math.round(bytes / 1e6);

setInterval(() => {
  const m = process.memoryUsage();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  appendFileSync(
    out,
    `${seconds} s thread ${threadId}: rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} ` +
      `external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}\n`,
  );
}, every).unref();
