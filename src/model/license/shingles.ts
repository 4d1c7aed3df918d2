// Licence texts reduced to comparable fingerprints: normalised words, hashed word trigrams, and a
// deterministic half-sample of them (hash parity), so the data file stays small and no licence text
// is stored. The generator script and the runtime both use this file, so their hashes always agree.

/** Lower-case words of a licence text, without copyright lines, punctuation or spelling variants. */
export function licenceWords(text: string): string[] {
  const kept = text
    .split(/\r?\n/)
    // Copyright lines differ in every copy of a licence; they say nothing about which licence it is (\u00a9 is ©).
    .filter((l) => !/^\s*(copyright\b|\(c\)|\u00a9)/i.test(l))
    .join('\n')
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>\n]{1,60}>|\[[^\]\n]{1,60}\]/g, ' ');
  return kept.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a (32 bit) of `h` followed by the characters of `s`. */
function fnv1aOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a of "a b c" (the three words joined by spaces), without building that string. */
export function trigramHash(a: string, b: string, c: string): number {
  const space = (h: number) => Math.imul(h ^ 32, 0x01000193);
  return fnv1aOn(space(fnv1aOn(space(fnv1aOn(FNV_OFFSET, a)), b)), c) >>> 0;
}

/** Sampled trigram hashes (24 bit) of a word list. */
export function shingleSet(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) {
    const h = trigramHash(words[i], words[i + 1], words[i + 2]);
    if ((h & 1) === 0) out.add(h >>> 8);
  }
  return out;
}

/** Sorted 24-bit values packed as base64, 3 bytes each. */
export function encodeShingles(set: Set<number>): string {
  const sorted = [...set].sort((a, b) => a - b);
  const bytes = new Uint8Array(sorted.length * 3);
  sorted.forEach((v, i) => {
    bytes[i * 3] = v >>> 16;
    bytes[i * 3 + 1] = (v >>> 8) & 0xff;
    bytes[i * 3 + 2] = v & 0xff;
  });
  return Buffer.from(bytes).toString('base64');
}

/**
 * The shingles encodeShingles wrote: distinct and sorted, so an array (filled in one pass) serves where a set would
 * need each one hashed in; decoding every licence's into sets took about 10 ms of each run's start.
 */
export function decodeShingles(b64: string): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint32Array(Math.floor(bytes.length / 3));
  for (let j = 0, i = 0; j < out.length; j++, i += 3) out[j] = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
  return out;
}

/** How often a licence text says "(at your option) any later version": more in a file means an or-later notice. */
export function laterVersionCount(words: readonly string[]): number {
  return countPhrase(words, ['at', 'your', 'option', 'any', 'later', 'version']);
}

export function countPhrase(words: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    n++;
  }
  return n;
}
