import { defineRule } from '../rule.js';

export default defineRule({
  id: 'ci/missing-ci',
  severity: 'warning',
  title: 'No CI configuration',
  why: 'Out-of-tree modules "may break with kernel updates"; without CI nobody learns that a new kernel broke the build until a user reports it.',
  fix: 'Add a workflow (.github/workflows/build.yml or .gitlab-ci.yml) that builds the module against the kernels you support.',
  check(model) {
    if (model.modules.length === 0 || model.ci.files.length > 0) return [];
    return [{ message: 'no CI configuration (.github/workflows, .gitlab-ci.yml, .travis.yml ...) builds this module' }];
  },
});
