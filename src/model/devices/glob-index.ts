// Which of many globs may match a string, without trying each: every glob is filed under a few characters that
// any string it matches must hold (a piece of one of its literal runs), and a string asks only for the pieces it
// holds. modules.alias has thousands of `of:` and `acpi:` aliases, and a tree's device table meets each of them.

import { literalRuns } from './glob.js';

/** Length of the pieces globs are filed under: short enough that most globs have one, long enough to be rare. */
const PIECE = 4;

export class GlobIndex<T> {
  private readonly byPiece = new Map<string, number[]>();
  /** Globs without a literal run as long as a piece: candidates for every string. */
  private readonly everywhere: number[] = [];
  /** Per glob, the last query that took it (each is taken once per query). */
  private readonly taken: Uint32Array;
  private query = 0;

  constructor(
    private readonly items: readonly T[],
    patternOf: (item: T) => string,
  ) {
    this.taken = new Uint32Array(items.length);
    const pieces = items.map((item) => piecesOf(patternOf(item)));
    // Each glob is filed under its rarest piece, so that a string meets as few globs as it can.
    const count = new Map<string, number>();
    for (const own of pieces) for (const p of own) count.set(p, (count.get(p) ?? 0) + 1);
    for (const [i, own] of pieces.entries()) {
      let best: string | undefined;
      for (const p of own) if (best === undefined || (count.get(p) as number) < (count.get(best) as number)) best = p;
      if (best === undefined) this.everywhere.push(i);
      else {
        const list = this.byPiece.get(best);
        if (list) list.push(i);
        else this.byPiece.set(best, [i]);
      }
    }
  }

  /** The items whose glob may match one of `strings`: all that do, and others; each once, in the order given. */
  candidates(strings: readonly string[]): T[] {
    const q = ++this.query;
    const found: number[] = [];
    const take = (i: number) => {
      if (this.taken[i] === q) return;
      this.taken[i] = q;
      found.push(i);
    };
    for (const i of this.everywhere) take(i);
    for (const s of strings)
      for (let at = 0; at + PIECE <= s.length; at++) {
        const list = this.byPiece.get(s.slice(at, at + PIECE));
        if (list) for (const i of list) take(i);
      }
    return found.sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

/** The distinct pieces of a glob's literal runs. */
function piecesOf(pattern: string): Set<string> {
  const out = new Set<string>();
  for (const run of literalRuns(pattern)) for (let at = 0; at + PIECE <= run.length; at++) out.add(run.slice(at, at + PIECE));
  return out;
}
