// The nearest valid MODULE_LICENSE string for a wrong one ("GPLv2" -> "GPL").

import { GPL_COMPATIBLE_MODULE_LICENSES, NON_GPL_MODULE_LICENSES } from '../../data/license-compat.js';

const VALID: readonly string[] = [...GPL_COMPATIBLE_MODULE_LICENSES, ...NON_GPL_MODULE_LICENSES];

/** Letters and digits only, lower case: "GPL-2.0" -> "gpl20". */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function suggestModuleLicense(value: string): string | undefined {
  const v = value.trim();
  if (VALID.includes(v)) return undefined;
  // Only case differs ("gpl", "dual bsd/gpl"). "GPLv2" is not taken for "GPL v2": the kernel prefers "GPL".
  const ci = VALID.find((x) => x.toLowerCase() === v.toLowerCase());
  if (ci) return ci;
  const s = squash(v);
  // Words, so that "Dual GPL/MIT" is not read as containing "lgpl".
  const words = v
    .toLowerCase()
    .split(/[^a-z0-9.+]+/)
    .filter(Boolean);
  const word = (re: RegExp) => words.some((w) => re.test(w));
  const hasGpl = word(/^gpl/) || s.includes('generalpubliclicense');
  const lesser = word(/^lgpl/) || /lesser|library/.test(s);
  if (word(/^bsd/) && hasGpl) return 'Dual BSD/GPL';
  if (word(/^mit/) && hasGpl) return 'Dual MIT/GPL';
  if ((word(/^mpl/) || s.includes('mozilla')) && hasGpl) return 'Dual MPL/GPL';
  if (lesser) return 'GPL and additional rights';
  // GPLv2, GPL-2.0, GPL-2.0-only, GPL-2.0+, GPL2, "GNU General Public License": the kernel spells them all "GPL".
  if (hasGpl) return 'GPL';
  // A permissive licence alone is not GPL-compatible to the kernel; the dual string keeps both.
  if (/^(mit|x11|isc)/.test(s)) return 'Dual MIT/GPL';
  if (/^bsd/.test(s)) return 'Dual BSD/GPL';
  if (/^mpl|mozilla/.test(s)) return 'Dual MPL/GPL';
  if (/proprietary|closed|commercial/.test(s)) return 'Proprietary';
  return nearestByEdits(v);
}

function nearestByEdits(v: string): string | undefined {
  let best: { s: string; d: number } | undefined;
  for (const x of VALID) {
    const d = levenshtein(v.toLowerCase(), x.toLowerCase());
    if (!best || d < best.d) best = { s: x, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.s.length / 3)) ? best.s : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A MODULE_LICENSE string that names a real licence the kernel does not take as GPL-compatible ("CDDL",
 * "Apache-2.0", "Commercial"): not a misspelling to correct but a licence choice, the repository's headline fact.
 */
export function namesNonGplLicence(value: string): boolean {
  const v = value.trim();
  if (/gpl|general public/i.test(v)) return false;
  const suggestion = suggestModuleLicense(v);
  // A slip of case ("proprietary") is a misspelling of a kernel string: unknown-module-license says so.
  if (suggestion && suggestion.toLowerCase() === v.toLowerCase()) return false;
  if (/^(cddl|apache|commercial|closed|epl|eupl|cc-|artistic|ms-)/i.test(v)) return true;
  return suggestion === undefined || suggestion === 'Proprietary';
}
