// A Bloom filter of the identifiers a file holds outside its function bodies: which files may declare a name (a
// typedef, a struct, a member, a global, a function) is asked of every file's filter, and only those that may are
// parsed for their declarations. No false negatives by construction; false positives only cost a parse.

/** Bits per name: with four probes, about one false positive in 5,000 questions. */
const BITS_PER_NAME = 32;
const PROBES = 4;
const MIN_BITS = 256;

/** The filter of `names` (its size a power of two, at least MIN_BITS). */
export function nameFilter(names: ReadonlySet<string>): Uint32Array {
  let bits = MIN_BITS;
  while (bits < names.size * BITS_PER_NAME) bits *= 2;
  const filter = new Uint32Array(bits / 32);
  for (const name of names) {
    const [h1, h2] = nameHashes(name);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) & (bits - 1);
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return filter;
}

/** False when the file surely does not hold the name outside its function bodies. */
export function mayHoldName(filter: Uint32Array, name: string): boolean {
  return mayHold(filter, nameHashes(name));
}

/** A name's hashes, computed once when the same name is asked of many files' filters. */
export type NameHashes = readonly [number, number];

/** mayHoldName with the name's hashes computed already. */
export function mayHold(filter: Uint32Array, hashes: NameHashes): boolean {
  const h1 = hashes[0];
  const h2 = hashes[1];
  const bits = filter.length * 32;
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + i * h2) & (bits - 1);
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Two independent 32-bit hashes (FNV-1a, and a multiplicative one made odd so its probes cover every bit). */
export function nameHashes(name: string): NameHashes {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}
