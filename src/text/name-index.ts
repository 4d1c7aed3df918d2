// Which files hold a name, without reading every file: each file keeps the 32-bit hashes of its names, and one index
// over every file's hashes gives a question the files holding its hash, in file order. No false negatives by
// construction; a false positive (another name of the same hash) only costs the caller a look at that file. The
// correctness rules ask it which files may declare a type, a member or a global (the names outside function bodies);
// the model asks it which files define a macro (src/model/c/define-index.ts).
//
// It replaced a Bloom filter per file (round 24): a question then read every file's filter, 27,446 of them on
// drivers/, each a cache miss or more (1.7 s of the main thread for 633 questions); here it reads one bucket.

/** The hashes of a file's names, one per name (two names may share one: the index reads each file once). */
export function nameHashes(names: ReadonlySet<string>): Uint32Array {
  const out = new Uint32Array(names.size);
  let i = 0;
  for (const name of names) out[i++] = nameHash(name);
  return out;
}

/** FNV-1a, then MurmurHash3's finaliser: every bit of the name reaches every bit of the hash, the low ones too. */
export function nameHash(name: string): number {
  return nameHashAt(name, 0, name.length);
}

/** nameHash of `text.slice(start, end)`, read where it stands (no slice made). */
export function nameHashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Every file's hashes in buckets by their low bits, a bucket's entries in file order (the files are filled in
 * order): 8 bytes an entry and 4 a bucket, about four entries to a bucket.
 */
export class NameIndex {
  private readonly mask: number;
  /** Where each bucket's entries start in `hashes`/`files` (bucket b: starts[b] to starts[b + 1]). */
  private readonly starts: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly files: Int32Array;

  /** `perFile[i]`: the hashes of file i (nameHashes). */
  constructor(perFile: readonly Uint32Array[]) {
    let entries = 0;
    for (const h of perFile) entries += h.length;
    let buckets = 16;
    while (buckets * 4 < entries) buckets *= 2;
    this.mask = buckets - 1;
    const starts = new Int32Array(buckets + 1);
    for (const h of perFile) for (let k = 0; k < h.length; k++) starts[(h[k] & this.mask) + 1]++;
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    const fill = starts.slice(0, buckets);
    this.hashes = new Uint32Array(entries);
    this.files = new Int32Array(entries);
    for (let f = 0; f < perFile.length; f++) {
      const h = perFile[f];
      for (let k = 0; k < h.length; k++) {
        const at = fill[h[k] & this.mask]++;
        this.hashes[at] = h[k];
        this.files[at] = f;
      }
    }
    this.starts = starts;
  }

  /** The files (their indexes in the order given) holding a name of this hash, each once, in order. */
  filesHolding(hash: number): number[] {
    const out: number[] = [];
    const b = hash & this.mask;
    for (let at = this.starts[b]; at < this.starts[b + 1]; at++) {
      // a file holding two names of one hash has two entries, side by side among the matches
      if (this.hashes[at] === hash && this.files[at] !== out[out.length - 1]) out.push(this.files[at]);
    }
    return out;
  }

  /** Bytes the index takes. */
  get bytes(): number {
    return this.starts.byteLength + this.hashes.byteLength + this.files.byteLength;
  }
}
