// Most comparisons with zero in kernel code test an `int` the function declares (`ret < 0`), which the
// unsigned-error-check can never flag: the first reading leaves a body unparsed when every comparison with zero in it
// is of that kind, as far as the text shows it for certain. Anything the tokens leave in doubt (a cast, a member, an
// operand in parentheses, a second declaration of the name that may be of another type) keeps the body.

import { isWordChar } from '../../text/word.js';
/**
 * A relational operator next to a zero literal, through parentheses and blanks: `x < 0` (the zero on the right),
 * `0 >= (x)` (on the left). The first reading's necessary condition for a comparison with zero (fact-candidates).
 */
export const ZERO_COMPARE = [/[<>]=?[\s()\\]*0+[uUlL]*(?![\w.])/, /(?<![\w.])0+[uUlL]*[\s()\\]*[<>]/] as const;
const ZERO_RIGHT = new RegExp(ZERO_COMPARE[0].source, 'g');
const ZERO_LEFT = new RegExp(ZERO_COMPARE[1].source, 'g');
/** C tokens as far as the first reading tells them apart (a compound assignment is two: `+`, `=`). */
export const C_TOKEN = /[A-Za-z_]\w*|\d[\w.]*|->|\+\+|--|&&|\|\||==|!=|<=|>=|<<=?|>>=?|\S/g;
const WORD = /^[A-Za-z_]\w*$/;
/** What may stand right before an operand of `<`, the operand ending at `<`: nothing binding tighter. */
const LEFT_OPEN = new Set(['(', '{', '}', ';', ',', '&&', '||', '?', ':', '=', '==', '!=', '|', '^', 'return', 'else', 'do']);
/** What may stand right after an operand of `<` that starts at `<`. */
const RIGHT_CLOSE = new Set([')', '}', ';', ',', '&&', '||', '?', ':', '==', '!=', '|', '^', ']']);
/** Words that precede a name without declaring it. */
const NOT_TYPES = new Set(['return', 'case', 'sizeof', 'else', 'do', 'goto', 'typeof', '__typeof__']);
/** Words that may precede `int` in a declaration of a plain `int`. */
const INT_PREFIX = new Set(['const', 'static', 'register', 'volatile']);

/**
 * True when `body` (a function body's text between its braces) holds a comparison with zero and every one compares a
 * name the function declares `int` and nothing else (`header`: its definition up to the `{`): no fact of it can be a
 * finding, so the unsigned-error-check needs no parse of it. `bodyTokens` gives the body's tokens (C_TOKEN), which
 * the caller may have made already.
 */
export function zeroComparesOnIntLocals(
  header: string,
  body: string,
  bodyTokens: () => readonly string[] = () => body.match(C_TOKEN) ?? [],
): boolean {
  const names = new Set<string>();
  ZERO_RIGHT.lastIndex = 0;
  for (let m = ZERO_RIGHT.exec(body); m; m = ZERO_RIGHT.exec(body)) {
    const name = nameBefore(body, m.index);
    if (name === undefined) return false;
    names.add(name);
  }
  ZERO_LEFT.lastIndex = 0;
  for (let m = ZERO_LEFT.exec(body); m; m = ZERO_LEFT.exec(body)) {
    const name = nameAfter(body, m.index + m[0].length);
    if (name === undefined) return false;
    names.add(name);
  }
  if (names.size === 0) return false;
  const headerTokens = header.match(C_TOKEN) ?? [];
  const tokens = bodyTokens();
  for (const name of names) if (!declaredIntOnly(name, headerTokens, tokens)) return false;
  return true;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 92; /* \ of a continued line */

/** The name that is the whole left operand of the `<` or `>` at `at`, or undefined. */
function nameBefore(text: string, at: number): string | undefined {
  const prev = text.charCodeAt(at - 1);
  if (prev === 60 || prev === 62 || prev === 45) return undefined; // `<<`, `>>`, `->`
  let end = at;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  const name = text.slice(start, end);
  if (!WORD.test(name) || NOT_TYPES.has(name)) return undefined;
  let before = start;
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
  return LEFT_OPEN.has(tokenEndingAt(text, before)) ? name : undefined;
}

/**
 * The token ending at `end` as far as LEFT_OPEN tells them apart: `{` at the body's start, `=` but not `+=` or `<=`,
 * `|` but not `|=`; `#` for an operator it does not tell apart.
 */
function tokenEndingAt(text: string, end: number): string {
  if (end === 0) return '{';
  const c = text[end - 1];
  if (isWordChar(text.charCodeAt(end - 1))) {
    let s = end - 1;
    while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
    return text.slice(s, end);
  }
  const two = end >= 2 ? text.slice(end - 2, end) : '';
  if (two === '&&' || two === '||' || two === '==' || two === '!=') return two;
  if ((c === '=' || c === '|' || c === '&') && end >= 2 && '=!<>+-*/%&|^'.includes(text[end - 2])) return '#';
  return c;
}

/** The name that is the whole right operand of the `<` or `>` ending at `after`, or undefined. */
function nameAfter(text: string, after: number): string | undefined {
  let i = after;
  if (text[i] === '=') i++;
  if (text[i] === '<' || text[i] === '>') return undefined; // `<<`, `>>`
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  const name = text.slice(start, i);
  if (!WORD.test(name) || NOT_TYPES.has(name)) return undefined;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (i === text.length) return name; // the body's end: its `}`
  const next = text.slice(i, i + 2);
  if (next === '&&' || next === '||' || next === '==' || next === '!=') return name;
  // `&` alone binds looser than `<`; `&=`, `|=`, `^=` are assignments
  if ((next[0] === '&' || next[0] === '|' || next[0] === '^') && next[1] !== '=') return name;
  return RIGHT_CLOSE.has(next[0]) ? name : undefined;
}

/**
 * Whether every declaration of `name` in the function (its parameters, its locals) that the tokens may show is `int`
 * (not `unsigned int`, not a pointer, not an array), and there is one. An occurrence after a type word, after `*`
 * following a word, or after a `,` at the top of a statement that does not begin with `int` may declare it with
 * another type: the answer is then no.
 */
function declaredIntOnly(name: string, header: readonly string[], body: readonly string[]): boolean {
  let declared = false;
  let depth = 0;
  for (let i = 0; i < header.length; i++) {
    const t = header[i];
    if (t === '(') depth++;
    else if (t === ')') depth--;
    if (t !== name) continue;
    // a parameter: only `int name` at the top of the parameter list (not a callback's), before `,` or `)`
    if (depth !== 1 || !intBefore(header, i) || (header[i + 1] !== ',' && header[i + 1] !== ')')) return false;
    declared = true;
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== name) continue;
    const prev = body[i - 1];
    if (prev === '->' || prev === '.') continue; // a member of that name
    if (prev === 'int') {
      // a statement's own `int` (a prototype's or a callback's parameter is not a local)
      if (!intBefore(body, i, true) || body[i + 1] === '[' || body[i + 1] === '(') return false;
      declared = true;
    } else if (prev === '*') {
      let j = i - 1;
      while (body[j] === '*' || body[j] === 'const') j--;
      const t = body[j];
      if (t === ',' || t === ')' || t === ']' || (WORD.test(t) && !NOT_TYPES.has(t))) return false;
    } else if (prev === ',') {
      const head = statementHead(body, i);
      if (head === undefined) continue; // inside parentheses: an argument
      if (head !== 'int') return false;
      if (body[i + 1] === '[' || body[i + 1] === '(') return false;
      declared = true;
    } else if (prev !== undefined && WORD.test(prev) && !NOT_TYPES.has(prev)) return false;
  }
  return declared;
}

/**
 * `int` right before tokens[at], itself after nothing but storage words and: a statement's start (`{`, `}`, `;`, a
 * `for` header's `(`), or for a parameter (`local` false) `(` or `,`.
 */
function intBefore(tokens: readonly string[], at: number, local = false): boolean {
  if (tokens[at - 1] !== 'int') return false;
  let j = at - 2;
  while (INT_PREFIX.has(tokens[j])) j--;
  const t = tokens[j];
  if (t === undefined || t === '{' || t === '}' || t === ';') return true;
  if (local) return t === '(' && tokens[j - 1] === 'for';
  return t === '(' || t === ',';
}

/**
 * The first token of the statement holding tokens[at] when that token sits at the statement's top (outside its
 * parentheses), skipping storage words; undefined when it sits inside parentheses not of a `for` header (an argument).
 * A `for` header's declarations answer its first token: `for (int i = 0, n ...` is `int`, `for (u32 i ...` is not.
 */
function statementHead(tokens: readonly string[], at: number): string | undefined {
  let depth = 0;
  let j = at - 1;
  for (; j >= 0; j--) {
    const t = tokens[j];
    if (t === ')' || t === ']') depth++;
    else if (t === '(' || t === '[') {
      if (depth === 0) {
        if (tokens[j - 1] !== 'for' || t !== '(') return undefined;
        break;
      }
      depth--;
    } else if (depth === 0 && (t === ';' || t === '{' || t === '}')) break;
  }
  let k = j + 1;
  while (INT_PREFIX.has(tokens[k])) k++;
  // `for (i = 0, n = 1; ...` assigns: its head is a name followed by `=`, not a type
  return tokens[k] === 'int' ? 'int' : (tokens[k] ?? '');
}
