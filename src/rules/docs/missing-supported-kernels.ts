import { defineRule } from '../rule.js';

export default defineRule({
  id: 'docs/missing-supported-kernels',
  severity: 'warning',
  title: 'Nothing states the supported kernel versions',
  why: 'Out-of-tree modules "may break with kernel updates"; users cannot tell whether their kernel is expected to work, and the audit cannot check the compat code against a range.',
  fix: 'Say in the README which kernels the module supports ("Linux 5.10 through 6.12"), or set `BUILD_EXCLUSIVE_KERNEL` in dkms.conf, or `kernels: { min, max }` in .lkm-audit.yml.',
  check(model) {
    if (model.modules.length === 0 || model.kernels.declared) return [];
    const readme = model.docs.readme;
    const message =
      'no README section, dkms.conf BUILD_EXCLUSIVE_KERNEL, #error guard or config states which kernel versions the module supports';
    return [readme ? { file: readme.path, line: 1, message } : { message }];
  },
});
