// Licence files: LICENSE / LICENCE / COPYING in any case, with any suffix (LICENSE.txt, COPYING.LESSER,
// LICENSE-MIT, MIT-LICENSE), in any folder, plus the kernel-style LICENSES/ folder.

import type { RepoFiles } from '../../scan/types.js';
import { identifyLicenceText } from './identify.js';
import type { LicenseFile } from './types.js';

const NAMED =
  /^((licen[cs]es?|copying|unlicense)([-._ ][^/]*)?|[a-z0-9.+]+[-_.](licen[cs]e|copying)(\.(txt|md|rst))?|(gpl|lgpl|mit|bsd|mpl|cddl|apache)[-_.v0-9]*\.(txt|md))$/i;
/** `license.c`, `copying.py`: code that happens to be named like a licence. */
const CODE_EXT = /\.(c|h|cc|cpp|s|py|sh|js|mjs|ts|go|rs|pl|rb|o|ko|json|ya?ml|toml|in|am|mk)$/i;
const LICENSES_DIR = /(^|\/)LICENSES\/(.+\/)?[^/]+$/;

export function isLicenceFileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return NAMED.test(base) && !CODE_EXT.test(base);
}

export function findLicenceFiles(scan: RepoFiles): LicenseFile[] {
  const out: LicenseFile[] = [];
  for (const f of scan.files.values()) {
    const library = LICENSES_DIR.test(f.path);
    if (!library && !isLicenceFileName(f.path)) continue;
    if (f.text === undefined) continue;
    const dir = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '.';
    const base: LicenseFile = { path: f.path, confidence: 0, method: 'none', matches: [], dir, role: library ? 'library' : 'main' };
    const declared = library ? validIdentifiers(f.text) : [];
    if (declared.length > 0) {
      out.push({ ...base, spdx: declared.join(' OR '), confidence: 1, method: 'spdx-tag' });
      continue;
    }
    const id = identifyLicenceText(f.text);
    out.push({ ...base, spdx: id.spdx, confidence: id.confidence, method: id.method, matches: id.matches });
  }
  resolvePointers(out, scan);
  return out;
}

/** Kernel LICENSES/ files start with `Valid-License-Identifier: X` lines (several spellings of one licence). */
function validIdentifiers(text: string): string[] {
  const ids = [...text.matchAll(/^Valid-License-Identifier:\s*(\S[^\r\n]*)$/gm)].map((m) => m[1].trim());
  // `GPL-2.0`, `GPL-2.0+`, `GPL-2.0-only` ... in one file: the first names the licence.
  return ids.length > 0 ? [ids[0]] : [];
}

/** A COPYING that only points to LICENSES/<kind>/<id> (kernel style, without an SPDX line) takes that file's licence. */
function resolvePointers(files: LicenseFile[], scan: RepoFiles): void {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const f of files) {
    if (f.role !== 'main' || f.spdx) continue;
    const text = scan.files.get(f.path)?.text ?? '';
    const targets = [...text.matchAll(/\bLICENSES\/[\w.+/-]+/g)]
      .map((m) => (f.dir === '.' ? m[0] : `${f.dir}/${m[0]}`).replace(/[./]+$/, ''))
      .map((p) => byPath.get(p))
      .filter((t): t is LicenseFile => t?.spdx !== undefined);
    const ids = [...new Set(targets.map((t) => t.spdx as string))];
    if (ids.length === 0) continue;
    f.spdx = ids.length === 1 ? ids[0] : ids.map((e) => `(${e})`).join(' OR ');
    f.confidence = 0.9;
    f.method = 'pointer';
  }
}
