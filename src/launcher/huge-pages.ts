// A very large tree is audited in a process whose malloc asks Linux for transparent huge pages, and whose V8 has a
// larger young generation (see largeTreeV8Options). Most of such an audit's memory outside V8's heap is the texts
// and masked copies of its files (external strings, one malloc per 8 MB chunk, see scan/text-arena.ts), and this
// machine pays about 4 ms a megabyte in page faults for fresh memory (docs/performance.md, round 16). With 2 MB
// pages, drivers/ of Linux 6.1 (563 MB of C, 2.7 GB peak) took 8% less wall and 11 s less CPU over eight runs in
// turn (round 34); drivers/net and drivers/gpu (under 130 MB of C read, under 0.9 GB) gain nothing measurable, so
// smaller trees keep their start-up. glibc reads its tunables only when a process starts: the launcher starts the
// process again with GLIBC_TUNABLES set (see relaunch). Where THP is `never`, or the C library is not glibc, the
// setting does nothing.

import { userSetFlag } from '../engine/user-v8-flag.js';
import { relaunch } from './relaunch.js';
import { holdsCBytes } from './tree-bytes.js';

/** Bytes of C from which the audit runs with huge pages: half of drivers/' 563 MB, four times drivers/net's. */
export const HUGE_PAGES_MIN_C_BYTES = 256 * 1024 * 1024;

/** LKM_AUDIT_HUGE_PAGES_FROM (bytes of C) moves the line, to measure a tree either way. */
function minCBytes(env: NodeJS.ProcessEnv): number {
  const set = Number(env.LKM_AUDIT_HUGE_PAGES_FROM);
  return env.LKM_AUDIT_HUGE_PAGES_FROM && Number.isFinite(set) && set >= 0 ? set : HUGE_PAGES_MIN_C_BYTES;
}

const TUNABLE = 'glibc.malloc.hugetlb';
/** Set in the process started again: it never starts another. */
export const RELAUNCHED = 'LKM_AUDIT_RELAUNCHED';

/**
 * The environment to start the audit again with, for huge pages; undefined when it runs as it is: not Linux,
 * already started again, turned off (LKM_AUDIT_NO_RELAUNCH), or the user's GLIBC_TUNABLES says how malloc takes
 * huge pages already.
 */
export function hugePagesEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv | undefined {
  if (platform !== 'linux' || env[RELAUNCHED] || env.LKM_AUDIT_NO_RELAUNCH) return undefined;
  const tunables = env.GLIBC_TUNABLES ?? '';
  if (tunables.split(':').some((t) => t.startsWith(`${TUNABLE}=`))) return undefined;
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${TUNABLE}=1` : `${TUNABLE}=1`, [RELAUNCHED]: '1' };
}

/**
 * Starts the audit of `root` again with huge pages when the tree is that large (see relaunch): undefined when this
 * process runs it itself; else the status the audit ended with (undefined: it could not be started again, so this
 * process runs it after all).
 */
export function relaunchForHugePages(
  root: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | undefined> | undefined {
  if (root === undefined) return undefined;
  const wanted = hugePagesEnv(env);
  if (!wanted || !holdsCBytes(root, minCBytes(env))) return undefined;
  return relaunch(wanted, largeTreeV8Options(process.execArgv, env.NODE_OPTIONS ?? ''));
}

const SEMI_SPACE = '--max-semi-space-size';
/**
 * V8's options for a tree this large, which only a process's start takes; one the user set wins. A young
 * generation of 32 MB semi-spaces (16 by default): the lexed facts of every file survive their first collections and
 * were copied out of 16 MB ones again and again. `drivers/` in turn, both with huge pages: 75.2 / 63.2 / 73.7 / 60.5
 * / 65.4 s against 76.8 / 73.6 / 75.6 / 75.4 / 78.3 s, peak RSS 50-120 MB more (round 34).
 */
export function largeTreeV8Options(execArgv: readonly string[], nodeOptions: string): string[] {
  return userSetFlag(SEMI_SPACE, execArgv, nodeOptions) ? [] : [`${SEMI_SPACE}=32`];
}
