import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'upstream/open-todo',
  severity: 'warning',
  title: 'Open items in the TODO list',
  why:
    "A driver's TODO file (and TODO or known-issues sections of its README) is its maintainers' own list of what " +
    'keeps it from being accepted: every staging driver carries one, and a driver leaves staging when it is empty. ' +
    'Each open item counts against readiness.',
  fix: 'Do the item and remove it from the list (or mark it done with `[x]`).',
  example: {
    bad: { Makefile: 'obj-m := drv.o\n', TODO: '- convert to the regmap API\n- add device tree bindings\n' },
    good: { Makefile: 'obj-m := drv.o\n', TODO: '- [x] convert to the regmap API\n' },
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const list of model.todo) {
      const where = list.section ? `"${list.section}" in ${list.file}` : list.file;
      for (const item of list.items) findings.push({ file: list.file, line: item.line, message: `open item in ${where}: ${item.text}` });
    }
    return findings;
  },
});
