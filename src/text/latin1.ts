// Texts whose every unit fits one byte (nearly all C files: they are read as Latin-1) are edited as bytes in a Buffer
// and read back with one native decode: the lexer's masked copies (mask-arena), the blanked directive lines
// (blankRanges), the parser's edit buffer.

const WIDE = /[^\x00-\xff]/;

/** Whether `text` holds a unit Latin-1 cannot (a native scan). */
export function beyondLatin1(text: string): boolean {
  return WIDE.test(text);
}

/**
 * Spaces over `buffer[at + start, at + end)`, where `text` was written at `at`, but on its line breaks: lines stay where
 * they were. One native fill, then the breaks put back from the text (few in a blanked stretch).
 */
export function blankKeepingLines(buffer: Buffer, at: number, text: string, start: number, end: number): void {
  if (end <= start) return;
  buffer.fill(0x20, at + start, at + end);
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) buffer[at + nl] = 0x0a;
}
