// The CLI runs its bundle through V8's code cache (src/launcher/code-cache.ts): the first run leaves the cache, later
// runs use it and report exactly what a run without it does; a cache that is damaged, or in a folder others may
// write, is never used, and the run goes on.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheWanted } from '../../src/launcher/code-cache.js';

const repo = path.join(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');
const target = path.join(repo, 'test/fixtures/correctness-defects');

function run(env: Record<string, string>, args = [target, '--format', 'json', '--fail-on', 'never']) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_DEBUG_CODE_CACHE: '1', ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  const state = /code cache: (.*) \((used|not used)\)/.exec(r.stderr);
  return { stdout: r.stdout, file: state?.[1], used: state?.[2] === 'used' };
}

/** The report without its timing and date. */
function conclusions(json: string) {
  const { findings, notes, modules, score } = JSON.parse(json);
  return { findings, notes, modules, score };
}

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'lkm-code-cache-')), 'cache');

describe('code cache', () => {
  // The first run also changes V8's wasm flags while it loads the C parser (see the loader): they are set back, or the
  // cache it writes would carry other flags than the next run's and be refused.
  it('is written by the first run and used by the next, with the same report as a run without it', () => {
    const dir = freshDir();
    const first = run({ LKM_AUDIT_CACHE_DIR: dir });
    expect(first.used).toBe(false);
    expect(readdirSync(dir)).toEqual([path.basename(first.file as string)]);
    const second = run({ LKM_AUDIT_CACHE_DIR: dir });
    expect(second.used).toBe(true);
    const without = run({ LKM_AUDIT_NO_CODE_CACHE: '1' });
    expect(without.file).toBe('off');
    expect(conclusions(second.stdout)).toEqual(conclusions(without.stdout));
    expect(conclusions(first.stdout)).toEqual(conclusions(without.stdout));
  }, 60_000);

  it("is kept apart for each set of Node's options, which V8 checks (a small audit under Node 24 runs with --liftoff-only)", () => {
    const dir = freshDir();
    const withOptions = (options: string[]) => {
      const r = spawnSync(process.execPath, [...options, cli, '--version'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_DEBUG_CODE_CACHE: '1', LKM_AUDIT_CACHE_DIR: dir },
      });
      return /code cache: (.*) \((used|not used)\)/.exec(r.stderr)?.slice(1, 3);
    };
    const plain = withOptions([]);
    const other = withOptions(['--max-semi-space-size=20']);
    expect(other?.[0]).not.toBe(plain?.[0]);
    // each is used by the next run with its options, neither replaced by the other
    expect(withOptions([])).toEqual([plain?.[0], 'used']);
    expect(withOptions(['--max-semi-space-size=20'])).toEqual([other?.[0], 'used']);
  }, 60_000);

  it('is given a bundle written in ASCII, which the launcher reads as Latin-1 instead of decoding UTF-8', () => {
    // A character beyond ASCII in a regular expression (esbuild leaves those as written) would undo it: write an escape.
    const bundle = readFileSync(path.join(repo, 'dist/cli-main.cjs'));
    const at = bundle.findIndex((b) => b > 0x7f);
    expect(at < 0 ? '' : bundle.subarray(Math.max(0, at - 60), at + 4).toString('utf8')).toBe('');
  });

  it('a damaged cache is refused by V8, the run goes on and leaves a good one', () => {
    const dir = freshDir();
    const { file } = run({ LKM_AUDIT_CACHE_DIR: dir }, ['--version']);
    writeFileSync(file as string, Buffer.concat([Buffer.alloc(8), Buffer.from('not V8 code cache data '.repeat(1000))]));
    const damaged = run({ LKM_AUDIT_CACHE_DIR: dir });
    expect(damaged.used).toBe(false);
    expect(conclusions(damaged.stdout).findings.length).toBeGreaterThan(0);
    expect(run({ LKM_AUDIT_CACHE_DIR: dir }).used).toBe(true);
  }, 60_000);

  it('a folder others can write, or a link, is not used: cached code there could be anyone’s', () => {
    const open = freshDir();
    mkdirSync(open, { recursive: true });
    chmodSync(open, 0o777);
    expect(run({ LKM_AUDIT_CACHE_DIR: open }).file).toBe('off');
    expect(readdirSync(open)).toEqual([]);

    const real = freshDir();
    mkdirSync(real, { recursive: true, mode: 0o700 });
    const link = `${real}-link`;
    symlinkSync(real, link);
    expect(run({ LKM_AUDIT_CACHE_DIR: link }).file).toBe('off');
  }, 60_000);

  it("keeps the three most recent other builds' caches when it writes its own, and lives under XDG_CACHE_HOME by default", () => {
    const xdg = freshDir();
    const dir = path.join(xdg, 'lkm-audit');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // four other builds, written a day apart: the oldest goes, the other three stay (two versions used in turn
    // must not remove each other's)
    const others = ['0123456789abcdef01234567', '1123456789abcdef01234567', '2123456789abcdef01234567', '3123456789abcdef01234567'];
    others.forEach((hash, i) => {
      const f = path.join(dir, `cli-${hash}-v20.0.0-x64.v8cache`);
      writeFileSync(f, `build ${i}`);
      const when = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(f, when, when);
    });
    const r = run({ XDG_CACHE_HOME: xdg }, ['--version']);
    expect(r.file?.startsWith(`${dir}/cli-`)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(
      [path.basename(r.file as string), ...others.slice(1).map((h) => `cli-${h}-v20.0.0-x64.v8cache`)].sort(),
    );
    expect(readFileSync(r.file as string).length).toBeGreaterThan(100_000);
  }, 60_000);

  it('a run with worker threads never replaces a one-thread run’s cache, and a one-thread run replaces its', () => {
    // the workers compile the per-file work, so the main thread's code of such a run lacks it (a typical audit with
    // that cache took 0.50 s instead of 0.45)
    const headerOf = (file: string) => readFileSync(file).subarray(0, 16);
    const workers = { LKM_PARALLEL_MIN_BYTES: '0' };
    const audit = [target, '--format', 'json', '--fail-on', 'never'];
    const dir = freshDir();
    const short = run({ LKM_AUDIT_CACHE_DIR: dir }, ['--version']);
    const oneThread = readFileSync(short.file as string);
    expect(oneThread.readDoubleLE(8)).toBe(0);
    // lasting far longer than `--version`, it would have replaced the cache before
    const long = run({ LKM_AUDIT_CACHE_DIR: dir, ...workers }, [...audit, '--jobs', '2']);
    expect(long.used).toBe(true);
    expect(readFileSync(short.file as string).equals(oneThread)).toBe(true);

    const other = freshDir();
    const first = run({ LKM_AUDIT_CACHE_DIR: other, ...workers }, [...audit, '--jobs', '2']);
    expect(headerOf(first.file as string).readDoubleLE(8)).toBe(1);
    run({ LKM_AUDIT_CACHE_DIR: other }, ['--version']);
    expect(headerOf(first.file as string).readDoubleLE(8)).toBe(0);
  }, 120_000);

  it('is refreshed by a longer run of the same kind only', () => {
    const one = (lasted: number) => ({ lasted, workers: false });
    const many = (lasted: number) => ({ lasted, workers: true });
    expect(cacheWanted(undefined, many(10))).toBe(true);
    expect(cacheWanted(one(100), one(151))).toBe(true);
    expect(cacheWanted(one(100), one(149))).toBe(false);
    expect(cacheWanted(one(100), many(10_000))).toBe(false);
    expect(cacheWanted(many(10_000), one(5))).toBe(true);
    expect(cacheWanted(many(100), many(200))).toBe(true);
  });
});
