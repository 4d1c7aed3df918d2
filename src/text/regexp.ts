// Text for use inside a regular expression.

/** `s` with every character a regular expression reads as syntax escaped. */
export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
