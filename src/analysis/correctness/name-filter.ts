// A Bloom filter of the identifiers a file holds outside its function bodies: which files may declare a name (a
// typedef, a struct, a member, a global, a function) is asked of every file's filter, and only those that may are
// parsed for their declarations. No false negatives by construction; false positives only cost a parse.

/**
 * Bits per name and probes: about one false positive in two million questions of a file. Every question is asked of
 * every file, so what counts is the rate times the files: 32 bits, four probes and a 256-bit floor (one in 5,000 as
 * designed, more with double hashing's weakness below) sent each question to several files that declare nothing of
 * the name on drivers/ (27,446 files). A tree of filters like drivers/ (test/correctness/name-filter.test.ts), in
 * files reached by a question about an absent name and megabytes of filters: 32/4/256 1.7 and 17.7 MB (4.2 unmixed),
 * 48/5/256 0.06 and 25.3 MB, 48/6/512 0.01 and 25.4 MB, 64/6/512 0.002 and 35.3 MB.
 */
const BITS_PER_NAME = 48;
const PROBES = 6;
const MIN_BITS = 512;

/** The filter of `names` (its size a power of two, at least MIN_BITS). */
export function nameFilter(names: ReadonlySet<string>): Uint32Array {
  let bits = MIN_BITS;
  while (bits < names.size * BITS_PER_NAME) bits *= 2;
  const filter = new Uint32Array(bits / 32);
  // the probes of nameHashes, without an array made for each name (every name of every file goes through here)
  for (const name of names) {
    hashPair(name);
    for (let i = 0; i < PROBES; i++) {
      const bit = probe(i) & (bits - 1);
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return filter;
}

/** False when the file surely does not hold the name outside its function bodies. */
export function mayHoldName(filter: Uint32Array, name: string): boolean {
  return mayHold(filter, nameHashes(name));
}

/** A name's probes (PROBES 32-bit hashes), computed once when the same name is asked of many files' filters. */
export type NameHashes = readonly number[];

/** mayHoldName with the name's hashes computed already. */
export function mayHold(filter: Uint32Array, hashes: NameHashes): boolean {
  const mask = filter.length * 32 - 1;
  for (let i = 0; i < PROBES; i++) {
    const bit = hashes[i] & mask;
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/**
 * The name's probes: two 32-bit hashes (FNV-1a, and a multiplicative one) combined as double hashing (a + i*b), each
 * then put through MurmurHash3's mixer. A filter of 2^k bits reads only the low k bits of a probe: plain double
 * hashing gives a probe set of 2k bits at most, so a name shared by many small files (a driver's) matched a question
 * in every one of them (at these sizes, 1.2 files a question on the test's tree of filters, against 0.01 mixed);
 * mixed, each probe reads every bit of both hashes.
 */
export function nameHashes(name: string): NameHashes {
  hashPair(name);
  const probes: number[] = [];
  for (let i = 0; i < PROBES; i++) probes.push(probe(i));
  return probes;
}

/** The two hashes of the name last given to hashPair (module state: no pair made per name). */
let pairA = 0;
let pairB = 0;

function hashPair(name: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  pairA = a;
  pairB = b | 1;
}

/** The i-th probe of the last pair: double hashing, mixed. */
function probe(i: number): number {
  return mix((pairA + Math.imul(i, pairB)) | 0);
}

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
