// The slice being prepared for the parser, edited in place character by character. A typed array of UTF-16
// code units instead of an array of one-character strings: a 16 MB generated header would otherwise become
// 16 million heap strings and three joins.

const SPACE = 32;
const NEWLINE = 10;
// ignoreBOM keeps a leading U+FEFF in the output instead of eating it (the length must not change)
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export class EditBuffer {
  private readonly original: string;
  /** The units, copied from the text at the first edit that changes one. */
  private codes: Uint16Array | undefined;
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
    const codes = this.units();
    if (codes[i] === c) return;
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
    this.text ??= UTF16.decode(this.units());
    return this.text;
  }

  private units(): Uint16Array {
    if (!this.codes) {
      const codes = new Uint16Array(this.original.length);
      for (let i = 0; i < codes.length; i++) codes[i] = this.original.charCodeAt(i);
      this.codes = codes;
    }
    return this.codes;
  }
}
