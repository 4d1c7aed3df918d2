import { declaredSet } from '../../model/kernels/declared.js';
import { VersionSet } from '../../model/kernels/range.js';
import { parseVersion } from '../../model/kernels/version.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { groupBy, listFiles } from '../once.js';

export default defineRule({
  id: 'compat/dead-version-guard',
  severity: 'note',
  title: 'A version guard for kernels below the supported minimum',
  why: 'Code kept for kernels the project no longer supports is never compiled or tested, yet readers must reason about it; removing it is the cheapest compat cleanup.',
  fix: 'Drop the branch for old kernels and the condition around the code that remains.',
  check(model) {
    const d = model.kernels.declared;
    if (!d?.min) return [];
    const min = parseVersion(d.min) as number;
    const supported = declaredSet(d);
    const belowMin = VersionSet.below(min);
    const out: RawFinding[] = [];
    for (const g of model.kernels.guards ?? []) {
      // The guard around a `#error` is the code's floor, not dead code: it is what stops a build on older kernels.
      if (!g.holds || g.setsLimit) continue;
      const where = { file: g.file, line: g.line, column: g.column, endColumn: g.endColumn };
      const claim = `${d.source.file}:${d.source.line} declares ${d.min}${d.max ? `-${d.max}` : '+'}`;
      if (g.holds.intersect(supported).isEmpty && !g.holds.intersect(belowMin).isEmpty) {
        out.push({ ...where, message: `\`#${g.directive} ${g.expr}\` only holds below ${d.min}: the code it guards is dead (${claim})` });
      } else if (
        g.directive === 'if' &&
        g.holds.complement().intersect(supported).isEmpty &&
        !g.holds.complement().intersect(belowMin).isEmpty
      ) {
        out.push({
          ...where,
          message: `\`#if ${g.expr}\` always holds from ${d.min} on: its #else branch is dead and the condition can go (${claim})`,
        });
      }
    }
    // One finding per file: a compat-heavy source carries dozens of such guards.
    return [...groupBy(out, (f) => f.file as string)].map(([, list]) =>
      list.length === 1
        ? list[0]
        : {
            ...list[0],
            message: `${list.length} version guards only matter below ${d.min} (${claim(d)}): lines ${listFiles(
              list.map((f) => String(f.line)),
              8,
            )}; first: ${list[0].message.replace(/ \(.*\)$/, '')}`,
          },
    );
  },
});

function claim(d: { min?: string; max?: string; source: { file: string; line: number } }): string {
  return `${d.source.file}:${d.source.line} declares ${d.min}${d.max ? `-${d.max}` : '+'}`;
}
