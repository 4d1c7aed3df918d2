// Where the repository's Makefile runs. By default in a sandbox: no network, the file system read-only except the
// copy of the tree, a private /tmp, no view of home folders, /run (sockets) or other processes, under the caps of
// limits.ts. bubblewrap first, util-linux `unshare` when bwrap is missing or cannot create namespaces here;
// when neither works the build is refused unless the user asked for `none`.

import { childProcess } from '../engine/builtins.js';
import { chownSync, lstatSync, mkdtempSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BuildLimits, DEFAULT_LIMITS, prlimitArgs } from './limits.js';
import { UNSHARE_SCRIPT } from './unshare-script.js';

export const SANDBOX_MODES = ['auto', 'bwrap', 'unshare', 'none'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];
export type SandboxKind = Exclude<SandboxMode, 'auto'>;

export interface SandboxTools {
  /** Program names (tests point them at missing ones to see the refusal). */
  bwrap: string;
  unshare: string;
}

export const DEFAULT_TOOLS: SandboxTools = { bwrap: 'bwrap', unshare: 'unshare' };

/** What the build is run with: the program and its arguments, around the make command line. */
export interface Command {
  file: string;
  args: string[];
}

export interface SandboxSpec {
  /** The copy of the tree: the only place the build may write. */
  copy: string;
  /** Header trees (real paths), visible read-only. */
  readOnly: string[];
  limits: BuildLimits;
}

export class SandboxUnavailableError extends Error {}

/** Read-only system folders the toolchain lives in; symbolic links (merged /usr) are recreated as links. */
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/etc', '/opt'];

/**
 * The uid a root audit builds as. Root is exempt from RLIMIT_NPROC, so a fork bomb would not stop; `nobody` is not,
 * and owns nothing on the system.
 */
export const NOBODY = { uid: 65534, gid: 65534 };

export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function dropRoot(): string[] {
  return runsAsRoot() ? ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups', '--'] : [];
}

function systemBinds(): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    try {
      const st = lstatSync(dir);
      if (st.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
      else if (st.isDirectory()) args.push('--ro-bind', dir, dir);
    } catch {
      // not on this system
    }
  }
  return args;
}

/** bwrap options that older releases lack (0.8.0 added both); the probe finds out which work. */
export interface BwrapFeatures {
  disableUserns: boolean;
  tmpfsSize: boolean;
}

function bwrapArgs(spec: SandboxSpec, features: BwrapFeatures): string[] {
  const args = ['--unshare-all', '--unshare-user', '--die-with-parent', '--new-session'];
  if (features.disableUserns) args.push('--disable-userns');
  args.push(...systemBinds(), '--dev', '/dev', '--proc', '/proc');
  if (features.tmpfsSize) args.push('--size', String(spec.limits.tmpBytes));
  args.push('--tmpfs', '/tmp');
  for (const dir of spec.readOnly) args.push('--ro-bind', dir, dir);
  // Last: the sandbox's own root (a tmpfs holding the mount points) becomes read-only too.
  args.push('--bind', spec.copy, spec.copy, '--remount-ro', '/', '--chdir', spec.copy);
  return args;
}

function unshareArgs(spec: SandboxSpec): string[] {
  return [
    ...['--user', '--map-root-user', '--mount', '--net', '--pid', '--ipc', '--uts', '--fork', '--kill-child'],
    ...['--', 'sh', '-c', UNSHARE_SCRIPT, 'lkm-audit-sandbox', spec.copy, String(spec.limits.tmpBytes), ...spec.readOnly, '--'],
  ];
}

export interface Sandbox {
  kind: SandboxKind;
  /** The command line that runs `argv` (make and its arguments) under this sandbox and the caps. */
  wrap(spec: SandboxSpec, argv: string[]): Command;
}

function commandOf(parts: string[]): Command {
  return { file: parts[0], args: parts.slice(1) };
}

function bwrapSandbox(tools: SandboxTools, features: BwrapFeatures): Sandbox {
  return {
    kind: 'bwrap',
    wrap: (spec, argv) =>
      commandOf([...dropRoot(), tools.bwrap, ...bwrapArgs(spec, features), '--', ...prlimitArgs(spec.limits, true), ...argv]),
  };
}

function unshareSandbox(tools: SandboxTools): Sandbox {
  return {
    kind: 'unshare',
    // unshare has no --die-with-parent: setpriv gives it the parent-death signal (kept across exec), and
    // --kill-child passes the death on to the sandbox's pid 1.
    wrap: (spec, argv) =>
      commandOf([
        ...dropRoot(),
        ...['setpriv', '--pdeathsig=KILL', '--'],
        tools.unshare,
        ...unshareArgs(spec),
        ...prlimitArgs(spec.limits, true),
        ...argv,
      ]),
  };
}

const NO_SANDBOX: Sandbox = {
  kind: 'none',
  wrap: (spec, argv) => commandOf([...prlimitArgs(spec.limits, false), ...argv]),
};

/** A folder the sandbox user may write: what the build's copy will be. */
export function makeBuildDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  if (runsAsRoot()) chownSync(dir, NOBODY.uid, NOBODY.gid);
  return dir;
}

/** Runs `true` in the sandbox; undefined when that worked, else the first line of what went wrong. */
function tryOut(sandbox: Sandbox): string | undefined {
  const dir = makeBuildDir('lkm-audit-probe-');
  try {
    const { file, args } = sandbox.wrap({ copy: dir, readOnly: [], limits: DEFAULT_LIMITS }, ['true']);
    const r = childProcess().spawnSync(file, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error) return (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file} is not installed` : r.error.message;
    if (r.status === 0) return undefined;
    const why = `${r.stderr}`.trim().split('\n').filter(Boolean).at(-1);
    return why ?? `exit status ${r.status ?? r.signal}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function findBwrap(tools: SandboxTools): Sandbox | string {
  let why = '';
  for (const features of [
    { disableUserns: true, tmpfsSize: true },
    { disableUserns: false, tmpfsSize: false },
  ]) {
    const sandbox = bwrapSandbox(tools, features);
    const failed = tryOut(sandbox);
    if (!failed) return sandbox;
    why ||= failed;
    if (failed.endsWith('is not installed')) break;
  }
  return why;
}

function findUnshare(tools: SandboxTools): Sandbox | string {
  const sandbox = unshareSandbox(tools);
  return tryOut(sandbox) ?? sandbox;
}

const found = new Map<string, Sandbox>();

/**
 * The sandbox for `mode`, tried out once per process. Throws SandboxUnavailableError, saying what failed and what to
 * do, when the mode asks for a sandbox that cannot run here.
 */
export function chooseSandbox(mode: SandboxMode, tools: SandboxTools = DEFAULT_TOOLS): Sandbox {
  if (mode === 'none') return NO_SANDBOX;
  const key = `${mode}\0${tools.bwrap}\0${tools.unshare}`;
  const cached = found.get(key);
  if (cached) return cached;
  const reasons: string[] = [];
  for (const kind of mode === 'auto' ? (['bwrap', 'unshare'] as const) : [mode]) {
    const got = kind === 'bwrap' ? findBwrap(tools) : findUnshare(tools);
    if (typeof got !== 'string') {
      found.set(key, got);
      return got;
    }
    reasons.push(`${kind === 'bwrap' ? tools.bwrap : tools.unshare}: ${got}`);
  }
  throw new SandboxUnavailableError(
    `build mode runs the repository's Makefile and needs a sandbox, but none could be set up here (${reasons.join('; ')}). ` +
      'Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap) and allow user namespaces ' +
      '(Ubuntu 24.04: sysctl kernel.apparmor_restrict_unprivileged_userns=0), ' +
      'or pass --build-sandbox=none (action input build-sandbox: none) to run it without one, only on code you trust.',
  );
}
