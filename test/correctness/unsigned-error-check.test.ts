import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/correctness/unsigned-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { FIXTURE, moduleWith } from './fixture.js';

const lines = (files: Record<string, string>) => runRule(rule, files).map((f) => [f.file, f.line]);

describe('correctness/unsigned-error-check', () => {
  it('finds kernel and module error returns stored unsigned (local, typedef, struct member) and tested for sign', () => {
    const found = runRule(rule, FIXTURE);
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ['cdefects.c', 44],
      ['cdefects.c', 47],
      ['cdefects.c', 50],
    ]);
    expect(found[0].message).toBe(
      '`r < 0` is never true: r is unsigned int (unsigned) but holds the result of kstrtoint() (line 43), which returns a negative errno on failure, so the failure goes unnoticed in cdef_defects()',
    );
    expect(found[1].message).toMatch(
      /^`st >= 0` is always true: st is cdef_status_t \(unsigned\) but holds the result of cdef_parse\(\) \(line 46\)/,
    );
    expect(found[2].message).toMatch(/^`cdef_st\.err < 0` is never true: cdef_st\.err is u16 \(unsigned\)/);
  });

  it('reads parameters, `0 > x`, assignments inside the test and members through pointers', () => {
    const files = moduleWith(
      [
        'struct cfg { u32 irq; };',
        'static int setup(struct cfg *c, size_t n, unsigned gpio)',
        '{',
        '\tif ((n = request_irq(gpio, NULL, 0, "x", NULL)) < 0)',
        '\t\treturn -EIO;',
        '\tc->irq = gpio_to_irq(gpio);',
        '\tif (0 > c->irq)',
        '\t\treturn -EIO;',
        '\treturn 0;',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([
      ['m.c', 7],
      ['m.c', 10],
    ]);
  });

  it('follows the module typedefs and its own functions that pass an errno on', () => {
    const files = moduleWith(
      [
        'typedef unsigned long long big_t;',
        'typedef big_t bigger_t;',
        'static int wrap(int x) { return kstrtoint("1", 10, &x); }',
        'static int wrap2(int x) { int e = wrap(x); return e; }',
        'static void f(void)',
        '{',
        '\tbigger_t v = wrap2(1);',
        '\tif (v < 0)',
        '\t\tpr_err("x\\n");',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([['m.c', 11]]);
  });

  it('follows functions that pass each other on, in a cycle, to one that fails with -E... (read only when asked)', () => {
    const files = moduleWith(
      [
        'static int ping(int n);',
        'static int fail(void) { return -ENODEV; }',
        'static int pong(int n) { if (n) return ping(n - 1); return fail(); }',
        'static int ping(int n) { return pong(n); }',
        'static int calm(int n) { int r = n + 1; return r; }',
        'static void f(void)',
        '{',
        '\tunsigned int v = ping(3);',
        '\tunsigned int w = calm(3);',
        '\tif (v < 0 || w < 0)',
        '\t\tpr_err("x\\n");',
        '}',
      ].join('\n'),
    );
    // `calm` returns no errno: only `v < 0` is a failure unnoticed
    expect(runRule(rule, files).map((f) => f.message.slice(0, 40))).toEqual(['`v < 0` is never true: v is unsigned int']);
  });

  it('knows a module function that returns a variable holding -E... (`status = -EIO; return status;`)', () => {
    const files = moduleWith(
      [
        'static int read_ec(u16 addr, u8 *data)',
        '{',
        '\tint status;',
        '',
        '\tif (!data)',
        '\t\tstatus = -EIO;',
        '\telse',
        '\t\tstatus = 0;',
        '\treturn status;',
        '}',
        'static u32 set_profile(void)',
        '{',
        '\tu8 v;',
        '\tu32 result;',
        '',
        '\tresult = read_ec(0x751, &v);',
        '\tif (result >= 0)',
        '\t\treturn v;',
        '\treturn 0;',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([['m.c', 20]]);
  });

  it('stays silent on signed variables, truly unsigned values, casts and a later plain assignment', () => {
    const files = moduleWith(
      [
        'static unsigned int count(void) { return 3; }',
        'static int f(const char *s)',
        '{',
        '\tint r = kstrtoint(s, 10, NULL);',
        '\tu32 n = count();',
        '\tu32 m = kstrtoint(s, 10, NULL);',
        '\tsize_t len = strlen(s);',
        '\tif (r < 0 || n < 0 || len < 0)',
        '\t\treturn r;',
        '\tif ((int)m < 0)',
        '\t\treturn -EIO;',
        '\tm = 0;',
        '\tif (m < 0)',
        '\t\treturn -EIO;',
        '\tif (m <= 0)',
        '\t\treturn -EIO;',
        '\treturn 0;',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([]);
  });

  it('does not guess the member of a kernel struct from a module struct with a member of that name', () => {
    const files = moduleWith(
      [
        'struct mine { u32 irq; };',
        'static int f(struct pci_dev *pdev, unsigned gpio)',
        '{',
        '\tpdev->irq = gpio_to_irq(gpio);',
        '\tif (pdev->irq < 0)',
        '\t\treturn -EIO;',
        '\treturn 0;',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([]);
  });

  it("does not type a member of an anonymous struct from another file's anonymous struct", () => {
    // the scan buffer of an IIO driver, its struct declared as given; the handler tests the read's result
    const withScan = (structs: string[], extraFiles: Record<string, string> = {}) =>
      moduleWith(
        [
          ...structs,
          'static int m_read(struct m_data *d) { return -EIO; }',
          'static void m_handler(struct m_data *data)',
          '{',
          '\tdata->scan.distance = m_read(data);',
          '\tif (data->scan.distance < 0)',
          '\t\treturn;',
          '}',
        ].join('\n'),
        extraFiles,
      );
    // s16 here, u32 in an unrelated file's anonymous struct read first
    const anonymous = withScan(['struct m_data { struct { s16 distance; s64 ts; } scan; };'], {
      'a.c': 'struct a_data { struct { u32 distance; } scan; };\n',
    });
    expect(lines(anonymous)).toEqual([]);
    // the same member declared u32 in its own named struct is found
    const named = withScan(['struct m_scan { u32 distance; };', 'struct m_data { struct m_scan scan; };']);
    expect(lines(named)).toEqual([['m.c', 10]]);
  });

  it("types a member of an anonymous struct from a header's typedef, past a callback typedef naming a struct", () => {
    const files = moduleWith(
      [
        '#include "m.h"',
        'static int m_read(void) { return -EIO; }',
        'static void m_handler(m_box_t *box)',
        '{',
        '\tbox->len = m_read();',
        '\tif (box->len < 0)',
        '\t\treturn;',
        '}',
      ].join('\n'),
      {
        // a callback typedef naming a struct of that name first (in path order): not where the struct is declared
        'a.h': 'typedef int (*m_cb_t)(struct m_box_t *b, int len);\n',
        'm.h': 'typedef struct {\n\tu32 len;\n} m_box_t;\n',
      },
    );
    expect(lines(files)).toEqual([['m.c', 9]]);
  });

  it('does not take a module function that returns unsigned for the kernel one of the same name', () => {
    const files = moduleWith(
      [
        'static unsigned int kstrtoint(const char *s) { return 1; }',
        'static void f(void)',
        '{',
        '\tu32 v = kstrtoint("1");',
        '\tif (v < 0)',
        '\t\tpr_err("x\\n");',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([]);
  });

  it('never reports never-built code', () => {
    const files = moduleWith(
      [
        'static void f(void)',
        '{',
        '#if 0',
        '\tu32 v = kstrtoint("1", 10, NULL);',
        '\tif (v < 0)',
        '\t\tpr_err("x\\n");',
        '#endif',
        '}',
      ].join('\n'),
    );
    expect(lines(files)).toEqual([]);
  });
});
