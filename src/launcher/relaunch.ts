// Starts the running program again, the same Node with the same options, script and arguments, in another
// environment and with options only a process's start takes (see huge-pages: glibc reads its tunables then, and V8
// sizes the main thread's young generation only from the command line). Where Node can replace the
// process (process.execve, Node 22.15 and later) it does, and the new program keeps the pid, the output and the
// exit status. Otherwise (Node 20) a child runs with the same standard streams while this process waits: the
// signals that stop a run (^C, a CI job cancelled) reach the child, and its status or signal becomes this process's.

import { spawn } from 'node:child_process';

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the program again with `env`, and Node's options `options` after its own: never returns where the process is
 * replaced; otherwise resolves with the child's exit status once it ended, or with undefined when it could not start
 * (the caller then runs as it is).
 */
export function relaunch(
  env: NodeJS.ProcessEnv,
  options: readonly string[] = [],
  script = process.argv[1],
  args = process.argv.slice(2),
): Promise<number | undefined> {
  const argv = [...process.execArgv, ...options, script, ...args];
  const execve = (process as { execve?: Execve }).execve;
  if (typeof execve === 'function') {
    try {
      execve(process.execPath, [process.execPath, ...argv], env);
    } catch {
      // not allowed here (a policy, a platform without it): a child instead
    }
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of STOPPING) process.on(s, forward);
    const done = () => {
      for (const s of STOPPING) process.off(s, forward);
    };
    child.once('error', () => {
      done();
      resolve(undefined);
    });
    child.once('exit', (code, signal) => {
      done();
      // stopped by a signal: so is this process, for whoever waits on it
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
