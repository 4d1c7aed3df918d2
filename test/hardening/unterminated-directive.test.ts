// A C file whose last line is a directive continued with `\` and no line break after it (`#define X \` at the very
// end) once made the preparation for the parser loop forever, so the audit never ended. Found by the property test
// of the preprocessor reduction; here the whole program runs on such a file, as a user's CI would.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.join(__dirname, '../../dist/cli.js');

describe('a C file ending in a continued directive', () => {
  it.each([
    ['a define', '#define X \\'],
    ['a define inside a conditional', '#ifdef CONFIG_PM\n#define X \\'],
    ['a define continued twice', '#define X \\\n  1 + \\'],
    ['an include', '#  include \\'],
  ])(
    'is audited to the end (%s)',
    (_name, tail) => {
      const repo = mkdtempSync(path.join(tmpdir(), 'lkm-unterminated-'));
      writeFileSync(path.join(repo, 'Makefile'), 'obj-m += x.o\n');
      writeFileSync(
        path.join(repo, 'x.c'),
        `// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nstatic int x_probe(int n)\n{\n\tif (n < 0)\n\t\treturn n;\n\treturn 0;\n}\n${tail}`,
      );
      const r = spawnSync(process.execPath, [cli, repo, '--format', 'json', '--fail-on', 'never'], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, LKM_AUDIT_NO_CODE_CACHE: '1' },
      });
      expect(r.error, 'the audit did not end within 30 s').toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.modules.map((m: { name: string }) => m.name)).toEqual(['x']);
    },
    40_000,
  );
});
