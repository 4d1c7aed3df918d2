import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('dist/cli.js');
const fixture = path.resolve('test/fixtures/correctness-defects');

/** The LKM_TIMING table of one audit of the fixture: each row's milliseconds and pages touched. */
function timingTable(repo = fixture): { header: string; rows: Map<string, { ms: number; pages?: number }>; counts: Map<string, number> } {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'lkm-timing-')), 'report.json');
  const r = spawnSync(process.execPath, [cli, repo, '--format', 'json', '--output', out, '--fail-on', 'never', '--quiet'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_TIMING: 'all', LKM_AUDIT_NO_CODE_CACHE: '1' },
  });
  expect(r.status, r.stderr).toBe(0);
  const [header, ...lines] = r.stderr.trim().split('\n');
  const rows = new Map<string, { ms: number; pages?: number }>();
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = /^(.+?)\s+(\d+\.\d)(?:\s+(\d+))?$/.exec(line);
    if (m) rows.set(m[1], { ms: Number(m[2]), pages: m[3] === undefined ? undefined : Number(m[3]) });
    const c = /^(.+): (\d+)$/.exec(line);
    if (c) counts.set(c[1], Number(c[2]));
  }
  return { header, rows, counts };
}

describe('LKM_TIMING', () => {
  it('gives each phase its time and the pages it touched first, within the process totals', () => {
    const { header, rows } = timingTable();
    const totals = /process alive (\d+) ms, (\d+) pages touched/.exec(header);
    expect(totals, header).not.toBeNull();
    const [alive, touched] = [Number(totals?.[1]), Number(totals?.[2])];
    const model = rows.get('model');
    const cFiles = rows.get('model: C files');
    expect(model?.pages).toBeGreaterThan(0);
    expect(cFiles?.pages).toBeGreaterThanOrEqual(0);
    // the C files are lexed inside the model's phase: neither time nor pages can exceed it, nor it the process
    expect(cFiles?.ms ?? Infinity).toBeLessThanOrEqual(model?.ms ?? 0);
    expect(cFiles?.pages ?? Infinity).toBeLessThanOrEqual(model?.pages ?? 0);
    expect(model?.ms ?? Infinity).toBeLessThanOrEqual(alive);
    expect(model?.pages ?? Infinity).toBeLessThanOrEqual(touched);
    // every rule ran timed, so every rule's row has its pages
    const ruleRows = [...rows].filter(([k]) => k.startsWith('rule '));
    expect(ruleRows.length).toBeGreaterThan(20);
    for (const [k, v] of ruleRows) expect(v.pages, k).toBeTypeOf('number');
  });

  it('counts the cleanup walks and their steps (the figures docs/performance.md gives since round 27)', () => {
    const { counts } = timingTable();
    const walks = counts.get('cleanup walks in the main thread') ?? 0;
    expect(walks).toBeGreaterThan(0);
    // a walk takes one step at least; the fixture's are short, far below the budget of 3,000 each
    expect(counts.get('their steps')).toBeGreaterThanOrEqual(walks);
    expect(counts.get('their steps')).toBeLessThan(walks * 3000);
    expect(counts.get('walks that met the step limit')).toBe(0);
    expect(counts.get('their steps (the limit reached)')).toBe(0);
  });

  /**
   * A module whose init tests 14 flags, each setting a value on one branch only; `reads`: a test that reads them all
   * at the end; `early`: each value read by a test right after it is set, and never again.
   */
  const manyPaths = (reads: boolean, early = false) => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'lkm-timing-paths-'));
    writeFileSync(path.join(repo, 'Makefile'), 'obj-m := m.o\n');
    const tests = Array.from(
      { length: 14 },
      (_, i) => `\tif (flags & ${1 << i})\n\t\tv${i} = 0;\n${early ? `\tif (v${i})\n\t\tflags++;\n` : ''}`,
    ).join('');
    const decls = Array.from({ length: 14 }, (_, i) => `\tint v${i} = 1;\n`).join('');
    const read = reads ? `\tif (${Array.from({ length: 14 }, (_, i) => `v${i}`).join(' || ')})\n\t\tflags = 0;\n` : '';
    writeFileSync(
      path.join(repo, 'm.c'),
      `// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/slab.h>

static int flags;
static void *buf;

static int __init m_init(void)
{
${decls}
	buf = kmalloc(16, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
${tests}${read}
	return 0;
}

static void __exit m_exit(void)
{
	kfree(buf);
}
module_init(m_init);
module_exit(m_exit);
MODULE_LICENSE("GPL");
`,
    );
    return repo;
  };

  it('counts the walks that met the step limit, and their steps', () => {
    // a later test reads the values: the paths' states double at each flag, past the limit of 3,000 steps
    const repo = manyPaths(true);
    const { counts } = timingTable(repo);
    expect(counts.get('walks that met the step limit')).toBe(1);
    // the step that found the limit is counted: 3,001
    expect(counts.get('their steps (the limit reached)')).toBe(3001);
    expect(counts.get('their steps')).toBeGreaterThanOrEqual(3001);
  });

  it('does not tell paths apart by values nothing reads: the same init, without the reading test, ends', () => {
    const { counts } = timingTable(manyPaths(false));
    expect(counts.get('walks that met the step limit')).toBe(0);
    // one state per node: a few dozen steps, not thousands
    expect(counts.get('their steps')).toBeLessThan(200);
  });

  it('forgets a value after the last test that reads it: values read early do not split the paths after', () => {
    const { counts } = timingTable(manyPaths(false, true));
    expect(counts.get('walks that met the step limit')).toBe(0);
    expect(counts.get('their steps')).toBeLessThan(300);
  });

  it('counts the functions picked for wrong checks outside init, and those ruled out before their walk', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'lkm-timing-repo-'));
    writeFileSync(path.join(repo, 'Makefile'), 'obj-m := m.o\n');
    writeFileSync(
      path.join(repo, 'm.c'),
      `// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/kthread.h>

static int fn(void *data) { return 0; }

/* an error pointer tested rightly: its tokens rule it out */
int m_right(void)
{
	struct task_struct *t = kthread_run(fn, NULL, "m");
	if (IS_ERR(t))
		return PTR_ERR(t);
	return 0;
}

/* a NULL test before the error pointer is made: only its parsed body rules it out */
int m_before(struct task_struct *t)
{
	if (!t)
		return -EINVAL;
	t = kthread_run(fn, NULL, "m");
	if (IS_ERR(t))
		return PTR_ERR(t);
	return 0;
}

/* an error pointer tested for NULL: walked */
int m_wrong(void)
{
	struct task_struct *t = kthread_run(fn, NULL, "m");
	if (!t)
		return -ENOMEM;
	return 0;
}

static int __init m_init(void) { return 0; }
static void __exit m_exit(void) { }
module_init(m_init);
module_exit(m_exit);
MODULE_LICENSE("GPL");
`,
    );
    const { counts } = timingTable(repo);
    expect(counts.get('functions picked for wrong checks in the main thread')).toBe(3);
    expect(counts.get('ruled out by their tokens')).toBe(1);
    expect(counts.get('ruled out by their parsed bodies')).toBe(1);
  });
});
