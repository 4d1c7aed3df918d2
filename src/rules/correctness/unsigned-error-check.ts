import { type ErrnoFunctions, errnoFunctions } from '../../analysis/correctness/errno-functions.js';
import { repoTypes, signednessOf, typeOfPath } from '../../analysis/correctness/repo-types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'correctness/unsigned-error-check',
  severity: 'error',
  title: 'A negative error return stored in an unsigned variable, then tested for < 0 or >= 0',
  why:
    'Kernel functions report failure as a negative errno (`-EIO`); stored in a `u8`, `u32` or `size_t` it becomes a ' +
    'large positive number, so `if (ret < 0)` never fires and `ret >= 0` always does: the failure is ignored and the ' +
    'error code is used as data. The kernel builds with `-Wno-type-limits`, so even `W=1` says nothing.',
  fix: 'Declare the variable `int` (or `ssize_t`/`long` as the function returns), test it, and only then convert it to the unsigned value.',
  example: {
    bad: {
      'x.c': [
        '#include <linux/i2c.h>',
        'static int x_read(struct i2c_client *c)',
        '{',
        '\tu8 val = i2c_smbus_read_byte_data(c, 0x10);',
        '',
        '\tif (val < 0)',
        '\t\treturn val;',
        '\treturn val & 0x7f;',
        '}',
      ].join('\n'),
    },
    good: {
      'x.c': [
        '#include <linux/i2c.h>',
        'static int x_read(struct i2c_client *c)',
        '{',
        '\tint val = i2c_smbus_read_byte_data(c, 0x10);',
        '',
        '\tif (val < 0)',
        '\t\treturn val;',
        '\treturn val & 0x7f;',
        '}',
      ].join('\n'),
    },
  },
  check(model) {
    const t = repoTypes(model);
    // made on the first unsigned operand: most repositories have none, and it reads function definitions
    let errno: ErrnoFunctions | undefined;
    const out: RawFinding[] = [];
    for (const [path, file] of t.files) {
      for (const fn of file.functions) {
        for (const cmp of fn.zeroCompares) {
          // The value tested is the one assigned last before the test (in the order of the text).
          const from = fn.callAssigns.filter((a) => a.target.text === cmp.operand.text && a.offset < cmp.offset).at(-1);
          if (!from?.callee) continue;
          const type = typeOfPath(cmp.operand, fn, path, t);
          if (signednessOf(type, t) !== 'unsigned') continue;
          // the callee last: answering it may parse the files its answer depends on
          errno ??= errnoFunctions(t);
          if (!errno.has(from.callee)) continue;
          out.push({
            file: path,
            line: cmp.line,
            column: cmp.column,
            message:
              `\`${cmp.text}\` is ${cmp.always === 'false' ? 'never' : 'always'} true: ${cmp.operandText} is ${type?.base} (unsigned) but holds ` +
              `the result of ${from.callee}() (line ${from.line}), which returns a negative errno on failure, so the failure goes unnoticed in ${fn.name}()`,
          });
        }
      }
    }
    return out;
  },
});
