// Whether a function can hold a wrong check of its own, read from its tokens before it is parsed: a necessary
// condition of mayCheckOwnPointerWrongly (own-wrong-checks.ts), which reads the parsed body. On drivers/net the text
// filter (mayHoldWrongCheck) picks 1,137 functions and their parsed bodies rule out all but 73: most get an error
// pointer and test it only with IS_ERR, which their tokens already show (911 of them are ruled out here).
//
// What the test on the IR follows is followed here more loosely, so that whatever it can find is found here too: the
// calls that may fail with an error pointer or NULL (by name, as failureOf decides), the names their results are
// given to by any `=` (the run of names, members and subscripts before it, at any depth), the names those reach by
// assignments whose value is one of them (as the walk reads a value), and the conditions of every `if`. The order of
// the text, loops and gotos are not read: the IR's test reads them only to rule out more.

import { normExpr } from '../../model/c/syntax/ir.js';
import { C_TOKEN } from '../correctness/int-locals.js';
import type { PointerFailures } from './module-analysis.js';
import { tableFailure } from './own-wrong-checks.js';
import { assignedFrom } from './live-keys.js';

/** The module functions whose failure return may be an error pointer, or NULL (mayHoldWrongCheck). */
export type HelperFailures = Pick<PointerFailures, 'mayFailWithErrPtr' | 'mayFailWithNull'>;

const FAILS_ERR = 1;
const FAILS_NULL = 2;

/**
 * An assignment: its target's tokens [lhsStart, lhsEnd] (lhsStart -1 for a target this test cannot read, which may
 * then be any key) and its right-hand side's [rhsStart, rhsEnd).
 */
interface TokenAssign {
  lhsStart: number;
  lhsEnd: number;
  rhsStart: number;
  rhsEnd: number;
  /** What the right-hand side gives the target, as the walk reads it (assignedValue). */
  value: string;
}

/**
 * False only when no walk of the function whose body (inside its braces, comments and strings blanked) is `body` can
 * record a wrong check in the function's own conditions.
 */
export function textMayCheckOwnPointerWrongly(body: string, helpers: HelperFailures): boolean {
  const tokens: string[] = body.match(C_TOKEN) ?? [];
  const n = tokens.length;
  // how each call may fail (FAILS_ERR, FAILS_NULL or both), by the token of its name
  const kinds = new Uint8Array(n);
  const byName = new Map<string, number>();
  let any = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (tokens[i + 1] !== '(' || !isWord(tokens[i])) continue;
    let k = byName.get(tokens[i]);
    if (k === undefined) {
      k = failureBits(tokens[i], helpers);
      byName.set(tokens[i], k);
    }
    kinds[i] = k;
    any |= k;
  }
  if (any === 0) return false;
  const match = brackets(tokens);
  const conds: [number, number][] = [];
  for (let i = 0; i + 1 < n; i++)
    if (tokens[i] === 'if' && tokens[i + 1] === '(' && match[i + 1] > i + 1) conds.push([i + 2, match[i + 1]]);
  if (conds.length === 0) return false;
  const assigns = assignments(tokens, match);
  if (any & FAILS_ERR && errorPointerTestedForNull(tokens, kinds, conds, assigns)) return true;
  return (any & FAILS_NULL) !== 0 && tokens.includes('IS_ERR') && nullTestedWithIsErr(tokens, kinds, match, conds, assigns);
}

/** How a call's pointer may fail, as failureOf (own-wrong-checks.ts) learns it (a module helper's from its text). */
function failureBits(name: string, helpers: HelperFailures): number {
  const table = tableFailure(name);
  if (table !== undefined) return table === 'err-ptr' ? FAILS_ERR : table === 'null' ? FAILS_NULL : 0;
  return (helpers.mayFailWithErrPtr(name) ? FAILS_ERR : 0) | (helpers.mayFailWithNull(name) ? FAILS_NULL : 0);
}

/** A zero test, in an `if`, of an error-pointer call or of a name its result reaches. */
function errorPointerTestedForNull(tokens: string[], kinds: Uint8Array, conds: [number, number][], assigns: TokenAssign[]): boolean {
  for (const [from, to] of conds) for (let i = from; i < to; i++) if (kinds[i] & FAILS_ERR) return true; // the call tested itself
  const reached = reach(tokens, assigns, (a) => holdsCall(kinds, FAILS_ERR, a.rhsStart, a.rhsEnd), []);
  if (reached === undefined) return true;
  for (const want of reached.values()) {
    for (const [from, to] of conds)
      for (let i = from; i + want.length <= to; i++) {
        if (!startsRun(tokens, i, want)) continue;
        const after = tokens[i + want.length];
        if (after === '->' || after === '.' || after === '[') continue; // a member of it: another key
        const before = tokens[i - 1];
        if (before === '->' || before === '.') continue;
        const isErrArgument = before === '(' && (tokens[i - 2] === 'IS_ERR' || tokens[i - 2] === 'IS_ERR_OR_NULL') && after === ')';
        if (!isErrArgument) return true;
      }
  }
  return false;
}

/** An IS_ERR test, in an `if`, of a NULL-failing call, of a name its result reaches, or of one of its arguments. */
function nullTestedWithIsErr(
  tokens: string[],
  kinds: Uint8Array,
  match: Int32Array,
  conds: [number, number][],
  assigns: TokenAssign[],
): boolean {
  // the walk tracks a NULL-failing call's arguments with its result (the handles a table entry names)
  const args: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(kinds[i] & FAILS_NULL)) continue;
    const close = match[i + 1];
    if (close < 0) return true;
    let start = i + 2;
    for (let j = start; j <= close; j++) {
      if (j < close && tokens[j] !== ',') {
        if (match[j] > j) j = match[j];
        continue;
      }
      if (j > start) args.push(normExpr(tokens.slice(start, j).join('')));
      start = j + 1;
    }
    // a statement the parser cannot read is one call named by its first word, every word of it an argument
    for (let j = i + 2; j < tokens.length && tokens[j] !== ';' && tokens[j] !== '}'; j++) if (isWord(tokens[j])) args.push(tokens[j]);
  }
  const reached = reach(tokens, assigns, (a) => holdsCall(kinds, FAILS_NULL, a.rhsStart, a.rhsEnd), args);
  if (reached === undefined) return true;
  const keys = new Set([...reached.keys()].map(withoutDerefs));
  for (const [from, to] of conds)
    for (let i = from; i + 1 < to; i++) {
      if (tokens[i] !== 'IS_ERR' || tokens[i + 1] !== '(') continue;
      const close = match[i + 1];
      if (close < 0) return true;
      if (holdsCall(kinds, FAILS_NULL, i + 2, close)) return true; // the call tested itself
      const arg = tokens.slice(i + 2, close);
      // an assignment tested (its target, read loosely), or one branch of an `#if`
      if (arg.includes('=') || arg.includes('#')) return true;
      if (keys.has(withoutDerefs(normExpr(arg.join(''))))) return true;
    }
  return false;
}

/**
 * The keys (tokens joined without blanks, as normExpr joins them) that the results of the assignments `seeds` accepts
 * reach, with `more` to begin with: each such target, and every target of an assignment whose value is a key already
 * reached, read as Walker.assign reads it (reachedByAssignments). Undefined when a target this test cannot read is
 * reached.
 */
function reach(
  tokens: string[],
  assigns: TokenAssign[],
  seeds: (a: TokenAssign) => boolean,
  more: string[],
): Map<string, readonly string[]> | undefined {
  // each key with its tokens (joined, `x[sizeof y]` would read as other tokens)
  const out = new Map<string, readonly string[]>(more.map((k) => [k, k.match(C_TOKEN) ?? []]));
  let unread = false;
  const put = (run: string[]) => out.set(run.join(''), run);
  const add = (a: TokenAssign) => {
    if (a.lhsStart < 0) {
      unread = true;
      return;
    }
    const run = tokens.slice(a.lhsStart, a.lhsEnd + 1);
    put(run);
    // a declarator's subscripts are not part of the name it declares, an expression's `*` is part of its target
    let bare = run.length;
    while (bare > 1 && run[bare - 1] === ']') bare = openingOf(run, bare - 1);
    if (bare > 0) put(run.slice(0, bare));
    for (let i = a.lhsStart - 1, stars: string[] = ['*']; tokens[i] === '*'; i--, stars = [...stars, '*']) put([...stars, ...run]);
  };
  const left: TokenAssign[] = [];
  for (const a of assigns) {
    if (seeds(a)) add(a);
    else left.push(a);
  }
  for (let grew = out.size > 0; grew; ) {
    grew = false;
    for (let k = 0; k < left.length; k++) {
      const a = left[k];
      if (a.value !== ANY_VALUE && !out.has(a.value)) continue;
      add(a);
      left[k] = left[left.length - 1];
      left.pop();
      k--;
      grew = true;
    }
  }
  return unread ? undefined : out;
}

/**
 * What Walker.assign reads a right-hand side (its tokens joined) as: the first name of a chain `b = c = f()`, else the
 * whole. ANY_VALUE when it holds a directive: the parser reads one branch of an `#if`, these tokens every branch.
 */
function assignedValue(rhs: string): string {
  return rhs.includes('#') ? ANY_VALUE : assignedFrom(normExpr(rhs));
}

/**
 * Every assignment of the tokens (`=`, and the compound ones, which may still hand a call's result to their target);
 * not an initializer's designator (`.a = x`, `[2] = x`), which the parser reads as no assignment.
 */
function assignments(tokens: string[], match: Int32Array): TokenAssign[] {
  const out: TokenAssign[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t !== '=' && t !== '<<=' && t !== '>>=') continue;
    const lhsEnd = t === '=' && COMPOUND.has(tokens[i - 1]) ? i - 2 : i - 1;
    let lhsStart = runStart(tokens, match, lhsEnd);
    if (lhsStart === DESIGNATOR) continue;
    // a target written in the branches of an `#if` (the parser reads one of them): this test cannot read it
    if (lhsStart >= 0 && (tokens[lhsStart - 1] === '#' || tokens.slice(lhsStart, lhsEnd + 1).includes('#'))) lhsStart = -1;
    let depth = 0;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const c = tokens[j];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (--depth < 0) break;
      } else if ((c === ',' || c === ';') && depth === 0) break;
    }
    out.push({ lhsStart, lhsEnd, rhsStart: i + 1, rhsEnd: j, value: assignedValue(tokens.slice(i + 1, j).join('')) });
  }
  return out;
}

/** The operators that make `=` after them a compound assignment (C_TOKEN reads `+=` as two tokens). */
const COMPOUND = new Set(['+', '-', '*', '/', '%', '&', '|', '^']);

const DESIGNATOR = -2;
/** A value that may be any key (see assignedValue). */
const ANY_VALUE = '#';

/**
 * Where the run of tokens ending at `end` starts: names and numbers joined by `->` or `.`, each with subscripts or
 * call arguments after it. -1 when it is something else (a parenthesised target), which this test cannot follow;
 * DESIGNATOR for an initializer's designator.
 */
function runStart(tokens: string[], match: Int32Array, end: number): number {
  let i = end;
  for (;;) {
    // subscripts, arguments
    while (i >= 0 && (tokens[i] === ']' || tokens[i] === ')')) {
      const open = match[i];
      if (open < 0) return -1;
      if (tokens[i] === ']' && opensInitializerItem(tokens, open)) return DESIGNATOR;
      i = open - 1;
    }
    if (i < 0 || !isOperand(tokens[i])) return -1;
    const joint = tokens[i - 1];
    if (joint !== '->' && joint !== '.') return i;
    if (joint === '.' && opensInitializerItem(tokens, i - 1)) return DESIGNATOR;
    i -= 2;
  }
}

/** Whether the token at `at` begins an item of an initializer list (after its `{` or a `,`). */
function opensInitializerItem(tokens: string[], at: number): boolean {
  const before = tokens[at - 1];
  return before === '{' || before === ',';
}

/** Whether a call whose failure has a bit of `bits` is named among tokens [from, to). */
function holdsCall(kinds: Uint8Array, bits: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (kinds[i] & bits) return true;
  return false;
}

/** Where the subscript closed at `close` opens (0 when it does not). */
function openingOf(run: readonly string[], close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (run[i] === ']') depth++;
    else if (run[i] === '[' && --depth === 0) return i;
  }
  return 0;
}

function startsRun(tokens: string[], at: number, want: readonly string[]): boolean {
  for (let k = 0; k < want.length; k++) if (tokens[at + k] !== want[k]) return false;
  return true;
}

/** For each bracket token, the index of the one matching it (-1 when none): `(` `)`, `[` `]`, `{` `}`. */
function brackets(tokens: string[]): Int32Array {
  const match = new Int32Array(tokens.length).fill(-1);
  // one stack per kind: a brace left open by the branches of an `#if` must not take a parenthesis's place
  const open: Record<string, number[]> = { '(': [], '[': [], '{': [] };
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(' || t === '[' || t === '{') open[t].push(i);
    else if (t === ')' || t === ']' || t === '}') {
      const o = open[opener[t]].pop();
      if (o === undefined) continue;
      match[o] = i;
      match[i] = o;
    }
  }
  return match;
}

/** `*p` and `p` alike (a declarator's `*` is not part of the name, an expression's is), and `*(u8 *)p` too. */
function withoutDerefs(key: string): string {
  let k = key;
  while (k.startsWith('*')) k = normExpr(k.slice(1));
  return k;
}

function isWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isOperand(t: string): boolean {
  const c = t.charCodeAt(0);
  return isWord(t) || (c >= 48 && c <= 57);
}
