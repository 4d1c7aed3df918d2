import { describe, expect, it } from 'vitest';
import { zeroComparesOnIntLocals } from '../../src/analysis/correctness/int-locals.js';

/** `header` is the definition up to its `{`, `body` what the braces hold. */
const skips = (body: string, header = 'static int f(struct d *d)\n') => zeroComparesOnIntLocals(header, body);

describe('correctness facts: comparisons with zero of an int the function declares need no parse', () => {
  it('skips a body whose every comparison with zero tests an int it declares', () => {
    for (const body of [
      '\tint ret = probe(d);\n\tif (ret < 0)\n\t\treturn ret;\n\treturn 0;',
      '\tint ret;\n\tret = f();\n\tif (0 > ret)\n\t\treturn ret;',
      '\tint i, ret;\n\tret = f();\n\treturn ret >= 0 ? 0 : ret;',
      '\tint *p, ret = f();\n\treturn (ret < 0) || g(p);',
      '\tstatic const int ret = 1;\n\twhile (ret <= 0U && d) ;',
      '\tfor (int i = 0; i != 3; i++) {\n\t\tint ret = f(i);\n\t\tif (ret < 0 && x(ret, i)) break;\n\t}',
      '\tint ret = f();\n\tdev_err(d->dev, "%d", ret);\n\treturn ret < 0;',
      '\tint ret = f();\n\tx = (u32)ret;\n\treturn ret < 0;',
      '\tint ret = f();\n\tif (d->ret)\n\t\treturn ret < 0;',
    ])
      expect(skips(body), body).toBe(true);
    // a parameter declared int
    expect(skips('\treturn n < 0 ? -EINVAL : n;', 'static int f(struct d *d, int n)\n')).toBe(true);
  });

  it('keeps a body where a comparison may test something else, or the name may have another type', () => {
    for (const body of [
      '\tu32 ret = f();\n\tif (ret < 0)\n\t\treturn ret;', // declared unsigned
      '\tunsigned int ret = f();\n\treturn ret < 0;',
      '\tlong int ret = f();\n\treturn ret < 0;', // signed, but only `int` is taken as known
      '\tint *ret = f();\n\treturn ret < 0;',
      '\tint ret[2];\n\treturn ret < 0;',
      '\tint a, *ret;\n\treturn ret < 0;',
      '\tu8 a, ret;\n\treturn ret < 0;',
      '\tint ret;\n\t{\n\t\tu8 ret = g();\n\t\tif (ret < 0) return 1;\n\t}',
      '\tint ret;\n\tfor (u32 i = 0, ret = 0; i != 4; i++) ;\n\treturn ret < 0;',
      '\tint ret;\n\tu16 *ret2;\n\treturn d->ret < 0;', // a member of that name
      '\tint ret;\n\treturn 0 > d->len;',
      '\tint ret;\n\treturn (ret = f()) < 0;', // an assignment's left side: the parse reads it
      '\tint ret;\n\treturn x - ret < 0 || y < 0;', // y is declared nowhere here
      '\tint ret;\n\treturn ret << 0 < 1;',
      '\tint ret;\n\tx += ret < 0;',
      '\tint ret;\n\treturn 0 > ret + 1;',
      '\tvoid (*cb)(int ret);\n\treturn ret < 0;', // a callback's parameter is no local
      '\treturn ret < 0;', // a global
      '\treturn f(ret);', // no comparison at all: nothing to skip on
    ])
      expect(skips(body), body).toBe(false);
    expect(skips('\treturn n < 0;', 'static int f(u32 n)\n'), 'an unsigned parameter').toBe(false);
    expect(skips('\tint n;\n\treturn n < 0;', 'static int f(void (*cb)(int n), u32 m)\n'), "a callback's parameter").toBe(false);
  });
});
