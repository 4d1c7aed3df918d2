// Resource caps of one build. They bound what a hostile Makefile can take from the machine: CPU time and address
// space per process, the number of processes (a fork bomb stops at it), the size of any file written, the private
// /tmp, and how much of the log is kept.

export interface BuildLimits {
  /** RLIMIT_CPU of every process, in seconds. */
  cpuSeconds: number;
  /** RLIMIT_AS of every process (virtual memory), in bytes. */
  addressSpaceBytes: number;
  /** RLIMIT_NPROC: processes of the sandbox's user (counted per sandbox, in its own user namespace). */
  processes: number;
  /** RLIMIT_FSIZE: the largest file a process may write, in bytes. */
  fileBytes: number;
  /** Size of the sandbox's private /tmp. */
  tmpBytes: number;
  /** Build output kept in memory; the rest is left out with a note. */
  logBytes: number;
  /** Bytes of repository files copied for the build; files past it are not copied, with a note. */
  copyBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: BuildLimits = {
  cpuSeconds: 300,
  addressSpaceBytes: 4096 * MiB,
  processes: 256,
  fileBytes: 1024 * MiB,
  tmpBytes: 512 * MiB,
  logBytes: 8 * MiB,
  copyBytes: 512 * MiB,
};

/**
 * `prlimit` arguments (util-linux) setting the caps on the command that follows. The process cap is left out when
 * the build runs without a sandbox: there it would count every process of the user, not just the build's.
 */
export function prlimitArgs(limits: BuildLimits, withProcessCap: boolean): string[] {
  const args = [`--cpu=${limits.cpuSeconds}`, `--as=${limits.addressSpaceBytes}`, `--fsize=${limits.fileBytes}`, '--core=0'];
  if (withProcessCap) args.push(`--nproc=${limits.processes}`);
  return ['prlimit', ...args, '--'];
}
