// Compiles many tiny probe modules against one kernel header tree in a single kbuild run and reports which
// compiled. One make per kernel: kbuild costs seconds even with nothing to do.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Header trees on this machine for a series ('6.1', '6.12'), newest first. */
export function headerTrees(series: string): string[] {
  const base = '/usr/src';
  if (!existsSync(base)) return [];
  const re = new RegExp(`^linux-headers-${series.replace('.', '\\.')}\\.\\d+.*-amd64$`);
  return readdirSync(base)
    .filter((d) => re.test(d) && existsSync(join(base, d, 'Makefile')))
    .map((d) => join(base, d))
    .sort()
    .reverse();
}

export interface ProbeResult {
  compiled: Map<string, boolean>;
  log: string;
}

/** `files`: probe name (a C identifier) -> source. Returns, per name, whether its object file was produced. */
export async function buildProbes(headers: string, files: Record<string, string>): Promise<ProbeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lkm-probe-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.c`), files[name]);
    writeFileSync(join(dir, 'Kbuild'), `obj-m := ${names.map((n) => `${n}.o`).join(' ')}\n`);
    let log = '';
    try {
      // -k: keep compiling after a failing probe; modpost is not needed to know whether the C compiles.
      const r = await run('make', ['-k', '-j4', '-C', headers, `M=${dir}`, ...names.map((n) => `${n}.o`)], {
        env: { ...process.env, LANG: 'C', LC_ALL: 'C' },
        maxBuffer: 64 * 1024 * 1024,
      });
      log = r.stdout + r.stderr;
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      log = (err.stdout ?? '') + (err.stderr ?? '');
    }
    const compiled = new Map(names.map((n) => [n, existsSync(join(dir, `${n}.o`))]));
    return { compiled, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
