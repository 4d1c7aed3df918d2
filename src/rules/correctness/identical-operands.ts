import { identicalOperandFindings } from '../../analysis/correctness/identical.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'correctness/identical-operands',
  severity: 'warning',
  title: 'The same operand on both sides of &&, ||, ==, !=, -, ^, & or |',
  why:
    '`!a && !a` where `!a && !b` was meant, `x == x`, `flags & F & F`: the test is always true or always false, or ' +
    'one operand is redundant, and the check that was intended is missing. The compiler does not warn about it ' +
    "with the kernel's flags.",
  fix: 'Replace the repeated operand with the one that was meant (or remove it when it is only redundant).',
  example: {
    bad: {
      'x.c': ['#include <linux/types.h>', 'static int x_ready(const int *a, const int *b)', '{', '\treturn !a && !a;', '}'].join('\n'),
    },
    good: {
      'x.c': ['#include <linux/types.h>', 'static int x_ready(const int *a, const int *b)', '{', '\treturn !a && !b;', '}'].join('\n'),
    },
  },
  check: identicalOperandFindings,
});
