// maskAll makes the masked code of many files in shared chunks: each file's result must be what maskComments gives
// it alone, and the lexed facts the same; a large set of files must keep its masked code outside V8's heap.

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import type { CFile } from '../../src/model/c/types.js';
import { maskComments } from '../../src/model/c/mask.js';
import { maskAll } from '../../src/model/c/mask-arena.js';
import { fixtureCFiles } from '../helpers/fixture-c-files.js';

const PIECES = ['/*', '*/', '//', '"', "'", '\\', '\n', '\r\n', ' ', 'a', 'x = 1;', '\u00e9', '\u0100', '#if 0', '{', '}'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30, size: 'max' }).map((a) => a.join(''));

/** A lexed file's facts as plain data (its position functions answered for every line). */
function facts(f: CFile) {
  const lines = f.text.split('\n').length;
  return {
    ...f,
    calls: f.calls.map((c) => ({
      name: c.name,
      args: c.args,
      function: c.function,
      line: c.line,
      column: c.column,
      endLine: c.endLine,
      endColumn: c.endColumn,
    })),
    conditionsAt: Array.from({ length: lines }, (_, i) => f.conditionsAt(i + 1)),
    lineAt: undefined,
    columnAt: undefined,
    // what the file keeps to make its calls and defines (functions of its own among them): compared through them
    lexedCalls: undefined,
    defines: [...f.defines.all()],
  };
}

describe('maskAll', () => {
  it('gives each text what maskComments gives it alone, across chunk ends', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 10 }), fc.integer({ min: 13, max: 120 }), (texts, chunk) => {
        expect(maskAll(texts, chunk)).toEqual(texts.map(maskComments));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives every fixture C file the same lexed facts as masking it alone', () => {
    const files = fixtureCFiles();
    expect(files.length).toBeGreaterThan(20);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const masked = maskAll(texts);
    files.forEach((f, i) => {
      expect(masked[i]).toEqual(maskComments(texts[i]));
      const alone = readCFile(f, texts[i]);
      const shared = readCFile(f, texts[i], { masked: masked[i] });
      expect(facts(shared)).toEqual(facts(alone));
    });
  });

  it('keeps the masked code of megabytes of C outside the heap', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const usage = () => {
      gc();
      const m = process.memoryUsage();
      return { heap: m.heapUsed, strings: m.external - m.arrayBuffers };
    };
    const file = 'static int f(void) { return g("text"); } /* a comment */\n'.repeat(4000);
    // joined, so that each text is one flat string before the measure (a template would leave it to be flattened)
    const texts = Array.from({ length: 48 }, (_, i) => [`// ${i}`, file].join('\n'));
    const before = usage();
    const masked = maskAll(texts);
    const after = usage();
    expect(masked[7].code).toBe(maskComments(texts[7]).code);
    expect(after.strings - before.strings).toBeGreaterThan(8 * 1024 * 1024);
    expect(after.heap - before.heap).toBeLessThan(4 * 1024 * 1024);
  });
});
