import { RUNTIME_LIST } from '../../model/ci/commands.js';
import { parseVersion } from '../../model/kernels/version.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'ci/untested-declared-kernels',
  severity: 'note',
  title: 'Docs or dkms.conf claim kernels that CI never builds',
  why: 'A claimed range is only as good as its ends: if CI never builds the oldest and newest claimed kernels, the claim is untested and compat code at the edges rots.',
  fix: 'Add the declared minimum and maximum kernels to the CI matrix, or narrow the claim.',
  check(model) {
    const d = model.kernels.declared;
    const builds = model.ci.builds;
    if (!d || builds.length === 0 || builds.some((b) => b.kernels.includes(RUNTIME_LIST))) return [];
    const tested = new Set(model.ci.tested);
    const missing = [d.min, d.max].filter((v): v is string => !!v && parseVersion(v) !== undefined && !tested.has(v));
    if (missing.length === 0) return [];
    const b = builds[0];
    const tests = model.ci.tested.length ? model.ci.tested.join(', ') : 'no identified kernel version';
    return [
      {
        file: b.file,
        line: b.line,
        message: `${d.source.file}:${d.source.line} claims ${d.min ?? '...'}-${d.max ?? '...'}, but CI builds ${tests}: ${[...new Set(missing)].join(' and ')} never built`,
      },
    ];
  },
});
