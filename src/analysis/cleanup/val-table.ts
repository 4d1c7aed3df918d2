// The values a walk knows of its variables along a path (`ret` is negative, `p` is NULL), as small numbers.

export const VALS = ['zero', 'nonzero', 'neg', 'nonneg', 'err', 'unknown'] as const;
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
  private readonly byText = new Map<string, number>([['', ValTable.EMPTY]]);
  /** Per number, per key: the number after setting the key to each value (indexed as VALS). */
  private readonly edits: Map<string, number[]>[] = [new Map()];

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

  private edited(vals: number, key: string, v: Val): number {
    const keys = this.keys[vals].slice();
    const values = this.values[vals].slice();
    let at = 0;
    while (at < keys.length && keys[at] < key) at++;
    const present = keys[at] === key;
    if (v === 'unknown') {
      if (!present) return vals;
      keys.splice(at, 1);
      values.splice(at, 1);
    } else if (present) values[at] = v;
    else {
      keys.splice(at, 0, key);
      values.splice(at, 0, v);
    }
    let text = '';
    for (let i = 0; i < keys.length; i++) text += `${keys[i]}\0${values[i]}\0`;
    let out = this.byText.get(text);
    if (out === undefined) {
      out = this.keys.length;
      this.keys.push(keys);
      this.values.push(values);
      this.edits.push(new Map());
      this.byText.set(text, out);
    }
    return out;
  }
}
