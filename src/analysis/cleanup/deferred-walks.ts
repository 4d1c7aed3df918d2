// Walks left for later, replayed the moment anything could see what they would have left.
//
// A function's first walk is the one kept (walk summaries and failure returns are cached by body), so the order of
// walks matters. A walk that would report nothing can be skipped only if nothing later sees a difference: it is
// queued with the names of every function it could reach, and before anything reads or makes the summary or failure
// return of a function by one of those names, the queued walks that could reach it are replayed, oldest first.

interface Deferred {
  names: ReadonlySet<string>;
  run: () => void;
}

export class DeferredWalks {
  private readonly queue: (Deferred | undefined)[] = [];
  /** Queue positions of the walks that could reach each name, ascending. */
  private readonly byName = new Map<string, number[]>();
  /** While one is replayed, its position: what was queued after it came later in the original order. */
  private limit = Number.POSITIVE_INFINITY;

  defer(names: ReadonlySet<string>, run: () => void): void {
    const at = this.queue.length;
    this.queue.push({ names, run });
    for (const n of names) {
      const list = this.byName.get(n);
      if (list) list.push(at);
      else this.byName.set(n, [at]);
    }
  }

  /**
   * Replays, in order, every queued walk that could reach a function named `name`. Walks reaching disjoint sets of
   * names commute; each replayed walk replays first what it could see (its own lookups touch again).
   */
  touch(name: string): void {
    const list = this.byName.get(name);
    if (!list) return;
    for (const at of list) {
      if (at >= this.limit) break;
      const d = this.queue[at];
      if (!d) continue;
      this.queue[at] = undefined;
      const saved = this.limit;
      this.limit = at;
      try {
        d.run();
      } finally {
        this.limit = saved;
      }
    }
  }
}
