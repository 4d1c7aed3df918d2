import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { pushTo } from '../../util/group.js';
import { isVendored } from '../../model/vendored.js';

export default defineRule({
  id: 'upstream/version-ifdefs',
  severity: 'note',
  title: '`LINUX_VERSION_CODE` conditionals',
  why: 'Upstream code is built for one kernel only: version conditionals are rejected in review (checkpatch LINUX_VERSION_CODE), so a module heading upstream must drop them.',
  fix: 'Keep compat code in a separate layer (a compat header, or the out-of-tree branch only) and write the upstream version for the current kernel.',
  check(model) {
    const byFile = new Map<string, NonNullable<typeof model.kernels.guards>>();
    for (const g of model.kernels.guards ?? []) if (!isVendored(model.vendored ?? [], g.file)) pushTo(byFile, g.file, g);
    const out: RawFinding[] = [];
    for (const [file, guards] of byFile) {
      const first = guards[0];
      const n = guards.length;
      out.push({
        file,
        line: first.line,
        column: first.column,
        endColumn: first.endColumn,
        message: `${n} LINUX_VERSION_CODE conditional${n === 1 ? '' : 's'} in ${file} (first: \`#${first.directive} ${first.expr}\`): upstream does not accept version conditionals`,
      });
    }
    return out;
  },
});
