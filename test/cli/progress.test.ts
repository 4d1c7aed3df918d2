// The progress bar: on a terminal (a real pseudo-terminal from util-linux `script`) it is drawn on stderr; piped,
// under CI=true or with --quiet nothing extra appears.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressWanted } from '../../src/progress.js';
import { makeHistory, type Step } from '../helpers/git-history.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';
import { tempDistCli } from '../helpers/temp-dist.js';

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn('pseudo-terminal progress tests skipped: util-linux `script` is not installed');

/** The environment of a person's shell: no CI markers. */
function personEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, TERM: 'xterm-256color', COLUMNS: '160', LINES: '40', ...extra };
  return env;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI under a pseudo-terminal; what the terminal showed (stdout and stderr together). */
function underPty(args: string[], env: NodeJS.ProcessEnv): { status: number | null; screen: string } {
  const cmd = [process.execPath, cli, ...args].map(shellQuote).join(' ');
  const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], { encoding: 'utf8', env, timeout: 300_000 });
  return { status: r.status, screen: r.stdout };
}

const BAR = /[█░]/;
let cli: string;
let repo: string;
beforeAll(() => {
  cli = tempDistCli();
  const steps: Step[] = Array.from({ length: 6 }, (_, i) => ({
    message: `step ${i}`,
    date: `2024-0${i + 1}-01T00:00:00Z`,
    files: { ...GOOD_MODULE, [`f${i}.c`]: `int f${i};\n` },
  }));
  repo = makeHistory(steps);
}, 120_000);

describe('progress bar', () => {
  it('is wanted only on a terminal, outside CI and without --quiet', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    expect(progressWanted({ stream: tty, env: {} })).toBe(true);
    expect(progressWanted({ stream: tty, env: { CI: 'true' } })).toBe(false);
    expect(progressWanted({ stream: tty, env: { GITHUB_ACTIONS: 'true' } })).toBe(false);
    expect(progressWanted({ stream: tty, env: {}, quiet: true })).toBe(false);
    expect(progressWanted({ stream: { isTTY: false } as NodeJS.WriteStream, env: {} })).toBe(false);
    expect(progressWanted({ stream: undefined, env: {} })).toBe(false);
  });

  it.skipIf(!hasScript)('history draws revisions done, the current one, elapsed and remaining time on a terminal', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-pty-')), 'h.json');
    const r = underPty(['history', repo, '--format', 'json', '--output', out], personEnv());
    expect(r.status).toBe(0);
    expect(r.screen).toMatch(BAR);
    expect(r.screen).toMatch(/lkm-audit .* \d\/6 revisions \| \d+s elapsed, ETA \S+ \| [0-9a-f]{7}/);
    expect(r.screen).toContain('revisions/s');
  });

  it.skipIf(!hasScript)('the audit and aggregate draw one too; CI=true and --quiet draw none, even on a terminal', () => {
    const report = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-pty-')), 'r.json');
    const audit = underPty([repo, '--format', 'json', '--output', report, '--fail-on', 'never'], personEnv());
    expect(audit.status).toBe(0);
    expect(audit.screen).toMatch(/rules on \d+ files/);
    expect(audit.screen).toMatch(BAR);
    const agg = underPty(['aggregate', report, report, '--format', 'json', '--output', `${report}.agg`], personEnv());
    expect(agg.status).toBe(0);
    expect(agg.screen).toMatch(/\d\/2 reports/);
    expect(agg.screen).toMatch(BAR);
    for (const env of [personEnv({ CI: 'true' }), personEnv({ GITHUB_ACTIONS: 'true' })]) {
      const ci = underPty(['history', repo, '--format', 'json', '--output', path.join(tmpdir(), 'lkm-pty-ci.json')], env);
      expect(ci.status).toBe(0);
      expect(ci.screen).not.toMatch(BAR);
      expect(ci.screen).toMatch(/^lkm-audit history: 6 of 6 revisions in [\d.]+ s \([\d.]+ revisions\/s, \d workers?\)\r?\n$/);
    }
    const quiet = underPty(
      ['history', repo, '--format', 'json', '--output', path.join(tmpdir(), 'lkm-pty-q.json'), '--quiet'],
      personEnv(),
    );
    expect(quiet.status).toBe(0);
    expect(quiet.screen).toBe('');
  });

  it('piped (not a terminal), stderr holds nothing but the timing line', () => {
    const r = spawnSync(process.execPath, [cli, 'history', repo, '--format', 'json'], { encoding: 'utf8', env: personEnv() });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^lkm-audit history: 6 of 6 revisions in [\d.]+ s \([\d.]+ revisions\/s, \d workers?\)\n$/);
    expect(JSON.parse(r.stdout).entries).toHaveLength(6);
    const a = spawnSync(process.execPath, [cli, repo, '--fail-on', 'never'], { encoding: 'utf8', env: personEnv() });
    expect(a.stderr).toBe('');
    // A workflow whose YAML uses a collection as a key: the parser's warning must not reach the log.
    const odd = writeRepo({
      ...GOOD_MODULE,
      '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - ? [a, b]\n        : c\n',
    });
    const y = spawnSync(process.execPath, [cli, odd, '--fail-on', 'never'], { encoding: 'utf8', env: personEnv() });
    expect(y.status).toBe(0);
    expect(y.stderr).toBe('');
  });
});
