// V8 compiles each regular expression it runs often or over a long text, and once a process has generated more than
// 1 MB of such code and holds 16 MB of executable memory it compiles every later expression without optimisation:
// the rules' scans of a large tree then ran two to seven times slower. An expression made per device table or per
// callback compiled thousands on drivers/ (docs/performance.md, round 29). The model must compile as many expressions
// for a repository of many tables, attributes and callbacks as for one of a few: counted by V8 itself, which prints a line for
// each expression it parses with --trace-regexp-parser.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../helpers/rule-tester.js';

const cli = path.join(__dirname, '../../dist/cli.js');

/**
 * A module of `n` drivers, each with its PCI table, a sysfs attribute (which the ABI rule looks up in the
 * documentation) and an I2C driver whose probe the kernels model reads.
 */
function manyTables(n: number): string {
  const files: Record<string, string> = { Makefile: 'obj-m := many.o\n' };
  const drivers = Array.from(
    { length: n },
    (_, i) => `static const struct pci_device_id ids_${i}[] = {
\t{ PCI_DEVICE(0x1234, ${i + 1}) },
\t{ }
};
MODULE_DEVICE_TABLE(pci, ids_${i});
static DEVICE_ATTR_RW(gain_${i});

static int chip_${i}_probe(struct i2c_client *client, const struct i2c_device_id *id)
{
\treturn 0;
}

static struct i2c_driver chip_${i}_driver = {
\t.probe = chip_${i}_probe,
};
`,
  );
  files['many.c'] =
    `// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n#include <linux/pci.h>\n#include <linux/i2c.h>\n\n${drivers.join('\n')}\nMODULE_LICENSE("GPL");\n`;
  return writeRepo(files);
}

/** The distinct expressions V8 parsed during an audit of `root` (one line each), and the audit's report. */
function parsedExpressions(root: string): {
  distinct: number;
  report: { kernels: { implied: { max: string | null } }; notes: { message: string }[] };
} {
  const out = path.join(root, 'report.json');
  const r = spawnSync(
    process.execPath,
    ['--trace-regexp-parser', cli, root, '--format', 'json', '--output', out, '--quiet', '--fail-on', 'never', '--jobs', '1'],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LKM_AUDIT_NO_CODE_CACHE: '1' } },
  );
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  // An expression parsed again (V8's cache of them is emptied by collections, which a larger tree makes more of) is
  // one source: an expression made per name is a new source for each.
  return { distinct: new Set(r.stdout.split('\n')).size, report: JSON.parse(readFileSync(out, 'utf8')) };
}

describe("the model's regular expressions", () => {
  it('are as many for 200 device tables, attributes and callbacks as for 10', () => {
    const few = parsedExpressions(manyTables(10));
    const many = parsedExpressions(manyTables(200));
    // the tables and probes were read: every table found where it is defined, the probes' two-argument signature
    // (the form Linux 6.3 replaced) bounding the kernels the module builds for
    for (const { report } of [few, many]) {
      expect(report.notes.filter((n) => /not found/.test(n.message))).toEqual([]);
      expect(report.kernels.implied.max).toBe('6.2');
    }
    // an expression per table, attribute and probe made hundreds more
    expect(many.distinct - few.distinct, `${few.distinct} -> ${many.distinct}`).toBeLessThan(10);
  }, 120_000);
});
