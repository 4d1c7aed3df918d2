// One string per distinct name. The lexer keeps a callee's name for every call and a field's name for every
// initialiser: a few thousand distinct texts used hundreds of thousands of times, each use its own copy (a slice of
// 13 characters or more is a 32-byte view of the file's code, a shorter one a copy of its own).

/** V8 makes a slice this long or longer a view of its parent string (SlicedString::kMinLength); a shorter one a copy. */
export const VIEW_MIN_LENGTH = 13;

/** `s` as a string of its own: a view of a large text would keep the whole text alive as long as `s` lives. */
export function detached(s: string): string {
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

/** Past this many names the table starts again: a long process (history, a worker) never grows it without end. */
const MAX_NAMES = 1 << 20;
let table = new Map<string, string>();

/** How many names the table holds now. */
export function internedNames(): number {
  return table.size;
}

/** The one copy of `s` kept so far, or `s` (made independent of the text it was cut from) as that copy. */
export function intern(s: string): string {
  const kept = table.get(s);
  if (kept !== undefined) return kept;
  if (table.size >= MAX_NAMES) table = new Map();
  // (a view of a file's text would keep that text, its shared chunk, alive as long as the table lives)
  const own = detached(s);
  table.set(own, own);
  return own;
}
