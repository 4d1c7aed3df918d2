import { describe, expect, it } from 'vitest';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { locateWasm } from '../../src/model/c/syntax/loader.js';
import { prepareSlice } from '../../src/model/c/syntax/prepare.js';
import { readCFile } from '../../src/model/c/file.js';
import { sourceOf, spanOf } from './source.js';

describe('prepareSlice', () => {
  it('blanks annotations with spaces and keeps every offset', () => {
    const code = 'static int __init f(char __user *p, void __iomem *q) __attribute__((cold))\n{\n}\n';
    const out = prepareSlice(code, 0, code.length).text;
    expect(out).toHaveLength(code.length);
    expect(out).not.toMatch(/__init|__user|__iomem|__attribute__/);
    expect(out.indexOf('char')).toBe(code.indexOf('char'));
  });

  it('keeps the first branch of #if groups and the #else of #if 0', () => {
    const code = '{\n#if X\n\ta();\n#else\n\tb();\n#endif\n#if 0\n\tc();\n#else\n\td();\n#endif\n}\n';
    const out = prepareSlice(code, 0, code.length).text;
    expect(out).toContain('a();');
    expect(out).not.toContain('b();');
    expect(out).not.toContain('c();');
    expect(out).toContain('d();');
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('turns iterator macros into while loops of the same length', () => {
    const code = '{\n\tlist_for_each_entry(p, &head, node) {\n\t\tkfree(p);\n\t}\n}\n';
    const out = prepareSlice(code, 0, code.length).text;
    expect(out).toContain('while              (p, &head, node)');
    expect(out).toHaveLength(code.length);
  });

  it('rewrites whole annotation and iterator tokens only, never a name that merely contains one', () => {
    const code = [
      '{',
      '	noinline_count = my__init + x__iomem + notrace_level;', // names that contain an annotation: kept
      '	fallthrough;', // an annotation without the double underscore: blanked
      '	FOR_EACH_PORT(p) {', // iterator macros in any case, also at the start of a name
      '		use(p);',
      '	}',
      '	for_each_cpu(c, mask) {',
      '		use(c);',
      '	}',
      '	bus_for_each_dev(&bus, NULL, data, fn);', // called as a statement: a call, not a loop
      '}',
    ].join('\n');
    const out = prepareSlice(code, 0, code.length).text;
    expect(out).toHaveLength(code.length);
    expect(out).toContain('noinline_count = my__init + x__iomem + notrace_level;');
    expect(out).not.toContain('fallthrough');
    expect(out).toContain('while        (p) {');
    expect(out).toContain('while       (c, mask) {');
    expect(out).toContain('bus_for_each_dev(&bus, NULL, data, fn);');
  });
});

describe('parseFunctionBody', () => {
  it('lowers a goto ladder to calls, assignments, tests, gotos and labels with file lines', () => {
    const src = sourceOf(`/* header */
static int __init foo_init(void)
{
	int ret;

	ret = misc_register(&foo_misc);
	if (ret < 0)
		goto out;
	return 0;
out:
	return ret;
}
`);
    const fb = parseFunctionBody(src, spanOf(src, 'foo_init'));
    expect(fb.problems).toEqual([]);
    expect(fb.body.map((s) => s.kind)).toEqual(['expr', 'if', 'return', 'label', 'return']);
    const first = fb.body[0];
    expect(first.kind === 'expr' && first.assigns[0]).toMatchObject({
      target: 'ret',
      call: { name: 'misc_register', args: ['&foo_misc'], line: 6 },
    });
    const cond = fb.body[1];
    expect(cond.kind === 'if' && cond.cond.test).toEqual({ op: 'neg', key: 'ret' });
    expect(cond.kind === 'if' && cond.whenTrue[0]).toMatchObject({ kind: 'goto', label: 'out', line: 8 });
  });

  it('reports a syntax problem instead of guessing when the broken statement may hide a jump', () => {
    const src = sourceOf('static int f(void)\n{\n\tCHECK(x, goto out);\n\treturn 0;\nout:\n\treturn 1;\n}\n');
    expect(parseFunctionBody(src, spanOf(src, 'f')).problems[0]).toMatch(/syntax not understood at line 3/);
  });
});

describe('locateWasm', () => {
  it('finds both wasm files', () => {
    expect(locateWasm('tree-sitter.wasm')).toMatch(/tree-sitter\.wasm$/);
    expect(locateWasm('tree-sitter-c.wasm')).toMatch(/tree-sitter-c\.wasm$/);
  });
});

describe('readCFile', () => {
  it('counts the braces of the branch the parser keeps, so functions after an uneven #if are found', () => {
    const code = [
      'static void a(int x)',
      '{',
      '#if A',
      '\tif (x) {',
      '#elif B',
      '\tif (x > 1) {',
      '#else',
      '\tif (x > 2) {',
      '#endif',
      '\t\tx++;',
      '\t}',
      '}',
      '#if 0',
      'static void never(void) {',
      '#endif',
      'static int b(void)',
      '{',
      '\treturn 0;',
      '}',
      '',
    ].join('\n');
    const f = readCFile('a.c', code);
    expect(f.notes).toEqual([]);
    expect(f.functions.map((fn) => [fn.name, fn.line])).toEqual([
      ['a', 1],
      ['b', 16],
    ]);
  });

  it('ends a #define where the spliced lines end, also inside a comment', () => {
    const code = '#define M(x) do { \\\n/* if (x) { \\\n} */ \\\n\tx = 0; \\\n} while (0)\nstatic int b(void)\n{\n\treturn 0;\n}\n';
    const f = readCFile('a.c', code);
    expect(f.notes).toEqual([]);
    expect(f.defines.get('M')?.value).toContain('while (0)');
    expect(f.functions.map((fn) => fn.name)).toEqual(['b']);
  });
});
