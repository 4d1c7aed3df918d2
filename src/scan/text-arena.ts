// The texts of ASCII files, copied into shared chunks of a few megabytes, each made one string once full; a file's
// text is a slice of its chunk. Node keeps a Latin-1 string of over about 1 MB outside V8's heap (an external
// string), so the collector never copies these bytes out of the young generation (twice, for every file a tree
// holds) nor counts them when it sizes the heap: the main thread of an audit of drivers/ spent a quarter of its time
// in young-generation collections, most of them while the texts and what is lexed from them were young.

import { isAscii } from 'node:buffer';
import { VIEW_MIN_LENGTH } from '../text/intern.js';

/** Bytes per chunk: well over Node's 1 MB threshold for external strings, and a small buffer to reuse. */
const CHUNK_BYTES = 8 * 1024 * 1024;

interface Place {
  start: number;
  end: number;
}

export class TextArena {
  private readonly chunk: Buffer;
  private used = 0;
  private pending = new Map<{ text?: string }, Place>();

  /** `chunkBytes`: smaller only in tests, to cross chunk ends with small texts. */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /**
   * Takes `data` as the text of `target`, set when its chunk is sealed; false when the arena does not take it (not
   * ASCII, so it needs decoding as UTF-8; too small or too large to share a chunk).
   */
  add(target: { text?: string }, data: Buffer): boolean {
    if (data.length < VIEW_MIN_LENGTH || data.length > this.chunkBytes || !isAscii(data)) return false;
    if (this.used + data.length > this.chunkBytes) this.seal();
    data.copy(this.chunk, this.used);
    this.pending.set(target, { start: this.used, end: this.used + data.length });
    this.used += data.length;
    return true;
  }

  /** `to` gets the text `from` has or will have (a second path to the same file). */
  share(from: { text?: string }, to: { text?: string }): void {
    const place = this.pending.get(from);
    if (place) this.pending.set(to, place);
    else to.text = from.text;
  }

  /** Makes the chunk one string and gives each file waiting on it its slice. */
  seal(): void {
    if (this.pending.size === 0) return;
    // latin1 for ASCII bytes is the same text as UTF-8, and the one encoding Node makes external strings of
    const whole = this.chunk.toString('latin1', 0, this.used);
    for (const [target, { start, end }] of this.pending) target.text = whole.slice(start, end);
    this.pending = new Map();
    this.used = 0;
  }
}
