// Characters of C names, for one UTF-16 unit: what `\w` and `[A-Za-z_]` match.

/** `\w`: a letter, a digit or `_`. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `[A-Za-z_]`: what a C name may start with. */
export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
