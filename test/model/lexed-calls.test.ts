// Calls inside functions keep offsets and split their arguments on first use: what a rule reads must be what the
// eager split gave (checked against the previous lexer when this was written), directive lines inside included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import type { CallSite } from '../../src/model/c/types.js';

const SOURCE = `#include <linux/module.h>
static int foo_probe(struct device *dev)
{
\tvoid *p = devm_kzalloc(dev, sizeof(struct foo_private_data), GFP_KERNEL);
\treturn register_thing(dev,
#ifdef CONFIG_FOO
\t\t\t"foo, bar",
#else
\t\t\tNULL,
#endif
\t\t\tbaz(1, 2));
}
`;

describe('lexed calls', () => {
  const file = readCFile('foo.c', SOURCE);
  const call = (name: string) => file.calls.find((c) => c.name === name);

  it('split their arguments on first use, as written, at top-level commas', () => {
    expect(call('devm_kzalloc')?.args).toEqual(['dev', 'sizeof(struct foo_private_data)', 'GFP_KERNEL']);
    expect(call('baz')?.args).toEqual(['1', '2']);
    expect(call('devm_kzalloc')?.function).toBe('foo_probe');
    expect(call('devm_kzalloc')).toMatchObject({ line: 4, column: 12, endLine: 4 });
  });

  it('split arguments that hold directive lines the way the eager split did (directives are not argument separators)', () => {
    // the texts are as written; the commas of the directives' branches separate, the one inside the string does not
    expect(call('register_thing')?.args).toEqual([
      'dev',
      '#ifdef CONFIG_FOO\n\t\t\t"foo, bar"',
      '#else\n\t\t\tNULL',
      '#endif\n\t\t\tbaz(1, 2)',
    ]);
  });

  it('are made only for the names asked (callsNamed), as the whole list has them, file-scope macros included', () => {
    const text = `${SOURCE}module_init(foo_init);\n`;
    const f = readCFile('foo.c', text);
    const wanted = new Set(['baz', 'devm_kzalloc', 'module_init', 'absent']);
    const named = f.callsNamed((n) => wanted.has(n));
    expect(named.map((c) => c.name)).toEqual(['devm_kzalloc', 'baz', 'module_init']);
    const plain = (c: CallSite) => ({ name: c.name, args: c.args, function: c.function, offset: c.offset, line: c.line, column: c.column });
    expect(named.map(plain)).toEqual(f.calls.filter((c) => wanted.has(c.name)).map(plain));
    expect(f.callsNamed(() => false)).toEqual([]);
  });

  it('can be given their arguments (rules that rewrite a call)', () => {
    const c = call('baz');
    if (!c) throw new Error('no call');
    c.args = ['x'];
    expect(c.args).toEqual(['x']);
  });
});

describe('lexing without the calls inside bodies (the cleanup workers)', () => {
  const TEXT = `${SOURCE}
module_init(foo_init);
MODULE_LICENSE("GPL");
static const struct of_device_id ids[] = { { .compatible = "x,y", .data = of_data(3) }, {} };
static int other(void) { return bar(1); }
`;
  const full = readCFile('foo.c', TEXT);
  const lean = readCFile('foo.c', TEXT, { callsInFunctions: false });

  it('keeps the calls at file scope, and every other fact, as the full reading gives them', () => {
    const plain = (calls: typeof full.calls) => calls.map((c) => ({ name: c.name, args: c.args, line: c.line, column: c.column }));
    expect(plain(lean.calls)).toEqual(plain(full.calls.filter((c) => c.function === undefined)));
    expect(lean.calls.map((c) => c.name)).toEqual(['module_init', 'MODULE_LICENSE', 'of_data']);
    expect(lean.macros).toEqual(full.macros);
    expect(lean.functions).toEqual(full.functions);
    expect(lean.fieldInits).toEqual(full.fieldInits);
    expect(lean.code).toBe(full.code);
  });

  it('leaves out every call made inside a function', () => {
    expect(full.calls.filter((c) => c.function !== undefined).map((c) => c.name)).toEqual(['devm_kzalloc', 'register_thing', 'baz', 'bar']);
    expect(lean.calls.some((c) => c.function !== undefined)).toBe(false);
  });
});

describe('places of what the lexer finds at file scope', () => {
  const TEXT = [
    'MODULE_LICENSE("GPL");',
    'static const struct pci_device_id ids[] = {',
    '\t{ .vendor = 0x8086,',
    '\t  .device = PCI_DEVICE_ID(1,',
    '\t\t\t2) },',
    '};',
    'static int foo_init(void)',
    '{',
    '\treturn 0;',
    '}',
    'module_init(foo_init);',
  ].join('\n');
  const file = readCFile('foo.c', TEXT);
  const place = (s: { offset: number; endOffset: number; line: number; column: number; endLine: number; endColumn: number }) => [
    s.offset,
    s.endOffset,
    s.line,
    s.column,
    s.endLine,
    s.endColumn,
  ];

  it('places a macro (a call at file scope) from its name to its `)`, the same as a call and a macro', () => {
    const start = TEXT.indexOf('module_init');
    // columns from 1, the end column one past the `)`
    const expected = [start, start + 'module_init(foo_init)'.length, 11, 1, 11, 22];
    expect(place(file.macros.find((m) => m.name === 'module_init') as CallSite)).toEqual(expected);
    expect(place(file.calls.find((c) => c.name === 'module_init') as CallSite)).toEqual(expected);
  });

  it('places a call inside an initialiser across its lines', () => {
    const start = TEXT.indexOf('PCI_DEVICE_ID');
    const end = TEXT.indexOf('2)') + 2;
    expect(place(file.calls.find((c) => c.name === 'PCI_DEVICE_ID') as CallSite)).toEqual([start, end, 4, 14, 5, 6]);
  });

  it('places a field initialiser from its `.` to the end of its value, and a function from its name to its `}`', () => {
    const field = file.fieldInits.find((f) => f.field === 'device');
    const start = TEXT.indexOf('.device');
    // the value runs to the `}` that ends the entry (the blank before it included)
    expect(field && place(field)).toEqual([start, TEXT.indexOf(' },') + 1, 4, 4, 5, 7]);
    const fn = file.functions.find((f) => f.name === 'foo_init');
    const name = TEXT.indexOf('foo_init');
    const close = TEXT.indexOf('}\nmodule_init');
    expect(fn && place(fn)).toEqual([name, close + 1, 7, 12, 10, 2]);
  });
});

describe('the calls kept as numbers (an object only at file scope), made on each reading', () => {
  const TEXT = [
    'MODULE_AUTHOR("A");',
    'static int one(void) { return a(1) + b(2); }',
    'static const int tbl[] = { X(1), X(2) };',
    'static int two(int v)',
    '{',
    '\tif (c(v))',
    '\t\treturn d(v, e(v));',
    '\treturn 0;',
    '}',
    'static void three(void) { f(); }',
    'module_init(one);',
    '',
  ].join('\n');
  const file = readCFile('x.c', TEXT);

  it('are in file order, each with the function that makes it', () => {
    expect(file.calls.map((c) => [c.name, c.function ?? null])).toEqual([
      ['MODULE_AUTHOR', null],
      ['a', 'one'],
      ['b', 'one'],
      ['X', null],
      ['X', null],
      ['c', 'two'],
      ['d', 'two'],
      ['e', 'two'],
      ['f', 'three'],
      ['module_init', null],
    ]);
    // the names alone, as the kernels model indexes them
    expect(file.callNames).toEqual(file.calls.map((c) => c.name));
    const offsets = file.calls.map((c) => c.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    expect(file.calls.find((c) => c.name === 'd')).toMatchObject({ line: 7, column: 10, endLine: 7, args: ['v', 'e(v)'] });
  });

  it('read the same each time, the file-scope ones as the same objects', () => {
    const first = file.calls;
    const second = file.calls;
    const plain = (calls: CallSite[]) =>
      calls.map((c) => ({
        ...c,
        line: c.line,
        column: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        endOffset: c.endOffset,
        args: c.args,
      }));
    expect(plain(second)).toEqual(plain(first));
    for (const [i, c] of first.entries()) if (c.function === undefined) expect(second[i]).toBe(c);
  });
});

// The lexer's table of matching parentheses is one array for every file (pairParens): a file must not see the pairs
// of the file lexed before it, whatever its own parentheses, balanced or not.
describe('files lexed one after another', () => {
  const lexed = (text: string) => {
    const f = readCFile('x.c', text);
    return {
      functions: f.functions.map((fn) => [fn.name, fn.offset, fn.bodyStart, fn.bodyEnd]),
      calls: f.calls.map((c) => [c.name, c.offset, c.endOffset, c.args]),
      inits: f.fieldInits.map((i) => [i.field, i.value]),
    };
  };
  const piece = fc.constantFrom(
    'static int f(int a)\n{\n\treturn g(a, (b));\n}\n',
    'void h(void) { k((1), m(2)); }\n',
    'x = y(z(',
    '))) q(r) ',
    '(',
    ')',
    'static struct s v = { .a = w(1), .b = (2) };\n',
    '\n',
    'int n(void);\n',
    'void u(void)\n{\n\tp(q;\n\tt((1), 2);\n}\n',
    'void v(void) { w(x, y(z); }\n',
  );
  const file = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

  it('lex each as it would alone', () => {
    fc.assert(
      fc.property(file, file, (first, second) => {
        readCFile('x.c', '');
        const alone = lexed(second);
        lexed(first);
        expect(lexed(second)).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });

  it('leave the calls of the file before with their arguments, split on first use', () => {
    // the call keeps its own bounds, not the shared table
    const a = readCFile('a.c', 'static int f(void)\n{\n\treturn g(1, (2));\n}\n');
    readCFile('b.c', ')'.repeat(200) + '('.repeat(50));
    expect(a.calls.find((c) => c.name === 'g')?.args).toEqual(['1', '(2)']);
  });
});
