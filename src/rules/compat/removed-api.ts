import { VersionSet } from '../../model/kernels/range.js';
import { kernelVersionMacro, supportedKernels } from '../../model/kernels/supported.js';
import { formatVersion, parseVersion } from '../../model/kernels/version.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'compat/removed-api',
  severity: 'warning',
  title: 'An API the code uses unguarded was removed or changed within the supported kernels',
  why: 'Out-of-tree modules "may break with kernel updates": an API removed or changed inside the range the project claims (or CI builds) means that kernel cannot build the module (kernel-facts §6).',
  fix: 'Use the replacement under `#if LINUX_VERSION_CODE >= KERNEL_VERSION(x, y, 0)` and keep the old form in the `#else` branch, or narrow the declared range.',
  check(model) {
    const supported = supportedKernels(model);
    if (!supported) return [];
    const out: RawFinding[] = [];
    for (const u of model.kernels.uses ?? []) {
      const e = u.entry;
      if (!u.live.exact || e.reportedBy || e.kind === 'deprecated') continue;
      let failing: VersionSet = VersionSet.none;
      if (u.form === 'old' && e.removedIn) failing = VersionSet.from(parseVersion(e.removedIn) as number);
      if (u.form === 'new' && e.addedIn && !e.backported) failing = VersionSet.below(parseVersion(e.addedIn) as number);
      const broken = failing.intersect(u.live.live).intersect(supported.set);
      if (broken.isEmpty) continue;
      const kernel = formatVersion(broken.min as number);
      const where = { file: u.file, line: u.line, column: u.column, endLine: u.endLine, endColumn: u.endColumn };
      if (u.form === 'old') {
        const guard = `#if LINUX_VERSION_CODE >= ${kernelVersionMacro(e.removedIn as string)}`;
        out.push({
          ...where,
          message: `\`${u.text}\` does not build on Linux ${kernel}, which ${supported.source} covers: ${e.symbol} is gone from ${e.removedIn}; use ${e.replacement} under \`${guard}\` and keep the old form in \`#else\``,
        });
      } else {
        const guard = `#if LINUX_VERSION_CODE >= ${kernelVersionMacro(e.addedIn as string)}`;
        out.push({
          ...where,
          message: `\`${u.text}\` needs Linux ${e.addedIn} or later, but ${supported.source} covers ${kernel}: put it under \`${guard}\` and use the older form (${e.replacement}) in \`#else\``,
        });
      }
    }
    return out;
  },
});
