// The slice being prepared for the parser, edited in place character by character. A typed array of UTF-16
// code units instead of an array of one-character strings: a 16 MB generated header would otherwise become
// 16 million heap strings and three joins.

const SPACE = 32;
const NEWLINE = 10;
// ignoreBOM keeps a leading U+FEFF in the output instead of eating it (the length must not change)
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export class EditBuffer {
  private readonly codes: Uint16Array;

  constructor(text: string) {
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
  }

  get length(): number {
    return this.codes.length;
  }

  /** Replaces the character at `i` by `ch` (one UTF-16 unit). */
  set(i: number, ch: string): void {
    if (i >= 0 && i < this.codes.length) this.codes[i] = ch.charCodeAt(0);
  }

  /** Spaces over [from, to), keeping line breaks so that lines stay where they were. */
  blank(from: number, to: number): void {
    const end = Math.min(to, this.codes.length);
    for (let i = Math.max(0, from); i < end; i++) if (this.codes[i] !== NEWLINE) this.codes[i] = SPACE;
  }

  toString(): string {
    // Native decoding of the units as they are (little-endian on every platform Node runs the action on). Text
    // decoded from a file has no lone surrogate for the decoder to replace, so the length never changes.
    return UTF16.decode(this.codes);
  }
}
