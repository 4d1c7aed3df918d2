import {
  type Family,
  type ModuleLicenseString,
  MODULE_LICENSE_FITS,
  fitsModuleLicense,
  isGplCompatibleModuleLicense,
  isKnownModuleLicense,
  PERMISSIVE,
  offeredFamilies,
  suggestedModuleLicense,
} from '../../data/license-compat.js';
import type { KernelModule, RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { alternativesOf, describeLicenceFiles, licenceFilesFor, quoteLicense } from './shared.js';

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
    for (const mod of model.modules) {
      // Every MODULE_LICENSE counts: a module that declares "Dual MIT/GPL" and "Dual BSD/GPL" fits files of both.
      const declared = mod.licenses.filter((l) => l.resolved && isKnownModuleLicense(l.value));
      if (declared.length === 0) continue;
      const lic = declared[0];
      const value = lic.value as ModuleLicenseString;
      // A licence named outright ("CDDL") fits files under that licence; it is non-gpl-module's headline, not a mismatch.
      const named = mod.licenses.filter((l) => l.resolved && !isKnownModuleLicense(l.value)).map((l) => familyOfName(l.value));
      const fits = (offered: Set<Family>) =>
        declared.some((l) => fitsModuleLicense(l.value as ModuleLicenseString, offered)) ||
        named.some((f) => f !== 'other' && offered.has(f));
      const groups = tagGroups(model, mod);
      // A file whose own header grants a licence is judged by that; the licence file speaks only for a module
      // whose C files carry no tag of their own.
      const files = licenceFilesFor(model.license, mod.dir);
      const offered = offeredFamilies(alternativesOf(files));
      // "GPL-2.0-or-later" code may be taken under the GPL-3.0 of a COPYING file: they agree.
      const orLater = (g: TagGroup) => (/\bL?GPL-2\.0(\+|-or-later)/.test(g.expression) ? ['GPL-3.0' as Family] : []);
      const codeAgrees = groups.some(
        (g) => g.files.some((f) => /\.[ch]$/.test(f)) && [...g.offered, ...orLater(g)].some((f) => offered.has(f)),
      );
      if (files.length > 0 && !codeAgrees) {
        if (!fits(offered)) {
          out.push({
            file: lic.file,
            line: lic.line,
            column: lic.column,
            message: `the licence file ${describeLicenceFiles(files)} ${grants(offered)}, but module ${mod.name} declares ${quoteLicense(value)}, which means ${MODULE_LICENSE_FITS[value].label}${advice(offered)}`,
          });
        }
      }
      // Whether some of the module's C code is under the declared licence (the Makefile's tag does not count).
      const someFit = groups.some((g) => g.files.some((f) => /\.[ch]$/.test(f)) && fits(g.offered));
      for (const group of groups) {
        if (fits(group.offered)) continue;
        // Apache-2.0 WITH LLVM-exception exists to be combined with GPL-2.0 code (vendored compiler headers).
        if (/LLVM-exception/.test(group.expression) && isGplCompatibleModuleLicense(value)) continue;
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

/** The family a licence named in MODULE_LICENSE belongs to ("CDDL" -> CDDL-1.0), for strings the kernel does not know. */
function familyOfName(value: string): Family {
  const v = value.trim().toLowerCase();
  if (v.startsWith('cddl')) return 'CDDL-1.0';
  if (v.startsWith('apache')) return 'Apache-2.0';
  if (v.startsWith('mpl') || v.includes('mozilla')) return 'MPL';
  if (v.startsWith('mit')) return 'MIT';
  if (v.startsWith('bsd')) return 'BSD';
  return 'other';
}
