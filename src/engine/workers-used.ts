// Whether this process handed work to worker threads. The code of that work then runs in the workers, so the main
// thread's compiled code, which the CLI's code cache keeps (src/launcher/code-cache.ts), lacks it. A global, read
// by the launcher, which is bundled apart from the program (dist/cli.js beside dist/cli-main.cjs).

const KEY = Symbol.for('lkm-audit.workers-used');

export function noteWorkersUsed(): void {
  (globalThis as Record<symbol, unknown>)[KEY] = true;
}

export function workersUsed(): boolean {
  return (globalThis as Record<symbol, unknown>)[KEY] === true;
}
