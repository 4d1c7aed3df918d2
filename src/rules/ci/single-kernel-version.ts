import { RUNTIME_LIST } from '../../model/ci/commands.js';
import { defineRule } from '../rule.js';
import { buildTargets } from './targets.js';

export default defineRule({
  id: 'ci/single-kernel-version',
  severity: 'warning',
  title: 'CI builds against one kernel version only',
  why: 'The guide\'s advice is to "maintain compatibility with multiple kernel versions"; a CI that builds against one kernel proves nothing about the others, and compat guards go untested.',
  fix: 'Build in a matrix over the oldest and newest kernels you support (for example Debian 6.1 and 6.12 headers).',
  check(model) {
    const builds = model.ci.builds;
    if (builds.length === 0) return [];
    const targets = buildTargets(builds);
    if (targets.length !== 1 || targets[0] === RUNTIME_LIST) return [];
    const b = builds[0];
    return [
      {
        file: b.file,
        line: b.line,
        message: `CI builds against ${targets[0]} only (${builds.length} build step${builds.length === 1 ? '' : 's'}, first in ${b.job ?? b.file})`,
      },
    ];
  },
});
