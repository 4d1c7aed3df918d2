// README sections for what the docs rules look for: build, install, supported kernels, module signing.

import type { Distro } from './distros.js';

export type Section = 'build' | 'install' | 'kernels' | 'signing';

export interface ReadmeFacts {
  modules: string[];
  distros: Distro[];
  /** What the code needs, from the kernel APIs it uses. */
  implied: { min: string | null; max: string | null };
  hasDkms: boolean;
}

export function readmeSections(want: Section[], f: ReadmeFacts): string {
  const ko = f.modules.map((m) => `${m}.ko`);
  const first = f.modules[0] ?? 'module';
  const out: string[] = [];
  if (want.includes('kernels') && f.distros.length) {
    const lo = f.distros[0].kernel;
    const hi = f.distros[f.distros.length - 1].kernel;
    const list = f.distros.map((d) => `${d.name} (${d.kernel})`).join(', ');
    const why = [
      f.implied.min ? `the kernel APIs it uses exist since ${f.implied.min}` : '',
      f.implied.max ? `some were removed after ${f.implied.max}` : '',
    ].filter(Boolean);
    out.push(
      '## Supported kernels',
      '',
      `Linux ${lo} to ${hi}: CI builds the module against the default kernel headers of ${list}.` +
        (why.length ? ` The code sets the range too: ${why.join(', and ')}.` : ''),
      '',
    );
  }
  if (want.includes('build'))
    out.push(
      '## Build',
      '',
      'Install the kernel headers (`linux-headers-$(uname -r)` on Debian and Ubuntu, `kernel-devel` on Fedora), then:',
      '',
      '```sh',
      'make -C /lib/modules/$(uname -r)/build M=$PWD modules',
      '```',
      '',
      'Point `-C` at another header tree to build for another kernel.',
      '',
    );
  if (want.includes('install'))
    out.push(
      '## Install and load',
      '',
      '```sh',
      'sudo make -C /lib/modules/$(uname -r)/build M=$PWD modules_install && sudo depmod -a',
      `sudo modprobe ${first}`,
      '```',
      '',
      `For a quick test without installing: \`sudo insmod ${ko[0] ?? 'module.ko'}\`.${f.hasDkms ? ' With DKMS, which rebuilds the module for every new kernel: `sudo dkms install .`.' : ''}`,
      '',
    );
  if (want.includes('signing'))
    out.push(
      '## Module signing and Secure Boot',
      '',
      'With Secure Boot enabled the kernel loads only signed modules. Sign the module with a Machine Owner Key (MOK)',
      'and enrol the key once:',
      '',
      '```sh',
      `/lib/modules/$(uname -r)/build/scripts/sign-file sha256 MOK.priv MOK.der ${ko[0] ?? 'module.ko'}`,
      'sudo mokutil --import MOK.der   # confirm in MokManager at the next boot',
      '```',
      '',
      'DKMS signs the modules it builds with its own key (`/var/lib/dkms/mok.pub`), which must be enrolled the same way.',
      '',
    );
  return out.join('\n');
}
