// `\s` of a regular expression (and what String.prototype.trim removes), for one UTF-16 unit.

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}
