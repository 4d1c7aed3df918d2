import {
  type Family,
  MODULE_LICENSE_FITS,
  fitsModuleLicense,
  isGplCompatibleModuleLicense,
  isKnownModuleLicense,
  PERMISSIVE,
  offeredFamilies,
  suggestedModuleLicense,
} from '../../data/license-compat.js';
import type { LicenseFile } from '../../model/license/types.js';
import type { KernelModule, RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { alternativesOf, describeLicenceFiles, isKernelFile, licenceFilesFor, quoteLicense } from './shared.js';

export default defineRule({
  id: 'license/mismatch',
  severity: 'warning',
  title: 'Licence file, MODULE_LICENSE and SPDX tags disagree',
  why: 'When the licence file, the SPDX tags and MODULE_LICENSE say different things, users and distributions cannot tell under which terms they may ship the module, and the kernel acts on MODULE_LICENSE alone (GPL-only symbols, taint).',
  fix: 'Make the three agree: the licence text in LICENSE/COPYING, the same licence in each SPDX tag, and the matching MODULE_LICENSE string.',
  example: {
    bad: {
      'hello.c': '// SPDX-License-Identifier: MIT\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
      Makefile: '# SPDX-License-Identifier: MIT\nobj-m := hello.o\n',
    },
    good: {
      'hello.c': '// SPDX-License-Identifier: GPL-2.0 OR MIT\n#include <linux/module.h>\nMODULE_LICENSE("Dual MIT/GPL");\n',
      Makefile: '# SPDX-License-Identifier: GPL-2.0 OR MIT\nobj-m := hello.o\n',
    },
  },
  check(model) {
    const out: RawFinding[] = [];
    const checkedByModule = new Set<string>();
    for (const mod of model.modules) {
      const lic = mod.license;
      if (!lic?.resolved || !isKnownModuleLicense(lic.value)) continue;
      const value = lic.value;
      const files = licenceFilesFor(model.license, mod.dir);
      if (files.length > 0) {
        const offered = offeredFamilies(alternativesOf(files));
        if (!fitsModuleLicense(value, offered)) {
          out.push({
            file: lic.file,
            line: lic.line,
            column: lic.column,
            message: `the licence file ${describeLicenceFiles(files)} ${grants(offered)}, but module ${mod.name} declares ${quoteLicense(value)}, which means ${MODULE_LICENSE_FITS[value].label}${advice(offered)}`,
          });
        }
      }
      const groups = tagGroups(model, mod);
      // Whether some of the module's C code is under the declared licence (the Makefile's tag does not count).
      const someFit = groups.some((g) => g.files.some((f) => /\.[ch]$/.test(f)) && fitsModuleLicense(value, g.offered));
      for (const group of groups) {
        for (const f of group.files) checkedByModule.add(f);
        if (fitsModuleLicense(value, group.offered)) continue;
        // Permissive files inside a GPL module (BSD headers in a GPL driver) are ordinary: the module as a
        // whole is still under the GPL. Only a module whose every tag is permissive disagrees with "GPL".
        if (someFit && isGplCompatibleModuleLicense(value) && [...group.offered].every((f) => PERMISSIVE.includes(f))) continue;
        const first = model.license.spdx.get(group.files[0])!;
        out.push({
          file: first.file,
          line: first.line,
          column: first.column,
          message: `${filesPhrase(group.files)} SPDX "${group.expression}", but module ${mod.name} declares ${quoteLicense(value)}, which means ${MODULE_LICENSE_FITS[value].label}${advice(group.offered)}`,
        });
      }
    }
    // Kernel files outside any module with a known MODULE_LICENSE: their tags against the licence file,
    // one finding per licence file and expression.
    const loose = new Map<string, { files: string[]; expression: string; licence: LicenseFile[]; offered: Set<Family> }>();
    for (const tag of model.license.spdx.values()) {
      if (checkedByModule.has(tag.file) || !isKernelFile(model.license, tag.file) || tag.parsed.error) continue;
      const dir = tag.file.includes('/') ? tag.file.slice(0, tag.file.lastIndexOf('/')) : '.';
      const files = licenceFilesFor(model.license, dir);
      if (files.length === 0) continue;
      const fromFile = offeredFamilies(alternativesOf(files));
      const fromTag = offeredFamilies(tag.parsed.alternatives);
      if (fromFile.has('other') || fromTag.has('other')) continue;
      if ([...fromTag].some((f) => fromFile.has(f))) continue;
      const key = `${files.map((f) => f.path).join('\0')}\0${tag.expression}`;
      const g = loose.get(key) ?? { files: [], expression: tag.expression, licence: files, offered: fromFile };
      g.files.push(tag.file);
      loose.set(key, g);
    }
    for (const g of loose.values()) {
      const first = model.license.spdx.get(g.files[0])!;
      out.push({
        file: first.file,
        line: first.line,
        column: first.column,
        message: `${filesPhrase(g.files)} SPDX "${g.expression}", but the licence file ${describeLicenceFiles(g.licence)} ${grants(g.offered)}`,
      });
    }
    return out;
  },
});

interface TagGroup {
  expression: string;
  files: string[];
  offered: Set<Family>;
}

/** The module's files with a valid tag, grouped by expression, so thirty files with one wrong tag make one finding. */
function tagGroups(model: RepoModel, mod: KernelModule): TagGroup[] {
  const paths = [...new Set([...mod.sources, ...mod.headers, mod.buildFile].filter(Boolean))];
  const groups = new Map<string, TagGroup>();
  for (const p of paths) {
    const tag = model.license.spdx.get(p);
    if (!tag || tag.parsed.error) continue;
    const g = groups.get(tag.expression) ?? { expression: tag.expression, files: [], offered: offeredFamilies(tag.parsed.alternatives) };
    g.files.push(p);
    groups.set(tag.expression, g);
  }
  return [...groups.values()];
}

function filesPhrase(files: string[]): string {
  if (files.length === 1) return `${files[0]} carries`;
  return `${files[0]} and ${files.length - 1} other file${files.length > 2 ? 's' : ''} carry`;
}

function grants(offered: Set<Family>): string {
  const names = [...offered].map((f) =>
    f === 'other' ? 'another licence' : f === 'LGPL-2' ? 'LGPL-2.x' : f === 'BSD' ? 'a BSD licence' : f === 'MIT' ? 'MIT' : f,
  );
  if (offered.has('GPL-3.0') && !offered.has('GPL-2.0'))
    return `grants ${names.join(' or ')}, which cannot be combined with the kernel's GPL-2.0`;
  return `grants ${names.join(' or ')}`;
}

function advice(offered: Set<Family>): string {
  const s = suggestedModuleLicense(offered);
  if (s) return `; ${quoteLicense(s)} would match`;
  if (offered.has('GPL-3.0') || offered.has('Apache-2.0') || offered.has('CDDL-1.0'))
    return '; the module cannot be GPL-2.0 compatible under that licence alone';
  return '';
}
