// Rules about how an out-of-tree repository is packaged. Inside a kernel tree (in-tree mode) the tree
// itself carries the licence texts (COPYING, LICENSES/), the build system, the documentation and the CI
// (0-day, KernelCI): a driver folder there has none of its own, and these rules report nothing.

export const PACKAGING_RULES: ReadonlySet<string> = new Set([
  'license/missing-license-file',
  'build/gitignore-artifacts',
  'build/missing-clean-target',
  'build/missing-install-target',
  'build/kdir-not-overridable',
  'build/hardcoded-kernel-path',
  'build/pwd-in-m',
  'ci/missing-ci',
  'ci/ci-does-not-build',
  'ci/single-kernel-version',
  'ci/untested-declared-kernels',
  'docs/missing-readme',
  'docs/missing-build-instructions',
  'docs/missing-install-instructions',
  'docs/missing-supported-kernels',
  'docs/missing-signing-guidance',
  'dkms/missing-field',
  'dkms/uname-in-make',
  'dkms/kernelrelease-breaks-make',
  'dkms/version-mismatch',
  'compat/dead-version-guard',
]);

export function isPackagingRule(id: string): boolean {
  return PACKAGING_RULES.has(id);
}
