// A small audit under Node 24 is started again with --liftoff-only on the command line. Its V8 ignores the flag set
// at run time, which is how the parser's loader keeps a small audit's parser in baseline code on Node 20 and 22
// (engine/parser-compile-policy.ts): it compiles the hot parts again with TurboFan on its own threads instead, and
// the process waits for those compiles at exit. Only where Node can replace the process (process.execve): the new
// Node's start-up (about 0.08 s here) is all it costs, where a child would cost a second process beside it.

import { BASELINE_PARSER_MAX_BYTES, baselineAtRunTime, userSetWasmFlags } from '../engine/parser-compile-policy.js';
import { RELAUNCHED } from './huge-pages.js';
import { relaunch } from './relaunch.js';
import { holdsCBytes } from './tree-bytes.js';

/** Whether an audit with `env` is started again for the flag, the tree's size aside. */
export function baselineRelaunchWanted(
  env: NodeJS.ProcessEnv,
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
  canReplace: boolean = typeof (process as { execve?: unknown }).execve === 'function',
): boolean {
  if (env[RELAUNCHED] || env.LKM_AUDIT_NO_RELAUNCH || !canReplace) return false;
  return !baselineAtRunTime(v8Version) && !userSetWasmFlags(execArgv, env.NODE_OPTIONS ?? '');
}

/** Replaces the process for an audit of `root` with at most the baseline's bytes of C; undefined when it runs here. */
export function relaunchForBaselineParser(
  root: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | undefined> | undefined {
  if (root === undefined || !baselineRelaunchWanted(env)) return undefined;
  if (holdsCBytes(root, BASELINE_PARSER_MAX_BYTES + 1)) return undefined;
  return relaunch({ ...env, [RELAUNCHED]: '1' }, ['--liftoff-only']);
}
