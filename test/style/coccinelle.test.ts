// Runs the real spatch (Debian package coccinelle) with the real scripts/coccinelle of Linux 6.1 when
// both are here (the extracted tree, or linux-source-6.1's tarball, extracted once to /tmp); skips
// visibly otherwise. Parsing, mapping and deduplication are tested on their own.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { coccinelleFindings } from '../../src/coccinelle/findings.js';
import { parseCoccinelleOutput, scriptHeader, versionAtLeast } from '../../src/coccinelle/parse.js';
import { runCoccinelle } from '../../src/coccinelle/run.js';
import rule from '../../src/rules/style/coccinelle.js';
import { FIXTURE, FIXTURE_DIR } from '../correctness/fixture.js';
import { GOOD_MODULE, modelFromFiles, writeRepo } from '../helpers/rule-tester.js';
import { linuxSource61 } from '../helpers/linux-source.js';

const TREE = `${linuxSource61() ?? '/work/linux-6.1'}/scripts/coccinelle`;
const TARBALL = '/usr/src/linux-source-6.1.tar.xz';
const DEST = '/tmp/lkm-audit-coccinelle';

function coccinelleScripts(): string | undefined {
  if (existsSync(TREE)) return TREE;
  const extracted = `${DEST}/linux-source-6.1/scripts/coccinelle`;
  if (existsSync(extracted)) return extracted;
  if (!existsSync(TARBALL)) return undefined;
  mkdirSync(DEST, { recursive: true });
  execFileSync('tar', ['-xJf', TARBALL, '-C', DEST, '--wildcards', '*/scripts/coccinelle/*']);
  return existsSync(extracted) ? extracted : undefined;
}

function hasSpatch(): boolean {
  try {
    execFileSync('spatch', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const spatch = hasSpatch();
const scripts = coccinelleScripts();
if (!spatch) console.warn('style/coccinelle: spatch is not installed (Debian package coccinelle), the real runs are skipped');
if (!scripts) console.warn(`style/coccinelle: neither ${TREE} nor ${TARBALL} is here, the real runs are skipped`);

const OUTPUT = [
  './cdefects.c:44:5-6: WARNING: Unsigned expression compared with zero: r < 0',
  'sub/x.c:9:1-12: ERROR: kzalloc returns NULL, not ERR_PTR',
  'init_defs_builtins: /usr/lib/coccinelle/standard.h',
  '',
].join('\n');

describe('coccinelle output and scripts', () => {
  it('parses report lines and skips the rest', () => {
    expect(parseCoccinelleOutput(OUTPUT)).toEqual([
      { file: 'cdefects.c', line: 44, column: 6, message: 'WARNING: Unsigned expression compared with zero: r < 0' },
      { file: 'sub/x.c', line: 9, column: 2, message: 'ERROR: kzalloc returns NULL, not ERR_PTR' },
    ]);
  });

  it('reads the Options and Requires headers as scripts/coccicheck does', () => {
    expect(scriptHeader('// Options: --no-includes --include-headers\n// Requires: 1.0.7\nvirtual report\n')).toEqual({
      options: ['--no-includes', '--include-headers'],
      requires: '1.0.7',
      report: true,
    });
    expect(scriptHeader('virtual patch\n').report).toBe(false);
    expect([versionAtLeast('1.1.1', '1.0.8'), versionAtLeast('1.0.4', '1.0.8'), versionAtLeast('1.1', '1.1.0')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('imports under the lkm-audit rule of the same defect, once per line, and only for kernel C that is built', () => {
    const model = modelFromFiles({
      ...FIXTURE,
      'tools/user.c': '#include <stdio.h>\nint main(void) { return 0; }\n',
      'dead.c': '#include <linux/module.h>\n#if 0\nstatic int x;\n#endif\n',
    });
    const reports = [
      {
        file: 'cdefects.c',
        line: 44,
        column: 6,
        message: 'WARNING: Unsigned expression compared with zero: r < 0',
        script: 'tests/unsigned_lesser_than_zero.cocci',
      },
      { file: 'cdefects.c', line: 52, column: 6, message: 'duplicated argument to && or ||', script: 'tests/doubletest.cocci' },
      {
        file: 'cdefects.c',
        line: 60,
        column: 2,
        message: 'WARNING: Unsigned expression compared with zero: n >= 0',
        script: 'tests/unsigned_lesser_than_zero.cocci',
      },
      {
        file: 'cdefects.c',
        line: 60,
        column: 2,
        message: 'WARNING: Unsigned expression compared with zero: n >= 0',
        script: 'tests/unsigned_lesser_than_zero.cocci',
      },
      {
        file: 'cdefects.c',
        line: 61,
        column: 2,
        message: 'WARNING: casting value returned by memory allocation',
        script: 'api/alloc/alloc_cast.cocci',
      },
      { file: 'tools/user.c', line: 2, column: 1, message: 'x', script: 'misc/x.cocci' },
      { file: 'dead.c', line: 3, column: 1, message: 'x', script: 'misc/x.cocci' },
    ];
    const existing = [
      { ruleId: 'correctness/unsigned-error-check', file: 'cdefects.c', line: 44, message: 'lkm' },
      { ruleId: 'correctness/identical-operands', file: 'cdefects.c', line: 52, message: 'lkm' },
    ];
    expect(coccinelleFindings(reports, model, existing)).toEqual([
      {
        ruleId: 'correctness/unsigned-error-check',
        file: 'cdefects.c',
        line: 60,
        column: 2,
        message: 'coccinelle tests/unsigned_lesser_than_zero.cocci: WARNING: Unsigned expression compared with zero: n >= 0',
      },
      {
        ruleId: 'style/coccinelle',
        file: 'cdefects.c',
        line: 61,
        column: 2,
        message: 'coccinelle api/alloc/alloc_cast.cocci: WARNING: casting value returned by memory allocation',
      },
    ]);
  });

  it('has a rule that carries the metadata and finds nothing by itself', () => {
    expect(rule.check(modelFromFiles(GOOD_MODULE))).toEqual([]);
  });

  it('says in one note, without failing, that spatch or the scripts are missing', async () => {
    const root = writeRepo(GOOD_MODULE);
    const noSpatch = await runCoccinelle({ dir: scripts ?? '/nonexistent', root, spatch: '/nonexistent/spatch' });
    expect(noSpatch.notes.map((n) => n.message)).toEqual([
      "coccinelle: /nonexistent/spatch is not installed (Debian package coccinelle): the kernel's Coccinelle scripts were not run",
    ]);
    const { report } = await audit(root, { coccinelle: '/nonexistent/scripts/coccinelle' });
    const notes = report.notes.filter((n) => n.message.startsWith('coccinelle:'));
    expect(notes).toHaveLength(1);
    expect(report.findings.filter((f) => f.ruleId === 'style/coccinelle')).toEqual([]);
  });
});

describe.skipIf(!spatch || !scripts)('the kernel Coccinelle suite of Linux 6.1 with the real spatch', () => {
  it('runs every report-mode script on the fixture, two at a time, and imports what lkm-audit does not already report', async () => {
    const t0 = performance.now();
    const { report } = await audit(FIXTURE_DIR, { coccinelle: scripts as string });
    const wall = (performance.now() - t0) / 1000;
    const summary = report.notes.find((n) => /report-mode scripts/.test(n.message));
    console.info(`coccinelle on test/fixtures/correctness-defects: ${wall.toFixed(1)} s wall; ${summary?.message}`);
    // Coccinelle reports two of the three unsigned tests and both repeated operands it has scripts for, all
    // of them lkm-audit's own findings already, and an unneeded semicolon, which only it looks for.
    expect(summary?.message).toMatch(
      /^coccinelle: \d+ report-mode scripts of .* in [\d.]+ s: 5 report\(s\), 1 imported after deduplication$/,
    );
    expect(report.findings.filter((f) => f.ruleId === 'style/coccinelle').map((f) => [f.file, f.line, f.message])).toEqual([
      ['cdefects.c', 87, 'coccinelle misc/semicolon.cocci: Unneeded semicolon'],
    ]);
    // ... and every one of them is lkm-audit's own finding already: one finding per line and rule.
    const places = report.findings.filter((f) => f.ruleId.startsWith('correctness/')).map((f) => `${f.line}:${f.ruleId}`);
    expect(places).toEqual([
      '44:correctness/unsigned-error-check',
      '47:correctness/unsigned-error-check',
      '50:correctness/unsigned-error-check',
      '52:correctness/identical-operands',
      '54:correctness/identical-operands',
      '54:correctness/identical-operands',
    ]);
    expect(report.findings.filter((f) => /^coccinelle /.test(f.message) && f.ruleId.startsWith('correctness/'))).toEqual([]);
  }, 900_000);
});
