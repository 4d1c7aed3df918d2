// Builds real repositories in temp folders and runs the real scanner, model and rules on them.
// Rules are pure over the model, so a file map in, findings out, is all a rule test needs.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { audit } from '../../src/audit.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { buildModel } from '../../src/model/build.js';
import type { RepoModel } from '../../src/model/types.js';
import type { Report } from '../../src/report/types.js';
import type { Rule } from '../../src/rules/rule.js';
import { scanRepository } from '../../src/scan/index.js';
import type { RawFinding } from '../../src/types.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes `files` (path -> content) into a new temp folder and returns its path. */
export function writeRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lkm-audit-test-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export function modelFromFiles(files: Record<string, string | Buffer>, config: Config = EMPTY_CONFIG): RepoModel {
  const root = writeRepo(files);
  return buildModel(scanRepository(root, { ignore: config.ignore }), config);
}

export function runRule(rule: Rule, files: Record<string, string | Buffer>): RawFinding[] {
  return rule.check(modelFromFiles(files));
}

/** The whole audit (config, suppressions, score) over a file map. */
export async function auditFiles(files: Record<string, string | Buffer>): Promise<Report> {
  return (await audit(writeRepo(files))).report;
}

/** A minimal, correct module used as the base of many tests: override files to add one defect. */
export const GOOD_MODULE: Record<string, string> = {
  Makefile: [
    '# SPDX-License-Identifier: GPL-2.0',
    'obj-m := good.o',
    'KDIR ?= /lib/modules/$(shell uname -r)/build',
    'all:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules',
    'clean:',
    '\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean',
    '',
  ].join('\n'),
  'good.c': [
    '// SPDX-License-Identifier: GPL-2.0',
    '#include <linux/init.h>',
    '#include <linux/module.h>',
    '',
    'static int __init good_init(void)',
    '{',
    '\tpr_info("good: loaded\\n");',
    '\treturn 0;',
    '}',
    '',
    'static void __exit good_exit(void)',
    '{',
    '\tpr_info("good: unloaded\\n");',
    '}',
    '',
    'module_init(good_init);',
    'module_exit(good_exit);',
    'MODULE_LICENSE("GPL");',
    'MODULE_AUTHOR("Test <test@example.org>");',
    'MODULE_DESCRIPTION("A good test module");',
    '',
  ].join('\n'),
};
