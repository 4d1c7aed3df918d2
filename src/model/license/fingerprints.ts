// Which licence texts the audit can identify, and how their fingerprints are computed from the full
// texts (used by scripts/gen-license-data.mjs and by the test that checks the data file is fresh).

import { encodeShingles, laterVersionCount, licenceWords, shingleSet } from './shingles.js';

export interface FingerprintSpec {
  /** SPDX id reported (versioned families get -only / -or-later appended). */
  id: string;
  /** Key in spdx-license-list/full. */
  source: string;
  /** GPL-family texts whose version choice comes from the notice ("or any later version"). */
  versioned: boolean;
  /** Keep only the text before this heading (the LGPL-3.0 entry carries the GPL-3.0 text after its own). */
  cutAt?: string;
}

export const FINGERPRINT_SPECS: FingerprintSpec[] = [
  { id: 'GPL-2.0', source: 'GPL-2.0-only', versioned: true },
  { id: 'GPL-3.0', source: 'GPL-3.0-only', versioned: true },
  { id: 'LGPL-2.0', source: 'LGPL-2.0-only', versioned: true },
  { id: 'LGPL-2.1', source: 'LGPL-2.1-only', versioned: true },
  { id: 'LGPL-3.0', source: 'LGPL-3.0-only', versioned: true, cutAt: 'GNU GENERAL PUBLIC LICENSE' },
  { id: 'MIT', source: 'MIT', versioned: false },
  { id: 'X11', source: 'X11', versioned: false },
  { id: 'ISC', source: 'ISC', versioned: false },
  { id: '0BSD', source: '0BSD', versioned: false },
  { id: 'BSD-2-Clause', source: 'BSD-2-Clause', versioned: false },
  { id: 'BSD-3-Clause', source: 'BSD-3-Clause', versioned: false },
  { id: 'BSD-3-Clause-Clear', source: 'BSD-3-Clause-Clear', versioned: false },
  { id: 'Zlib', source: 'Zlib', versioned: false },
  { id: 'MPL-1.1', source: 'MPL-1.1', versioned: false },
  { id: 'MPL-2.0', source: 'MPL-2.0', versioned: false },
  { id: 'Apache-2.0', source: 'Apache-2.0', versioned: false },
  { id: 'CDDL-1.0', source: 'CDDL-1.0', versioned: false },
  { id: 'Unlicense', source: 'Unlicense', versioned: false },
];

export interface Fingerprint {
  id: string;
  versioned: boolean;
  /** "(at your option) any later version" occurrences in the licence text itself. */
  later: number;
  /** Number of sampled shingles. */
  size: number;
  /** base64 of sorted 24-bit shingle hashes. */
  shingles: string;
}

export interface FingerprintData {
  source: string;
  licenses: Fingerprint[];
}

export function specText(spec: FingerprintSpec, text: string): string {
  if (!spec.cutAt) return text;
  const at = text.indexOf(spec.cutAt);
  return at > 0 ? text.slice(0, at) : text;
}

export function computeFingerprints(textOf: (id: string) => string | undefined, version: string): FingerprintData {
  const licenses = FINGERPRINT_SPECS.map((spec) => {
    const text = textOf(spec.source);
    if (!text) throw new Error(`spdx-license-list has no text for ${spec.source}`);
    const words = licenceWords(specText(spec, text));
    const set = shingleSet(words);
    return { id: spec.id, versioned: spec.versioned, later: laterVersionCount(words), size: set.size, shingles: encodeShingles(set) };
  });
  return { source: `spdx-license-list@${version}`, licenses };
}
