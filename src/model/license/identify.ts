// Identifies a licence file's text: full licence texts by fingerprint similarity (several texts in
// one file make a dual licence), SPDX tags written in the file, or a short GPL-style notice.

import data from '../../data/license-fingerprints.json' with { type: 'json' };
import type { FingerprintData } from './fingerprints.js';
import type { LicenceMatch } from './types.js';
import { countPhrase, decodeShingles, laterVersionCount, licenceWords, shingleSet } from './shingles.js';

export interface Identification {
  /** SPDX expression, when identified. */
  spdx?: string;
  /** 0..1 */
  confidence: number;
  /** How: full licence text(s), an SPDX tag in the file, or a short notice. */
  method: 'text' | 'spdx-tag' | 'notice' | 'none';
  matches: LicenceMatch[];
}

export interface Candidate {
  id: string;
  versioned: boolean;
  later: number;
  /** The licence text's shingles, distinct. */
  shingles: Uint32Array;
}

let candidates: Candidate[] | undefined;

/** The licences known by text, decoded when a file is first identified (not at every start of the program). */
export function allCandidates(): Candidate[] {
  candidates ??= (data as FingerprintData).licenses.map((l) => ({
    id: l.id,
    versioned: l.versioned,
    later: l.later,
    shingles: decodeShingles(l.shingles),
  }));
  return candidates;
}

/** A licence counts as present when this share of its fingerprint is in the file. */
const MIN_CONTAINMENT = 0.6;
/** Fewer unexplained shingles than this are stray words (a title, a preface), not another licence. */
const MIN_RESIDUAL = 12;

export function identifyLicenceText(text: string): Identification {
  const tagged = spdxTagsIn(text);
  const words = licenceWords(text);
  const file = sortedShingles(words);
  const found = matchTexts(file);

  if (found.length > 0) {
    // The notice the licence texts themselves carry (in their appendices) does not count.
    const ownLater = found.reduce((n, m) => n + m.cand.later, 0);
    const ids = found.map((m) => versionedId(m, words, ownLater));
    const unexplained = new Uint8Array(file.length).fill(1);
    let explained = 0;
    for (const m of found) explained += explain(m.cand.shingles, file, unexplained);
    const licenceSize = found.reduce((n, m) => n + m.cand.shingles.length, 0);
    // Dice of the file against the licences found: 1 for a verbatim copy, lower with extra prose or gaps.
    const confidence = round((2 * explained) / (licenceSize + file.length));
    return {
      spdx: combineFound(ids),
      confidence,
      method: 'text',
      matches: found.map((m, i) => ({ id: ids[i], containment: round(m.containment) })),
    };
  }
  if (tagged.length > 0) {
    const uniq = [...new Set(tagged)];
    return { spdx: uniq.length === 1 ? uniq[0] : uniq.map((e) => `(${e})`).join(' OR '), confidence: 1, method: 'spdx-tag', matches: [] };
  }
  const notice = noticeLicence(words);
  if (notice) return { spdx: notice, confidence: 0.7, method: 'notice', matches: [] };
  return { confidence: 0, method: 'none', matches: [] };
}

export interface Found {
  cand: Candidate;
  containment: number;
}

/** A file's shingles, distinct and sorted as the licences' are: shared ones are then found by one merge. */
function sortedShingles(words: readonly string[]): Uint32Array {
  return Uint32Array.from(shingleSet(words)).sort();
}

/**
 * Greedy: take the best-fitting licence, remove what it explains, look for another in the rest. On sorted arrays
 * rather than sets: a licence file is identified once per audit, in code V8 has not optimised yet, where a set's
 * lookups and iterators cost several times a merge of two arrays (about 13 ms of an audit of v4l2loopback).
 */
export function matchTexts(file: Uint32Array): Found[] {
  // 1 for a shingle of the file no licence found so far explains
  const residual = new Uint8Array(file.length).fill(1);
  let residualSize = file.length;
  const found: Found[] = [];
  const candidates = allCandidates();
  while (residualSize >= MIN_RESIDUAL) {
    let best: { cand: Candidate; dice: number; containment: number } | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const cand = candidates[c];
      const size = cand.shingles.length;
      // What the licence could share at most: when even that cannot be present or beat the best, skip the merge.
      const most = Math.min(size, residualSize);
      if (most / size < MIN_CONTAINMENT || (best && (2 * most) / (size + residualSize) <= best.dice)) continue;
      if (found.some((f) => f.cand === cand)) continue;
      const inter = shared(cand.shingles, file, residual);
      const containment = inter / size;
      if (containment < MIN_CONTAINMENT) continue;
      const dice = (2 * inter) / (size + residualSize);
      if (!best || dice > best.dice) best = { cand, dice, containment };
    }
    if (!best) break;
    found.push({ cand: best.cand, containment: best.containment });
    residualSize -= explain(best.cand.shingles, file, residual);
  }
  return found;
}

/**
 * How many of `licence`'s shingles are in `file` where `flags` is 1 (both sorted and distinct); with `clear`, their
 * flags are cleared too (the shingles the licence explains).
 */
function shared(licence: Uint32Array, file: Uint32Array, flags: Uint8Array, clear = false): number {
  let n = 0;
  for (let i = 0, j = 0; i < licence.length && j < file.length; ) {
    const a = licence[i];
    const b = file[j];
    if (a < b) i++;
    else if (a > b) j++;
    else {
      n += flags[j];
      if (clear) flags[j] = 0;
      i++;
      j++;
    }
  }
  return n;
}

/** Clears the flags of `file`'s shingles that are `licence`'s; how many were set. */
const explain = (licence: Uint32Array, file: Uint32Array, flags: Uint8Array): number => shared(licence, file, flags, true);

/** GPL-family texts: "-or-later" when the file repeats the "(at your option) any later version" notice. */
function versionedId(m: Found, words: string[], ownLater: number): string {
  if (!m.cand.versioned) return m.cand.id;
  return laterVersionCount(words) > ownLater ? `${m.cand.id}-or-later` : `${m.cand.id}-only`;
}

function combineFound(ids: string[]): string {
  // The LGPL-3.0 is written as additions to the GPL-3.0, so both texts together are the LGPL-3.0.
  const lgpl3 = ids.find((i) => i.startsWith('LGPL-3.0'));
  const rest = lgpl3 ? ids.filter((i) => !i.startsWith('GPL-3.0')) : ids;
  return rest.length === 1 ? rest[0] : rest.join(' OR ');
}

/** `SPDX-License-Identifier: X` lines, as in the kernel's own COPYING. */
export function spdxTagsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(.*?)SPDX-License-Identifier:\s*([^\r\n]*)/gm)) {
    // A licensing guide quotes tags as examples: "`// SPDX-License-Identifier: GPL-2.0-only`", "... -->".
    if (m[1].includes('`')) continue;
    const e = m[2].replace(/\s*(\*\/|-->)\s*$/, '').trim();
    if (e && !/[`"']|\.\.\./.test(e)) out.push(e);
  }
  return out;
}

/** A short notice instead of the text: "... under the terms of the GNU General Public License version 2 ...". */
function noticeLicence(words: string[]): string | undefined {
  const s = ` ${words.join(' ')} `;
  const later = laterVersionCount(words) > 0 || / or later /.test(s);
  const suffix = later ? '-or-later' : '-only';
  const family = /(lesser|library) general public license/.test(s) ? 'LGPL' : / general public license | gpl /.test(s) ? 'GPL' : undefined;
  if (!family) {
    if (countPhrase(words, ['mit', 'license']) > 0) return 'MIT';
    return undefined;
  }
  const version = / (version|v) ?3(\s|0 )/.test(s)
    ? '3.0'
    : / (version|v) ?2 1 /.test(s)
      ? '2.1'
      : / (version|v) ?2 /.test(s)
        ? '2.0'
        : undefined;
  if (!version) return undefined;
  if (family === 'LGPL' && version === '2.0') return `LGPL-2.0${suffix}`;
  return `${family}-${version}${suffix}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
