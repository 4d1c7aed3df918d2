// Built-in modules that only some commands use (a build, checkpatch, coccinelle, git, the interactive fix), loaded
// when first called rather than when the program starts: an audit never runs a process, and loading
// node:child_process and node:readline took about 3 ms of every start (measured on `--version`).

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const readline = (): typeof import('node:readline') => load('node:readline');
