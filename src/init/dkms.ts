// A dkms.conf derived from the modules the build produces: one BUILT_MODULE_NAME/LOCATION and DEST_MODULE_LOCATION
// record per module, built with kbuild directly against the kernel dkms builds for (${kernel_source_dir}).

import { posix } from 'node:path';
import type { KernelModule } from '../model/types.js';

export function renderDkmsConf(packageName: string, version: string, modules: KernelModule[], buildDirs: string[]): string {
  const tree = '${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build';
  const step = (goal: string) =>
    buildDirs.map((d) => `make -C \${kernel_source_dir} M=${d === '.' ? tree : `${tree}/${d}`} ${goal}`).join(' && ');
  const lines = [
    `PACKAGE_NAME="${packageName}"`,
    `PACKAGE_VERSION="${version}"`,
    `MAKE[0]="${step('modules')}"`,
    `CLEAN="${step('clean')}"`,
  ];
  modules.forEach((m, i) => {
    lines.push(`BUILT_MODULE_NAME[${i}]="${m.name}"`);
    if (m.dir !== '.') lines.push(`BUILT_MODULE_LOCATION[${i}]="${posix.normalize(m.dir)}/"`);
    lines.push(`DEST_MODULE_LOCATION[${i}]="/updates/dkms"`);
  });
  lines.push('AUTOINSTALL="yes"', '');
  return lines.join('\n');
}
