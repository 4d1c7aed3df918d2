import { defineRule } from '../rule.js';

export default defineRule({
  id: 'ci/ci-does-not-build',
  severity: 'warning',
  title: 'CI never builds the module',
  why: 'A CI that lints or runs scripts but never compiles the module against kernel headers cannot catch the API changes that break out-of-tree modules (kernel-facts §6).',
  fix: 'Install kernel headers in a job and run `make -C <headers> M=$PWD modules` (or `dkms build`).',
  check(model) {
    const readable = model.ci.files.filter((f) => f.system !== 'other');
    // Only CI systems the audit reads can prove the absence of a build.
    if (model.modules.length === 0 || readable.length === 0 || model.ci.files.some((f) => f.system === 'other')) return [];
    if (model.ci.builds.length > 0) return [];
    return readable.map((f) => ({
      file: f.path,
      line: 1,
      message: `${f.path} never builds the module: no make/kbuild or dkms build step (also in the scripts it calls)`,
    }));
  },
});
