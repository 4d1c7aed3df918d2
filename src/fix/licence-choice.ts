// Which licence a fix writes: the licence file and the module's MODULE_LICENSE must agree, else no fix (the
// mismatch rule reports the disagreement; a fix must not pick a side).

import {
  fitsModuleLicense,
  isKnownModuleLicense,
  type ModuleLicenseString,
  offeredFamilies,
  suggestedModuleLicense,
} from '../data/license-compat.js';
import { kernelIdKind } from '../data/kernel-spdx.js';
import { parseSpdx } from '../model/license/spdx.js';
import type { KernelModule, RepoModel } from '../model/types.js';
import { alternativesOf, licenceFilesFor } from '../rules/license/shared.js';
import { fileNotice } from './notice.js';

/** The SPDX expression the kernel would write for a MODULE_LICENSE string, when it is unique. */
const SPDX_OF_MODULE_LICENSE: Partial<Record<ModuleLicenseString, string>> = {
  GPL: 'GPL-2.0',
  'GPL v2': 'GPL-2.0',
  'Dual MIT/GPL': 'GPL-2.0 OR MIT',
  'Dual MPL/GPL': 'GPL-2.0 OR MPL-1.1',
};

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

/** Modules a file belongs to: as a source, header or build file; else the modules whose folder holds it. */
export function modulesOfFile(model: RepoModel, file: string): KernelModule[] {
  const direct = model.modules.filter((m) => m.sources.includes(file) || m.headers.includes(file) || m.buildFile === file);
  if (direct.length) return direct;
  const dir = dirOf(file);
  const inside = model.modules.filter((m) => m.dir === dir || m.dir === '.' || dir.startsWith(`${m.dir}/`));
  return inside.length ? inside : model.modules.length === 1 ? model.modules : [];
}

/** A valid SPDX expression every id of which the kernel uses. */
function kernelExpression(expr: string): string | undefined {
  const parsed = parseSpdx(expr);
  if (parsed.error || parsed.ids.length === 0) return undefined;
  return parsed.ids.every((id) => kernelIdKind(id) !== undefined) ? expr : undefined;
}

/** The tag expression for a file, from the licence file(s) and the MODULE_LICENSE of its modules; undefined when unsure. */
export function spdxExpressionFor(model: RepoModel, file: string): string | undefined {
  const notice = fileNotice(model.scan.files.get(file)?.text ?? '', !/\.[chsS]$/.test(file));
  if (notice === 'unknown') return undefined;
  if (notice) return kernelExpression(notice.spdx);
  const mods = modulesOfFile(model, file);
  // "GPL" and "GPL v2" mean the same to the kernel (module.h).
  const licences = new Set(mods.map((m) => (m.license?.resolved ? (m.license.value === 'GPL v2' ? 'GPL' : m.license.value) : undefined)));
  if (licences.size > 1) return undefined; // modules under different licences share the file
  const value = [...licences][0];
  if (value !== undefined && !isKnownModuleLicense(value)) return undefined;
  const files = licenceFilesFor(model.license, dirOf(file));
  if (files.length > 0) {
    const offered = offeredFamilies(alternativesOf(files));
    if (value && !fitsModuleLicense(value, offered)) return undefined;
    const expr = files.map((f) => f.spdx).join(' OR ');
    return kernelExpression(files.length > 1 ? files.map((f) => `(${f.spdx})`).join(' OR ') : expr);
  }
  // No licence file: the tags the module's other files already carry, when they agree and fit.
  const tagged = new Set<string>();
  for (const m of mods)
    for (const p of [...m.sources, ...m.headers, m.buildFile]) {
      const t = model.license.spdx.get(p);
      if (t && !t.parsed.error) tagged.add(t.expression);
    }
  if (tagged.size === 1) {
    const expr = [...tagged][0];
    if (!value || fitsModuleLicense(value, offeredFamilies(parseSpdx(expr).alternatives))) return kernelExpression(expr);
    return undefined;
  }
  return value ? SPDX_OF_MODULE_LICENSE[value] : undefined;
}

/** The MODULE_LICENSE string for a module that has none: from its licence file, else its files' tags. */
export function moduleLicenseFor(model: RepoModel, mod: KernelModule): ModuleLicenseString | undefined {
  const files = licenceFilesFor(model.license, mod.dir);
  if (files.length > 0) return suggestedModuleLicense(offeredFamilies(alternativesOf(files)));
  const tagged = new Set<string>();
  for (const p of [...mod.sources, ...mod.headers]) {
    const t = model.license.spdx.get(p);
    if (t && !t.parsed.error) tagged.add(t.expression);
  }
  if (tagged.size !== 1) return undefined;
  return suggestedModuleLicense(offeredFamilies(parseSpdx([...tagged][0]).alternatives));
}
