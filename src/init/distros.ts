// Distribution containers that ship kernel header packages, with the kernel series their header meta-package
// installs (the same table the CI model reads, model/ci/distro-kernels.ts), and the choice of a CI matrix.

import { compareVersions } from '../model/kernels/version.js';

export interface Distro {
  name: string;
  image: string;
  /** Meta-package that installs the headers of the release's default kernel. */
  headers: string;
  kernel: string;
}

export const DISTROS: Distro[] = [
  { name: 'Ubuntu 20.04', image: 'ubuntu:20.04', headers: 'linux-headers-generic', kernel: '5.4' },
  { name: 'Debian 11', image: 'debian:11', headers: 'linux-headers-amd64', kernel: '5.10' },
  { name: 'Ubuntu 22.04', image: 'ubuntu:22.04', headers: 'linux-headers-generic', kernel: '5.15' },
  { name: 'Debian 12', image: 'debian:12', headers: 'linux-headers-amd64', kernel: '6.1' },
  { name: 'Ubuntu 24.04', image: 'ubuntu:24.04', headers: 'linux-headers-generic', kernel: '6.8' },
  { name: 'Debian 13', image: 'debian:13', headers: 'linux-headers-amd64', kernel: '6.12' },
];

/** Debian 12 and 13 and the two current Ubuntu LTS releases: what a matrix holds when nothing narrows it. */
const DEFAULT = ['debian:12', 'debian:13', 'ubuntu:22.04', 'ubuntu:24.04'];

export interface Bounds {
  min?: string | null;
  max?: string | null;
}

const within = (k: string, b: Bounds) => (!b.min || compareVersions(k, b.min) >= 0) && (!b.max || compareVersions(k, b.max) <= 0);

/**
 * The matrix: the default releases whose kernel the code can build on (the implied range) and the project claims
 * (the declared range), plus the releases carrying the declared ends, so CI builds the claim's edges. When the
 * ranges leave fewer than two, the other known releases in range fill in.
 */
export function chooseDistros(implied: Bounds, declared?: Bounds): Distro[] {
  const ok = (d: Distro) => within(d.kernel, implied) && (!declared || within(d.kernel, declared));
  const chosen = DISTROS.filter((d) => ok(d) && (DEFAULT.includes(d.image) || d.kernel === declared?.min || d.kernel === declared?.max));
  if (chosen.length < 2) for (const d of DISTROS) if (ok(d) && !chosen.includes(d)) chosen.push(d);
  return chosen.sort((a, b) => compareVersions(a.kernel, b.kernel));
}
