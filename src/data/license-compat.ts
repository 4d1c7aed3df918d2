// MODULE_LICENSE strings and which licences each one fits, as data. Kernel facts §2: the kernel compares
// the string exactly (license_is_gpl_compatible(), include/linux/license.h, 6.1 and 6.12).

/** The strings license_is_gpl_compatible() accepts. */
export const GPL_COMPATIBLE_MODULE_LICENSES = [
  'GPL',
  'GPL v2',
  'GPL and additional rights',
  'Dual BSD/GPL',
  'Dual MIT/GPL',
  'Dual MPL/GPL',
] as const;

/** Recognised by the kernel documentation (module.h) but not GPL-compatible. */
export const NON_GPL_MODULE_LICENSES = ['Proprietary'] as const;

export type ModuleLicenseString = (typeof GPL_COMPATIBLE_MODULE_LICENSES)[number] | (typeof NON_GPL_MODULE_LICENSES)[number];

export function isGplCompatibleModuleLicense(value: string): boolean {
  return (GPL_COMPATIBLE_MODULE_LICENSES as readonly string[]).includes(value);
}

export function isKnownModuleLicense(value: string): value is ModuleLicenseString {
  return isGplCompatibleModuleLicense(value) || (NON_GPL_MODULE_LICENSES as readonly string[]).includes(value);
}

/**
 * Licence families: SPDX ids grouped by what matters for a module. `GPL-2.0` covers -only and -or-later,
 * since the kernel is GPL-2.0 and either fits; GPL-3.0 is its own family because it cannot be combined
 * with GPL-2.0-only code.
 */
export type Family = 'GPL-2.0' | 'GPL-3.0' | 'LGPL-2' | 'LGPL-3.0' | 'MIT' | 'BSD' | 'MPL' | 'Apache-2.0' | 'CDDL-1.0' | 'other';

const FAMILY_OF: [RegExp, Family][] = [
  [/^GPL-(1\.0|2\.0)(\+|-only|-or-later)?$/, 'GPL-2.0'],
  [/^GPL-3\.0(\+|-only|-or-later)?$/, 'GPL-3.0'],
  [/^LGPL-2\.[01](\+|-only|-or-later)?$/, 'LGPL-2'],
  [/^LGPL-3\.0(\+|-only|-or-later)?$/, 'LGPL-3.0'],
  [/^(MIT|X11|ISC|0BSD|Zlib|Unlicense)$/, 'MIT'],
  [/^(BSD-[234]-Clause.*|Linux-OpenIB)$/, 'BSD'],
  [/^MPL-(1\.1|2\.0)$/, 'MPL'],
  [/^Apache-2\.0$/, 'Apache-2.0'],
  [/^CDDL-1\.[01]$/, 'CDDL-1.0'],
];

export function familyOf(id: string): Family {
  for (const [re, fam] of FAMILY_OF) if (re.test(id)) return fam;
  return 'other';
}

/** Families that allow the code to be distributed under the GPL-2.0 as well. */
export const PERMISSIVE: readonly Family[] = ['MIT', 'BSD'];

export interface ModuleLicenseFit {
  /** The module may be distributed under the GPL-2.0 (the string is GPL-compatible). */
  gpl: boolean;
  /**
   * Sets of families a licence must offer to fit this string; one set is enough. A dual string needs
   * both licences, or the permissive one alone (permissive code may be relicensed under the GPL).
   */
  fits: Family[][];
  /** The string to suggest for code offered under a family that does not fit. */
  label: string;
}

export const MODULE_LICENSE_FITS: Record<ModuleLicenseString, ModuleLicenseFit> = {
  GPL: { gpl: true, fits: [['GPL-2.0'], ['LGPL-2']], label: 'the GPL-2.0' },
  'GPL v2': { gpl: true, fits: [['GPL-2.0'], ['LGPL-2']], label: 'the GPL-2.0' },
  // "Additional rights": code under a licence that grants more than the GPL (LGPL, permissive).
  'GPL and additional rights': {
    gpl: true,
    fits: [['GPL-2.0'], ['LGPL-2'], ['MIT'], ['BSD']],
    label: 'the GPL-2.0 with additional rights',
  },
  'Dual BSD/GPL': { gpl: true, fits: [['GPL-2.0', 'BSD'], ['BSD']], label: 'a BSD licence or the GPL-2.0' },
  'Dual MIT/GPL': { gpl: true, fits: [['GPL-2.0', 'MIT'], ['MIT']], label: 'the MIT licence or the GPL-2.0' },
  'Dual MPL/GPL': { gpl: true, fits: [['GPL-2.0', 'MPL']], label: 'the MPL or the GPL-2.0' },
  Proprietary: { gpl: false, fits: [], label: 'no open licence' },
};

/**
 * What a licence expression (as alternatives of ids that apply together) offers: one family per
 * alternative. Licences applied together (AND) offer the most restrictive one; GPL-2.0 AND MIT is GPL-2.0.
 */
export function offeredFamilies(alternatives: string[][]): Set<Family> {
  const out = new Set<Family>();
  for (const alt of alternatives) {
    const fams = [...new Set(alt.map(familyOf))];
    const strict = fams.filter((f) => !PERMISSIVE.includes(f));
    for (const f of strict.length > 0 ? strict : fams) out.add(f);
  }
  return out;
}

/** Does a licence offering these families fit the MODULE_LICENSE string? */
export function fitsModuleLicense(value: ModuleLicenseString, offered: Set<Family>): boolean {
  const fit = MODULE_LICENSE_FITS[value];
  // Proprietary contradicts any licence the audit knows: all of them are open.
  if (!fit.gpl) return [...offered].every((f) => f === 'other');
  if (offered.has('other') && offered.size === 1) return true; // unknown licence: cannot conclude
  return fit.fits.some((set) => set.every((f) => offered.has(f)));
}

/** The MODULE_LICENSE string that fits what a licence offers, if there is one. */
export function suggestedModuleLicense(offered: Set<Family>): ModuleLicenseString | undefined {
  const order: ModuleLicenseString[] = ['Dual MIT/GPL', 'Dual BSD/GPL', 'Dual MPL/GPL', 'GPL'];
  const exact = order.find((v) => MODULE_LICENSE_FITS[v].fits[0].every((f) => offered.has(f)));
  if (exact) return exact;
  return order.find((v) => fitsModuleLicense(v, offered));
}
