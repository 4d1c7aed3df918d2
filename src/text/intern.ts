// One string per distinct name. The lexer keeps a callee's name for every call and a field's name for every
// initialiser: a few thousand distinct texts used hundreds of thousands of times, each use its own copy (a slice of
// 13 characters or more is a 32-byte view of the file's code, a shorter one a copy of its own).

import { nameHashAt } from './name-index.js';

/** V8 makes a slice this long or longer a view of its parent string (SlicedString::kMinLength); a shorter one a copy. */
export const VIEW_MIN_LENGTH = 13;

/** `s` as a string of its own: a view of a large text would keep the whole text alive as long as `s` lives. */
export function detached(s: string): string {
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

/** Past this many names the table starts again: a long process (history, a worker) never grows it without end. */
const MAX_NAMES = 1 << 20;

// An open-addressing table of the names kept, looked up by a text's characters where they stand: a name the lexer
// meets again (nine calls in ten on drivers/) costs no slice of the file's text, and no hashing of one by a Map
// (scripts/intern-cost.mjs on the names before a `(`: drivers/ 320 -> 178 ns a name, drivers/net 215 -> 140).
let names: string[] = [];
let hashes = new Int32Array(1024);
/** 1 + the index in `names` of the name in each slot, or 0 for an empty slot; never more than half full. */
let slots = new Int32Array(2048);

/** How many names the table holds now. */
export function internedNames(): number {
  return names.length;
}

/** The one copy of `s` kept so far, or `s` (made independent of the text it was cut from) as that copy. */
export function intern(s: string): string {
  return internSlice(s, 0, s.length);
}

/** The one copy of `text.slice(start, end)` kept so far, or that slice, made a string of its own, as that copy. */
export function internSlice(text: string, start: number, end: number): string {
  // (names of equal hash are told apart by their text; `| 0`: the table keeps the hashes as 32-bit signed numbers)
  const h = nameHashAt(text, start, end) | 0;
  const length = end - start;
  const mask = slots.length - 1;
  let slot = h & mask;
  for (let k = slots[slot]; k !== 0; k = slots[slot]) {
    const kept = names[k - 1];
    if (hashes[k - 1] === h && kept.length === length && text.startsWith(kept, start)) return kept;
    slot = (slot + 1) & mask;
  }
  if (names.length >= MAX_NAMES) {
    clear();
    return internSlice(text, start, end);
  }
  // (a view of a file's text would keep that text, its shared chunk, alive as long as the table lives)
  const own = detached(text.slice(start, end));
  if (names.length === hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[names.length] = h;
  names.push(own);
  slots[slot] = names.length;
  if (names.length * 2 > slots.length) rehash(slots.length * 2);
  return own;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < names.length; k++) {
    let slot = hashes[k] & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = k + 1;
  }
}

function clear(): void {
  names = [];
  hashes = new Int32Array(1024);
  slots = new Int32Array(2048);
}
