// The masked code a worker parses (maskedCode, reading only the never-built ranges of the preprocessor) is the
// code the model's full reading gives: the same blanks, the same never-built ranges, the same problems.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskedCode, readCFile } from '../../src/model/c/file.js';
import { maskComments } from '../../src/model/c/mask.js';
import { readPreprocessor } from '../../src/model/c/preproc.js';
import { lineIndex } from '../../src/text/lines.js';
import { fixtureCFiles } from '../helpers/fixture-c-files.js';

const TRICKY = `#include <linux/module.h>
#define FOO(x) \\
	do { if (x) return; } while (0)
#if 0
static int dead(void) { return 1; }
#if defined(CONFIG_X)
#define INNER 1
#endif
#else
static int live(void) { return 2; }
#endif
#ifdef _WIN32
int win(void);
#elif defined(CONFIG_PM)
int pm(void);
#else
int other(void);
#endif
#ifndef __KERNEL__
int user(void);
#endif /* a comment */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0) \\
	&& 1
int v(void);
#error "old kernel"
#endif
#else
#endif
#if 0
int never_closed(void);
`;

describe('maskedCode', () => {
  const texts = [TRICKY, ...fixtureCFiles().map((f) => readFileSync(f, 'latin1'))];

  it('gives the code of the full reading for every fixture C file and a file of every kind of directive', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(maskedCode(text).code).toBe(readCFile('x.c', text).code);
  });

  it('reads the same never-built ranges and problems as the full preprocessor reading', () => {
    for (const text of texts) {
      const masked = maskComments(text).code;
      const { lineAt } = lineIndex(text);
      const full = readPreprocessor(text, masked, lineAt);
      const lean = readPreprocessor(text, masked, lineAt, { neverBuiltOnly: true });
      expect(lean.neverBuilt).toEqual(full.neverBuilt);
      expect(lean.problems).toEqual(full.problems);
    }
    const lean = readPreprocessor(TRICKY, maskComments(TRICKY).code, lineIndex(TRICKY).lineAt, { neverBuiltOnly: true });
    expect(lean.neverBuilt.map((r) => r.reason)).toEqual(['if-0', 'other-os', 'other-os', 'if-0']);
    expect(lean.problems).toEqual(['line 27: #else without #if', 'line 28: #endif without #if', '1 #if block(s) not closed by #endif']);
    expect([lean.includes, [...lean.defines.hashes], lean.errors, lean.branches, lean.body]).toEqual([[], [], [], [], '']);
  });
});
