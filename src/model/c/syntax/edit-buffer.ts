// The slice being prepared for the parser, edited in place character by character. A typed array of code units
// instead of an array of one-character strings: a 16 MB generated header would otherwise become 16 million heap
// strings and three joins.

import { beyondLatin1 } from '../../../text/latin1.js';

const SPACE = 32;
const NEWLINE = 10;
// ignoreBOM keeps a leading U+FEFF in the output instead of eating it (the length must not change)
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export class EditBuffer {
  private readonly original: string;
  /**
   * The units, copied from the text at the first edit that changes one: one byte each while every unit is below 256
   * (nearly always: comments and strings are masked), read back as a one-byte string, which is a copy (decoding
   * UTF-16 was a sixth of preparing a slice) and which the expressions that read it next scan faster; else UTF-16.
   */
  private codes: Buffer | Uint16Array | undefined;
  /** The buffer as a string, kept until the next change: the preparation reads it several times between edits. */
  private text: string | undefined;

  constructor(text: string) {
    this.original = text;
    this.text = text;
  }

  get length(): number {
    return this.original.length;
  }

  /** Replaces the character at `i` by `ch` (one UTF-16 unit). */
  set(i: number, ch: string): void {
    if (i < 0 || i >= this.original.length) return;
    const c = ch.charCodeAt(0);
    let codes = this.units();
    if (codes[i] === c) return;
    if (c > 255 && !(codes instanceof Uint16Array)) codes = this.widen(codes);
    codes[i] = c;
    this.text = undefined;
  }

  /** Spaces over [from, to), keeping line breaks so that lines stay where they were. */
  blank(from: number, to: number): void {
    const end = Math.min(to, this.original.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const c = this.codes ? this.codes[i] : this.original.charCodeAt(i);
      if (c === NEWLINE || c === SPACE) continue;
      this.units()[i] = SPACE;
      this.text = undefined;
    }
  }

  toString(): string {
    // Native decoding of the units as they are (little-endian on every platform Node runs the action on). Text
    // decoded from a file has no lone surrogate for the decoder to replace, so the length never changes.
    if (this.text === undefined) {
      const codes = this.units();
      this.text = codes instanceof Uint16Array ? UTF16.decode(codes) : codes.toString('latin1');
    }
    return this.text;
  }

  private units(): Buffer | Uint16Array {
    if (!this.codes) {
      const t = this.original;
      // a native scan: a loop over every unit was about 3% of the correctness facts' instructions
      this.codes = beyondLatin1(t) ? this.widen(t) : Buffer.from(t, 'latin1');
    }
    return this.codes;
  }

  /** UTF-16 units of `from` (the text, or bytes that must now hold a unit above 255). */
  private widen(from: string | Buffer): Uint16Array {
    const codes = new Uint16Array(from.length);
    if (typeof from === 'string') for (let i = 0; i < codes.length; i++) codes[i] = from.charCodeAt(i);
    else codes.set(from);
    this.codes = codes;
    return codes;
  }
}
