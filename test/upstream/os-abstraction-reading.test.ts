// upstream/os-abstraction-layer measures wrappers (a body of one statement) and blocks for other systems without
// slicing and splitting every body and file (src/analysis/upstream/os-abstraction.ts): it must count what the
// split did, on any text, and find the same blocks as reading every line of every file (kept here as references).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureOsAbstraction, OTHER_OS, statementsUpTo } from '../../src/analysis/upstream/os-abstraction.js';
import { readCFile } from '../../src/model/c/file.js';

/** The former reading of blocks for other systems: every line of the file. */
function otherOsReference(code: string): { line: number; symbol: string; lines: number }[] {
  const out: { line: number; symbol: string; lines: number }[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*#\s*(?:if|ifdef|ifndef|elif)\b(.*)$/.exec(lines[i]);
    const os = m ? OTHER_OS.exec(m[1]) : null;
    if (!os) continue;
    let depth = 1;
    let j = i + 1;
    for (; j < lines.length && depth > 0; j++) {
      if (/^\s*#\s*if/.test(lines[j])) depth++;
      else if (/^\s*#\s*endif\b/.test(lines[j])) depth--;
    }
    out.push({ line: i + 1, symbol: os[1], lines: j - i });
  }
  return out;
}

const BODY = [';', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\ufeff', 'x', 'spin_lock(p)', '{', '}', 'return', '\u00e9'];
const LINES = [
  '#ifdef _WIN32',
  '#if defined(PLATFORM_LINUX)',
  '#ifdef X_WIN32',
  '#if WIN32X',
  '#elif __APPLE__',
  '#ifndef WIN32',
  '#if 0',
  '#endif',
  '#else',
  'int x;',
  'WIN32 = 1;',
  '#  if  _MSC_VER',
  '#define WIN32',
  // blanks of other kinds before and after the `#`, a `#` that is not a directive's, two on a line
  '\u00a0#ifdef _WIN32',
  ' \t# if WIN32',
  '#\u00a0elif __APPLE__',
  '\f#ifdef __FreeBSD__',
  'x = a # WIN32',
  '## if WIN32',
  '#if X # WIN32',
  '#ifdef\u2028WIN32',
  '#iff WIN32',
];

describe('OS abstraction reading', () => {
  it('counts the statements of a body as splitting it at `;` and trimming the pieces does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BODY), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (parts, limit) => {
        const body = parts.join('');
        const split = body
          .trim()
          .split(';')
          .filter((s) => s.trim()).length;
        expect(statementsUpTo(`{${body}}`, 1, body.length + 1, limit)).toBe(Math.min(split, limit));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds the blocks for other systems that reading every line finds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = `${lines.join(eol)}\n`;
        const cf = readCFile('x.c', text);
        const found = measureOsAbstraction([cf]).otherOs.map(({ line, symbol, lines: n }) => ({ line, symbol, lines: n }));
        expect(found).toEqual(otherOsReference(cf.code));
      }),
      { numRuns: 6000 },
    );
  });

  it('takes a one-statement body passing its parameter to a kernel primitive for a wrapper, and no longer one', () => {
    const cf = readCFile(
      'osdep.c',
      'void my_lock(spinlock_t *l)\n{\n\tspin_lock(l);\n}\nvoid my_two(spinlock_t *l)\n{\n\tspin_lock(l);\n\tspin_unlock(l);\n}\n',
    );
    expect(measureOsAbstraction([cf]).wrappers.map((w) => `${w.name}->${w.wraps}`)).toEqual(['my_lock->spin_lock']);
  });
});
