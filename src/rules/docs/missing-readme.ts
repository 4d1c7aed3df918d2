import { defineRule } from '../rule.js';

export default defineRule({
  id: 'docs/missing-readme',
  severity: 'warning',
  title: 'No README',
  why: 'Users of an out-of-tree module must build it themselves against their kernel headers; without a README they do not know how to build, load or which kernels are supported (guide: "Provide clear documentation and installation instructions").',
  fix: 'Add a README.md that says what the module does, how to build it (`make KDIR=...`), how to load it and which kernels it supports.',
  check(model) {
    if (model.docs.readme) return [];
    return [{ message: 'the repository has no README (README.md, README, docs/README.md ...)' }];
  },
});
