import { main } from './cli.js';

/** Set when main() has settled: an exit before that is not a finished audit. */
let finished = false;
// Should the run ever wait on something that never comes (a promise nobody settles), Node would exit 0 once nothing
// is left to do, and a CI job would pass without a report: say so and fail instead. (It happened under Node 24.)
process.on('exit', (code) => {
  if (finished || code !== 0) return;
  process.stderr.write('lkm-audit: internal error: the run stopped before it finished, without a report\n');
  process.exitCode = 70;
});

// No top-level await: the launcher (src/launcher) runs this bundle as a CommonJS script through the code cache.
void main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  stderrStream: process.stderr,
}).then((code) => {
  finished = true;
  // Exit as soon as the output is flushed: waiting for the event loop to drain would also wait for V8's background
  // optimisation of the parser's wasm, which a short run never uses (~0.15 s idle).
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
