// The licence model: licence files identified, SPDX tags of every text file read, and which files
// are kernel files that should carry a tag.

import type { RepoFiles } from '../../scan/types.js';
import { findLicenceFiles } from './files.js';
import { findSpdxTag, parseSpdx } from './spdx.js';
import type { LicenseModel, SpdxTag } from './types.js';

export type { LicenseModel } from './types.js';

/**
 * @param kernelFiles paths of the kernel C sources, headers, Makefiles, Kbuild and Kconfig files that belong
 *   to modules (user-space tools, tests and docs excluded): the files `license/missing-spdx` checks.
 */
export function buildLicenseModel(scan: RepoFiles, kernelFiles: string[]): LicenseModel {
  const spdx = new Map<string, SpdxTag>();
  for (const f of scan.files.values()) {
    if (f.text === undefined || f.binary) continue;
    const tag = findSpdxTag(f.text);
    if (!tag) continue;
    spdx.set(f.path, { file: f.path, ...tag, shebang: f.text.startsWith('#!'), parsed: parseSpdx(tag.expression) });
  }
  return { files: findLicenceFiles(scan), spdx, kernelFiles: [...new Set(kernelFiles)].sort() };
}
