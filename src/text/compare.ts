// One order for every sort of paths, rule ids and messages: by UTF-16 code unit, like a plain `sort()` (and, for
// ASCII paths, git's own listings). A collator (Intl.Collator, localeCompare) orders by the machine's locale, so
// the same audit could list findings differently on two runners, and building one loads ICU's data at start-up
// (about 5 ms).

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
