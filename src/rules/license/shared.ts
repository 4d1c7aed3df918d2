// Helpers the licence rules share: which licence files speak for a folder, and the quoted forms
// used in messages.

import { parseSpdx } from '../../model/license/spdx.js';
import type { LicenseFile, LicenseModel } from '../../model/license/types.js';

/**
 * The identified licence files that apply to a folder: those in the folder itself, else in the nearest
 * parent that has some. Several files side by side (LICENSE-GPL and LICENSE-MIT) are a dual licence.
 */
export function licenceFilesFor(license: LicenseModel, dir: string): LicenseFile[] {
  const main = license.files.filter((f) => f.role === 'main' && f.spdx);
  let d = dir;
  for (;;) {
    const here = main.filter((f) => f.dir === d);
    if (here.length > 0) return here;
    if (d === '.' || d === '') return [];
    d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '.';
  }
}

/** Licence files side by side, as one set of alternatives (OR). */
export function alternativesOf(files: LicenseFile[]): string[][] {
  return files.flatMap((f) => parseSpdx(f.spdx ?? '').alternatives);
}

/** `LICENSE (GPL-2.0-only)` or `LICENSE-GPL and LICENSE-MIT (GPL-2.0-only OR MIT)`. */
export function describeLicenceFiles(files: LicenseFile[]): string {
  const names = files.map((f) => f.path);
  const list = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} (${files.map((f) => f.spdx).join(' OR ')})`;
}

export function quoteLicense(value: string): string {
  return `MODULE_LICENSE("${value}")`;
}

/** Membership through a Set built once per model: a scan of the list per file made the licence rules quadratic. */
const kernelFileSets = new WeakMap<readonly string[], Set<string>>();

export function isKernelFile(license: LicenseModel, path: string): boolean {
  let set = kernelFileSets.get(license.kernelFiles);
  if (!set || set.size > license.kernelFiles.length) {
    set = new Set(license.kernelFiles);
    kernelFileSets.set(license.kernelFiles, set);
  }
  return set.has(path);
}
