// Locating kernel header trees and reading their release.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { release } from 'node:os';
import path from 'node:path';

/** The release a header tree was configured for, from `include/config/kernel.release`. */
export function kernelRelease(headers: string): string | undefined {
  try {
    const text = readFileSync(path.join(headers, 'include', 'config', 'kernel.release'), 'utf8').trim();
    return text || undefined;
  } catch {
    return undefined;
  }
}

/** `/lib/modules/$(uname -r)/build` when it exists (many CI machines and containers have none). */
export function defaultHeaderDirs(): string[] {
  const dir = `/lib/modules/${release()}/build`;
  return existsSync(path.join(dir, 'Makefile')) ? [dir] : [];
}

/** Header trees installed the Debian way (`/usr/src/linux-headers-<release>` with a kernel.release). */
export function installedHeaderDirs(root = '/usr/src'): string[] {
  try {
    return readdirSync(root)
      .filter((d) => d.startsWith('linux-headers-'))
      .map((d) => path.join(root, d))
      .filter((d) => kernelRelease(d) !== undefined && existsSync(path.join(d, 'Makefile')));
  } catch {
    return [];
  }
}
