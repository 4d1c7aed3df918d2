import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyMayHoldFacts, factRanges } from '../../src/analysis/correctness/fact-candidates.js';
import { type FileFacts, readFileFacts } from '../../src/analysis/correctness/file-facts.js';
import { readCFile } from '../../src/model/c/file.js';
import { prepareSlice } from '../../src/model/c/syntax/prepare.js';

const mayHold = (body: string) => bodyMayHoldFacts(`{${body}}`, 1, body.length + 1);

/**
 * The facts of a file read as the audit first reads it, made comparable with the file parsed whole: the returns
 * taken from the whole parse (they are read from it on demand), the syntax-error count of the whole parse.
 */
function asIfWhole(skipping: FileFacts, whole: FileFacts): FileFacts {
  const functions = skipping.functions.map((fn) => {
    if (!fn.returnsUnread) return fn;
    const { returnsUnread: _, ...rest } = fn;
    const w = whole.functions.find((f) => f.name === fn.name && f.line === fn.line);
    return { ...rest, returnsErrno: w?.returnsErrno ?? false, returnsResultOf: w?.returnsResultOf ?? [] };
  });
  return { ...skipping, functions, syntaxErrors: whole.syntaxErrors };
}

function bothWays(path: string, text: string): { skipping: FileFacts; whole: FileFacts; skipped: number } {
  const file = readCFile(path, text);
  const skipping = readFileFacts(file) as FileFacts;
  const whole = readFileFacts(file, true) as FileFacts;
  const prepared = prepareSlice(file.code, 0, file.code.length).text;
  return { skipping, whole, skipped: factRanges(prepared, file.functions, file.lineAt, file.columnAt)?.skipped.size ?? 0 };
}

describe('correctness facts: bodies that cannot hold a fact are left out of the parse', () => {
  it('keeps a body with a comparison with zero or a repeated operand, in any spelling', () => {
    for (const body of [
      'if (ret < 0) return ret;',
      'if (0 >= (ret)) return 1;',
      'if (x <= 0UL) return 1;',
      'if ((n = f()) <\\\n 0) return 1;',
      'return a && a;',
      'return !a && !b && !a;',
      'return (x) - (x);',
      'return *p & *p;',
      'return ({ int t = 1; t; }) == ({ int t = 1; t; });',
      'return y + ({ g(); y; }) == y + ({ g(); y; });',
      'for (i = 0; i < n; i++) s = s | s;',
      'return (a || b) || b;',
      'return a || (a || b);',
      'return (a) == (a);',
      'return x == x ? 1 : 2;',
      'return a - a - b;',
      'return b & p->f == p->f;',
      'return f(a) == f(a);',
    ])
      expect(mayHold(body), body).toBe(true);
  });

  it('leaves out a body with neither', () => {
    for (const body of [
      'return foo(x);',
      'int ret = probe(d);\n\tif (ret)\n\t\treturn ret;\n\treturn 0;',
      'a = b - c; d = e - f;',
      'x = y->z >> 0x10;',
      'if (ret && ret != -EOPNOTSUPP) return ret;',
      'if ((info->flags & mask) == mask) return 1;',
      'memcpy(&(buf[off]), &cid, sizeof(cid));',
      'return f(a) == a;',
      'return a[i] & b | a[i];',
      'return x - x * 2;',
      'return p->a & p->b;',
    ])
      expect(mayHold(body), body).toBe(false);
  });

  it('gives the facts of a whole parse (fixtures), the returns read from that parse on demand', () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => /\.[ch]$/.test(p));
    let skipped = 0;
    for (const p of files) {
      const both = bothWays(p, readFileSync(path.join(root, p), 'utf8'));
      expect(asIfWhole(both.skipping, both.whole), p).toEqual(both.whole);
      skipped += both.skipped;
    }
    expect(files.length).toBeGreaterThan(20);
    expect(skipped).toBeGreaterThan(20);
  });

  it('gives the facts of a whole parse on generated functions (property)', () => {
    // no zero literal: a comparison with zero keeps its body whatever else it holds (one statement below has one)
    const operand = fc.constantFrom('a', 'b', 'p->n', '(a)', '!a', '*p', 'f(a)', '1', 'n[i]');
    const op = fc.constantFrom('<', '>=', '>', '<=', '==', '!=', '&&', '||', '-', '+', '&', '|', '^', '<<', '>>', '*');
    // expressions nested at random (chains, parentheses, precedence mixed), so repeats sit at every depth
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        operand,
        fc.tuple(tie('expr'), op, tie('expr'), fc.constantFrom('', ' ', '\n\t')).map(([l, o, r, s]) => `${l}${s}${o} ${r}`),
        tie('expr').map((e) => `(${e})`),
        fc.tuple(fc.constantFrom('!', '-', '~', '&', '*'), tie('expr')).map(([u, e]) => `${u}(${e})`),
        tie('expr').map((e) => `g(${e})`),
        tie('expr').map((e) => `${e}->m`),
        tie('expr').map((e) => `${e} ? a : b`),
        fc
          .tuple(fc.constantFrom('&&', '||', '&', '|', '-', '=='), fc.array(tie('expr'), { minLength: 2, maxLength: 4 }))
          .map(([o, xs]) => xs.join(` ${o} `)),
      ),
    }));
    const stmt = fc.oneof(
      expr.map((e) => `if (${e})\n\t\treturn -EINVAL;`),
      expr.map((e) => `ret = ${e};`),
      fc.constant('ret = probe(d);'),
      fc.constant('if (ret < 0)\n\t\treturn ret;'),
      fc.constant('return ret;'),
      fc.constant('unsigned int u = get(d);'),
      fc.constant('double a = 0.5;'),
      expr.map((e) => `x = ({ int t = ${e}; t; });`),
    );
    const fn = fc
      .array(stmt, { maxLength: 5 })
      .map((body) => `static int f_${body.length}(struct d *d)\n{\n\tint ret;\n\t${body.join('\n\t')}\n\treturn 0;\n}\n`);
    fc.assert(
      fc.property(fc.array(fn, { minLength: 1, maxLength: 4 }), (fns) => {
        const text = `#include <linux/module.h>\n\n${fns.join('\n')}`;
        const both = bothWays('gen.c', text);
        expect(asIfWhole(both.skipping, both.whole)).toEqual(both.whole);
      }),
      { numRuns: 600 },
    );
  });

  it('parses every body when the lexer found no function or none can be left out', () => {
    const file = readCFile('x.c', 'static int f(void)\n{\n\treturn g() < 0;\n}\n');
    expect(factRanges(file.code, file.functions, file.lineAt, file.columnAt)).toBeUndefined();
    const skips = readCFile('y.c', 'static int f(void)\n{\n\treturn g();\n}\nstatic int h(void)\n{\n\treturn 1;\n}\n');
    const ranges = factRanges(skips.code, skips.functions, skips.lineAt, skips.columnAt);
    expect(ranges?.skipped.size).toBe(2);
    // only the braces of each body are parsed, the rest of the file whole
    expect(ranges?.ranges.map((r) => skips.code.slice(r.startIndex, r.endIndex))).toEqual([
      'static int f(void)\n{',
      '}\nstatic int h(void)\n{',
      '}\n',
    ]);
    // a long comment (masked to blanks) is left out but for a blank on either side
    const commented = readCFile('z.c', `/*${'licence '.repeat(8)}*/\nstatic int f(void)\n{\n\treturn g() < 0;\n}\n`);
    const gaps = factRanges(commented.code, commented.functions, commented.lineAt, commented.columnAt);
    expect(gaps?.skipped.size).toBe(0);
    expect(gaps?.ranges.map((r) => commented.code.slice(r.startIndex, r.endIndex))).toEqual([
      ' ',
      '\nstatic int f(void)\n{\n\treturn g() < 0;\n}\n',
    ]);
  });
});
