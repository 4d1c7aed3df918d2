// The correctness fixture module (test/fixtures/correctness-defects), as a file map for the rule tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/correctness-defects');

export const FIXTURE: Record<string, string> = {
  Makefile: readFileSync(path.join(FIXTURE_DIR, 'Makefile'), 'utf8'),
  'cdefects.c': readFileSync(path.join(FIXTURE_DIR, 'cdefects.c'), 'utf8'),
};

/** A module of one C file around `body` (functions), for small in-memory cases. */
export function moduleWith(body: string, extraFiles: Record<string, string> = {}): Record<string, string> {
  return {
    Makefile: 'obj-m := m.o\n',
    'm.c': ['// SPDX-License-Identifier: GPL-2.0', '#include <linux/module.h>', '', body, 'MODULE_LICENSE("GPL");', ''].join('\n'),
    ...extraFiles,
  };
}
