import { main } from './cli.js';

// No top-level await: the launcher (src/launcher) runs this bundle as a CommonJS script through the code cache.
void main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  stderrStream: process.stderr,
}).then((code) => {
  // Exit as soon as the output is flushed: waiting for the event loop to drain would also wait for V8's background
  // optimisation of the parser's wasm, which a short run never uses (~0.15 s idle).
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
