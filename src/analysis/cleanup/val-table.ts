// The values a walk knows of its variables along a path (`ret` is negative, `p` is NULL), as small numbers.

/** `pos` (a count after `n++`) is both `nonzero` and `nonneg`. */
export const VALS = ['zero', 'nonzero', 'neg', 'nonneg', 'err', 'unknown', 'pos'] as const;
export type Val = (typeof VALS)[number];

/**
 * The variable values a walk's paths know, numbered so that equal contents get equal numbers: a state's values
 * compare as a number, and an edit seen before (most are: paths repeat the same assignments) is one lookup.
 * `unknown` is stored as absence; every reader treats the two alike.
 */
export class ValTable {
  static readonly EMPTY = 0;
  /** Per number: the known keys, sorted, and their values. */
  private readonly keys: string[][] = [[]];
  private readonly values: Val[][] = [[]];
  /** Per number: its contents as codes (key number * 8 + value index), in the order of `keys`. */
  private readonly codes: number[][] = [[]];
  /** Numbers by a hash of their codes: equal contents are found by comparing numbers, not by a text built of them. */
  private readonly byHash = new Map<number, number[]>([[hashOf([]), [ValTable.EMPTY]]]);
  private readonly keyNumbers = new Map<string, number>();
  /** Per number, per key: the number after setting the key to each value (indexed as VALS). */
  private readonly edits: Map<string, number[]>[] = [new Map()];
  /** Per number, per set of keys (its number, see `only`): the number of the values of those keys alone. */
  private readonly kept: Map<number, number>[] = [new Map()];

  get(vals: number, key: string): Val | undefined {
    const i = this.keys[vals].indexOf(key);
    return i < 0 ? undefined : this.values[vals][i];
  }

  set(vals: number, key: string, v: Val): number {
    let byValue = this.edits[vals].get(key);
    if (!byValue) {
      byValue = [];
      this.edits[vals].set(key, byValue);
    }
    const i = VALS.indexOf(v);
    let out = byValue[i];
    if (out === undefined) {
      out = this.edited(vals, key, v);
      byValue[i] = out;
    }
    return out;
  }

  /** The values of the keys in `keep` alone (`keepId` numbers that set, for the caller's sets). */
  only(vals: number, keep: ReadonlySet<string>, keepId: number): number {
    const hit = this.kept[vals].get(keepId);
    if (hit !== undefined) return hit;
    let out = vals;
    for (const key of this.keys[vals]) if (!keep.has(key)) out = this.set(out, key, 'unknown');
    this.kept[vals].set(keepId, out);
    return out;
  }

  private edited(vals: number, key: string, v: Val): number {
    const keys = this.keys[vals].slice();
    const values = this.values[vals].slice();
    const codes = this.codes[vals].slice();
    let at = 0;
    while (at < keys.length && keys[at] < key) at++;
    const present = keys[at] === key;
    if (v === 'unknown') {
      if (!present) return vals;
      keys.splice(at, 1);
      values.splice(at, 1);
      codes.splice(at, 1);
    } else {
      const code = this.keyNumber(key) * 8 + VALS.indexOf(v);
      if (present) {
        values[at] = v;
        codes[at] = code;
      } else {
        keys.splice(at, 0, key);
        values.splice(at, 0, v);
        codes.splice(at, 0, code);
      }
    }
    const hash = hashOf(codes);
    let same = this.byHash.get(hash);
    for (const n of same ?? []) if (sameCodes(this.codes[n], codes)) return n;
    const out = this.keys.length;
    this.keys.push(keys);
    this.values.push(values);
    this.codes.push(codes);
    this.edits.push(new Map());
    this.kept.push(new Map());
    if (same === undefined) {
      same = [];
      this.byHash.set(hash, same);
    }
    same.push(out);
    return out;
  }

  private keyNumber(key: string): number {
    let n = this.keyNumbers.get(key);
    if (n === undefined) {
      n = this.keyNumbers.size;
      this.keyNumbers.set(key, n);
    }
    return n;
  }
}

function hashOf(codes: readonly number[]): number {
  let h = codes.length;
  for (const c of codes) h = Math.imul(h ^ c, 0x9e3779b1) ^ (h >>> 15);
  return h;
}

function sameCodes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
