// What a module function's text says its failure return can be made of, for the text filter's questions
// (mayHoldWrongCheck). failureReturn (summary.ts) reads the value of each `return`: NULL written out, or a call whose
// own failure it then asks (ERR_PTR, a function of the table, a module helper), directly or through the variable
// returned (`p = f(); ... return p;`, where a NULL-failing call's result has been checked on the way and counts for
// nothing). Any other value makes it unknown. So a function's failure return can be an error pointer or NULL only if
// one of those shapes is in its text, and only through the calls whose result a `return` or an assignment hands on:
// not through every function it calls (most functions call some helper that fails with a pointer, and return a
// status).

import { isSpace } from '../../text/space.js';
import { isWordChar } from '../../text/word.js';

export interface FailureText {
  /** The calls whose result a return may hand on: `return f(...)`. */
  returns: Set<string>;
  /** And those a returned variable may hold: `p = (T *)f(...); ... return p;` (a NULL-failing one's counts for nothing). */
  returnsThrough: Set<string>;
  /** Whether it may return NULL written out: `return NULL`, `return (T *)0`, or `p = NULL; ... return p;`. */
  mayReturnNull: boolean;
}

/** Where a `return` or an assignment's `=` is followed by its value. */
const VALUE_START = /\breturn\b|=/g;

export function failureText(body: string): FailureText {
  const returns = new Set<string>();
  let mayReturnNull = false;
  const returned = new Set<string>();
  const givenNull = new Set<string>();
  const givenCall = new Map<string, Set<string>>();
  let unread = false;
  VALUE_START.lastIndex = 0;
  for (let m = VALUE_START.exec(body); m; m = VALUE_START.exec(body)) {
    const isReturn = m[0] !== '=';
    if (!isReturn && !isAssignment(body, m.index)) continue;
    const v = valueAt(body, m.index + m[0].length);
    unread ||= v.directive;
    if (isReturn) {
      if (v.call) returns.add(v.call);
      else if (v.nullLiteral) mayReturnNull = true;
      else if (v.name) returned.add(v.name);
    } else if (v.nullLiteral) givenNull.add(targetBefore(body, m.index));
    else if (v.call) {
      const target = targetBefore(body, m.index);
      const calls = givenCall.get(target) ?? new Set<string>();
      calls.add(v.call);
      givenCall.set(target, calls);
    }
  }
  const returnsThrough = new Set<string>();
  // The parser reads one branch of each `#if`, this text all of them: a target or a returned name written across
  // branches is not read here, so any target may be the one returned.
  const branched = body.includes('#');
  for (const name of branched ? givenCall.keys() : returned) for (const call of givenCall.get(name) ?? []) returnsThrough.add(call);
  if (branched ? givenNull.size > 0 : [...returned].some((name) => givenNull.has(name))) mayReturnNull = true;
  if (unread) {
    // a value beginning with a directive: any call may be returned, and any NULL
    for (const m of body.matchAll(CALLED)) {
      returns.add(m[1]);
      returnsThrough.add(m[1]);
    }
    mayReturnNull ||= NULL_WRITTEN.test(body);
  }
  return { returns, returnsThrough, mayReturnNull };
}

const CALLED = /([A-Za-z_]\w*)\s*\(/g;
const NULL_WRITTEN = /\bNULL\b|\)\s*0\b/;

/** Whether the `=` at `at` assigns (`=`, `+=`, `<<=` ...), not compares (`==`, `!=`, `<=`, `>=`). */
function isAssignment(text: string, at: number): boolean {
  if (text[at + 1] === '=') return false;
  const before = text[at - 1];
  if (before === '=' || before === '!') return false;
  if (before === '<' || before === '>') return text[at - 2] === before; // `<<=` `>>=`
  return true;
}

interface Value {
  /** It begins with a directive (`#ifdef`): one of its branches is the value, not read here. */
  directive: boolean;
  /** The name of the call it starts with, after parentheses and casts. */
  call?: string;
  /** NULL, or 0 after a cast: what failureReturn reads as a NULL return. */
  nullLiteral: boolean;
  /** The whole value is a name or a member (`p`, `priv->buf`), blanks removed. */
  name?: string;
}

/** Reads the value starting at `from`, past blanks, opening parentheses and casts (`(struct foo *)`). */
function valueAt(text: string, from: number): Value {
  let i = from;
  let cast = false;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '(') break;
    const close = text.indexOf(')', i);
    // a group of words, blanks and `*` is taken for a cast (a plain `(x)` too: a name alone is no call either way)
    const inner = close > i ? text.slice(i + 1, close) : '';
    if (/^[\w\s*]+$/.test(inner)) {
      if (inner.trim() === 'NULL') return { directive: false, nullLiteral: true }; // `return (NULL);`
      cast = true;
      i = close + 1;
    } else i++;
  }
  if (text[i] === '#') return { directive: true, nullLiteral: false };
  let end = i;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  if (end === i) return { directive: false, nullLiteral: false };
  const word = text.slice(i, end);
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  if (text[next] === '(') return { directive: false, call: word, nullLiteral: false };
  if (word === 'NULL' || (cast && word === '0')) return { directive: false, nullLiteral: true };
  // a name or member run up to the end of the statement
  const rest = /^[\w\s>.-]*;/.exec(text.slice(i, Math.min(text.length, i + 256)));
  return { directive: false, nullLiteral: false, name: rest ? rest[0].slice(0, -1).replace(/\s+/g, '') : undefined };
}

/** The name or member an assignment at `at` gives its value to, blanks removed (`p` of `struct foo *p = NULL`). */
function targetBefore(text: string, at: number): string {
  // past a compound assignment's operator: `+=`, `<<=`
  let end = at;
  if (text[end - 1] === '<' || text[end - 1] === '>') end -= 2;
  else if ('+-*/%&|^'.includes(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\w\s>.-]/.test(text[start - 1])) start--;
  // `priv -> buf` is one target, `else p` is a keyword and one
  const words = text
    .slice(start, end)
    .trim()
    .replace(/\s*(->|\.)\s*/g, '$1')
    .split(/\s+/);
  return words[words.length - 1];
}
