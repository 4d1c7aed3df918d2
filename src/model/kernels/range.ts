// Sets of kernel versions as sorted, disjoint half-open intervals of version codes.

export const MAX_CODE = Number.MAX_SAFE_INTEGER;

export interface Interval {
  lo: number;
  /** Exclusive. */
  hi: number;
}

export class VersionSet {
  private constructor(readonly intervals: readonly Interval[]) {}

  static readonly all = new VersionSet([{ lo: 0, hi: MAX_CODE }]);
  static readonly none = new VersionSet([]);

  static of(intervals: Interval[]): VersionSet {
    const sorted = intervals.filter((i) => i.lo < i.hi).sort((a, b) => a.lo - b.lo);
    const merged: Interval[] = [];
    for (const i of sorted) {
      const last = merged[merged.length - 1];
      if (last && i.lo <= last.hi) last.hi = Math.max(last.hi, i.hi);
      else merged.push({ ...i });
    }
    return new VersionSet(merged);
  }

  /** Versions >= lo (and < hi). */
  static from(lo: number, hi = MAX_CODE): VersionSet {
    return VersionSet.of([{ lo, hi }]);
  }

  static below(hi: number): VersionSet {
    return VersionSet.of([{ lo: 0, hi }]);
  }

  get isEmpty(): boolean {
    return this.intervals.length === 0;
  }

  get isAll(): boolean {
    return this.intervals.length === 1 && this.intervals[0].lo === 0 && this.intervals[0].hi === MAX_CODE;
  }

  has(code: number): boolean {
    return this.intervals.some((i) => code >= i.lo && code < i.hi);
  }

  union(other: VersionSet): VersionSet {
    return VersionSet.of([...this.intervals, ...other.intervals]);
  }

  complement(): VersionSet {
    const out: Interval[] = [];
    let lo = 0;
    for (const i of this.intervals) {
      out.push({ lo, hi: i.lo });
      lo = i.hi;
    }
    out.push({ lo, hi: MAX_CODE });
    return VersionSet.of(out);
  }

  intersect(other: VersionSet): VersionSet {
    return this.complement().union(other.complement()).complement();
  }

  /** Smallest version in the set, if any. */
  get min(): number | undefined {
    return this.intervals[0]?.lo;
  }
}
