// Built-in modules that only some commands use (a build, checkpatch, coccinelle, git, the interactive fix; hashes
// for SARIF fingerprints and the aggregate page), loaded when first called rather than when the program starts: an
// audit runs no process and a text or JSON report hashes nothing, and loading node:child_process, node:readline and
// node:crypto took about 6 ms of every start (measured on `--version`).

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const readline = (): typeof import('node:readline') => load('node:readline');
export const crypto = (): typeof import('node:crypto') => load('node:crypto');
