import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyMayHoldFacts, firstReading, structTag, typedefName } from '../../src/analysis/correctness/fact-candidates.js';
import {
  type FileDeclarations,
  type FileFacts,
  type FunctionFacts,
  readDeclarations,
  readFileFacts,
} from '../../src/analysis/correctness/file-facts.js';
import { nameHash } from '../../src/text/name-index.js';
import { readCFile } from '../../src/model/c/file.js';
import { prepareSlice } from '../../src/model/c/syntax/prepare.js';

/** Whether a file's first reading says it may declare `name` (its names' hashes hold the name's). */
const holdsName = (names: Uint32Array, name: string): boolean => names.includes(nameHash(name));

const mayHold = (body: string) => bodyMayHoldFacts(`{${body}}`, 1, body.length + 1);

/** A function's facts but its returns (the first reading leaves them unread). */
const withoutReturns = ({ returnsErrno: _, returnsResultOf: __, ...rest }: FunctionFacts) => rest;

const PLAIN_INT = /^(?:(?:const|static|register|volatile) )*int$/;
/** A function with a repeated operand, or a comparison with zero of anything but a name it declares `int` only. */
const mayGiveFinding = (f: FunctionFacts) =>
  f.identical.length > 0 ||
  f.zeroCompares.some((c) => {
    const t = c.operand.steps.length === 0 ? f.vars.get(c.operand.root) : undefined;
    return !(t && t.depth === 0 && PLAIN_INT.test(t.base));
  });

/** Every name a file's declarations hold, keyed as the rules ask for it: typedefs, struct tags and members, globals, functions. */
function declaredNames(d: FileDeclarations): string[] {
  return [
    ...[...d.typedefs.keys()].map(typedefName),
    ...[...d.structs.keys()].filter((k) => !k.includes('<anonymous>')).map((k) => structTag(k.slice(k.lastIndexOf(' ') + 1))),
    ...[...d.structs.values()].flatMap((m) => [...m.keys()]),
    ...d.globals.keys(),
    ...d.functions.map((f) => f.name),
  ];
}

/**
 * Reads a file both ways: the first reading must hold exactly the facts of the functions that have one in the file
 * parsed whole, and its names' hashes every name the whole parse declares; the declarations read without the function
 * bodies must be the whole parse's. Returns the share of the text parsed first.
 */
function expectFirstReadingAgrees(path: string, text: string): { parsed: number; all: number } {
  const file = readCFile(path, text);
  const first = readFileFacts(file) as FileFacts;
  const whole = readDeclarations(file) as FileDeclarations;
  const withFacts = whole.functions.filter((f) => f.zeroCompares.length > 0 || f.identical.length > 0);
  // every function read first is read as the whole parse reads it, and none that may give a finding is missed: a
  // function whose facts are only comparisons of an `int` it declares may be left out (int-locals)
  const wholeOf = new Map(withFacts.map((f) => [`${f.name}:${f.line}`, f]));
  for (const f of first.functions) {
    const w = wholeOf.get(`${f.name}:${f.line}`);
    expect(w, `${path}: ${f.name}`).toBeDefined();
    expect(withoutReturns(f), path).toEqual(withoutReturns(w as FunctionFacts));
  }
  const firstKeys = new Set(first.functions.map((f) => `${f.name}:${f.line}`));
  for (const f of withFacts.filter(mayGiveFinding)) expect(firstKeys.has(`${f.name}:${f.line}`), `${path}: ${f.name}`).toBe(true);
  for (const name of declaredNames(whole)) expect(holdsName(first.names, name), `${path}: ${name}`).toBe(true);
  // the declarations read without the function bodies are the whole parse's
  const declarations = readDeclarations(file, false) as FileDeclarations;
  expect([declarations.typedefs, declarations.structs, declarations.globals], path).toEqual([whole.typedefs, whole.structs, whole.globals]);
  expect(declarations.functions).toEqual([]);
  const prepared = prepareSlice(file.code, 0, file.code.length).text;
  const ranges = firstReading(prepared, file.lineAt, file.columnAt).ranges ?? [];
  return { parsed: ranges.reduce((n, r) => n + r.endIndex - r.startIndex, 0), all: prepared.length };
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
      // each operator alone in its statement, after statements without one (tokens are made per statement)
      'p->a = 1; return b ^ b;',
      'x = y->z; return c != c;',
      'x = y->z; return c == c;',
      'x = y->z; return c | c;',
      'x = y->z; if (f(a->b)) return c - c;',
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

  it('gives the facts of a whole parse (fixtures), and the hashes of every name declared', () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => /\.[ch]$/.test(p));
    let parsed = 0;
    let all = 0;
    for (const p of files) {
      const share = expectFirstReadingAgrees(p, readFileSync(path.join(root, p), 'utf8'));
      parsed += share.parsed;
      all += share.all;
    }
    expect(files.length).toBeGreaterThan(20);
    // most of the fixtures' text is neither a body with a fact nor its definition
    expect(parsed / all).toBeLessThan(0.5);
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
    // comparisons with zero of `ret` and of other operands, which int-locals must tell apart by the declarations
    const compare = fc.constantFrom(
      'if (ret < 0)\n\t\treturn ret;',
      'if (0 > ret)\n\t\treturn ret;',
      'if (ret >= 0U && x)\n\t\treturn 1;',
      'if ((ret) < 0)\n\t\treturn 1;',
      'if ((u32)ret < 0)\n\t\treturn 1;',
      'if (x - ret < 0)\n\t\treturn 1;',
      'if (0 > ret + 1)\n\t\treturn 1;',
      'x += ret < 0;',
      'x = ret < 0 ? 1 : 2;',
      'if (d->n < 0)\n\t\treturn 1;',
      'if (d->ret < 0)\n\t\treturn 1;',
      'if (0 > d->ret)\n\t\treturn 1;',
      'if (x < 0)\n\t\treturn 1;',
      'x = f(a, ret) < 0 || ret > 0;',
    );
    const declaration = fc.constantFrom(
      'int ret;',
      'int ret = probe(d);',
      'u32 ret;',
      'unsigned int ret;',
      'int *ret;',
      'int a, ret;',
      'u8 a, ret;',
      'int a, *ret;',
      'const int ret = 1;',
      'int x;',
      'unsigned x;',
      '{ u8 ret = get(d); }',
      'for (u32 ret = 0; ret != 4; ret++) ;',
      'void (*cb)(int ret);',
      'x = y, ret = 1;',
    );
    const params = fc.constantFrom('struct d *d', 'struct d *d, u32 ret', 'int ret', 'struct d *d, int x', 'void (*cb)(int ret)');
    const fn = fc
      .tuple(fc.array(declaration, { minLength: 1, maxLength: 3 }), params, fc.array(fc.oneof(stmt, compare), { maxLength: 5 }))
      .map(
        ([decls, ps, body]) => `static int f_${body.length}(${ps})\n{\n\t${decls.join('\n\t')}\n\t${body.join('\n\t')}\n\treturn 0;\n}\n`,
      );
    fc.assert(
      fc.property(fc.array(fn, { minLength: 1, maxLength: 4 }), (fns) => {
        expectFirstReadingAgrees('gen.c', `#include <linux/module.h>\n\nstruct d { int n; };\n${fns.join('\n')}`);
      }),
      { numRuns: 600 },
    );
  });

  it('parses only the definitions of the bodies that may hold a fact, from the end of the statement before', () => {
    const read = (text: string) => {
      const r = firstReading(
        text,
        () => 1,
        () => 1,
      );
      return { parts: r.ranges?.map((x) => text.slice(x.startIndex, x.endIndex)), names: r.names };
    };
    const one = read('static int x;\nstatic int f(void)\n{\n\treturn g() < 0;\n}\n');
    expect(one.parts).toEqual(['\nstatic int f(void)\n{\n\treturn g() < 0;\n}']);
    expect(read('static int f(void)\n{\n\treturn g();\n}\nstatic int h(void)\n{\n\treturn 1;\n}\n').parts).toBeUndefined();
    // a struct's members and a table's names are declarations: hashed, never parsed first
    const decls = read('struct s { u8 len; };\nstatic const int tbl[] = { A - A };\nint f(struct s *p)\n{\n\treturn p->len < 0;\n}\n');
    expect(decls.parts).toEqual(['\nint f(struct s *p)\n{\n\treturn p->len < 0;\n}']);
    for (const name of ['s', 'len', 'u8', 'tbl', 'f', 'p', structTag('s')]) expect(holdsName(decls.names, name), name).toBe(true);
    // a struct named in a prototype is not declared there; a typedef's names are keyed apart
    const tags = read('int g(struct other *o);\ntypedef struct { int a; } PACKED pair_t;\n');
    for (const name of [structTag('pair_t'), structTag('PACKED'), typedefName('pair_t'), 'other'])
      expect(holdsName(tags.names, name), name).toBe(true);
    for (const name of [structTag('other'), typedefName('other'), typedefName('g')]) expect(holdsName(tags.names, name), name).toBe(false);
    // only the names after a typedef's body may name an anonymous struct: not a parameter's struct, not a member
    const typedefs = read('typedef int (*cb_t)(struct device *dev);\ntypedef struct { struct in { int b; } inner; } outer_t, *outer_p;\n');
    for (const name of [structTag('outer_t'), structTag('outer_p'), structTag('in'), typedefName('cb_t'), typedefName('device')])
      expect(holdsName(typedefs.names, name), name).toBe(true);
    for (const name of [structTag('device'), structTag('cb_t'), structTag('inner'), structTag('b')])
      expect(holdsName(typedefs.names, name), name).toBe(false);
    // a body's own names are not declarations
    expect(holdsName(decls.names, 'return')).toBe(false);
    // a long blank stretch (a masked comment) is left out but for a blank on either side
    const blank = read(`int x;${' '.repeat(64)}int f(void)\n{\n\treturn g() < 0;\n}\n`);
    expect(blank.parts).toEqual([' ', ' int f(void)\n{\n\treturn g() < 0;\n}']);
    // a definition with an attribute the preparation does not know is still one
    expect(read('int f(void) MY_ATTR\n{\n\treturn g() < 0;\n}\n').parts).toEqual(['int f(void) MY_ATTR\n{\n\treturn g() < 0;\n}']);
    // a body never closed is read to the end
    expect(read('int f(void)\n{\n\treturn g() < 0;\n').parts).toEqual(['int f(void)\n{\n\treturn g() < 0;\n']);
  });
});
