// What the correctness facts' first reading parses. A body yields a comparison with zero or a repeated operand only if
// its text holds one of the shapes below, a necessary condition checked on the same prepared text the parser reads;
// only the definitions of the bodies that pass are given to the parser (tree-sitter's included ranges, so every
// offset stays the file's). The same scan of the top level gives the hashes of the names the file may declare.
// No function's return statements are read until a rule asks about the function (see errno-functions).

import { type ParseRange, parseRanges, withoutBlanks } from '../../model/c/syntax/blank-gaps.js';
import { C_TOKEN, ZERO_COMPARE, zeroComparesOnIntLocals } from './int-locals.js';
import { nameHashes } from '../../text/name-index.js';
import { type NameBracket, type NameBracketOptions, nextNameBracket } from '../../text/name-bracket.js';
import { isWordChar } from '../../text/word.js';
import { isSpace } from '../../text/space.js';

/** The operators whose two operands the identical-operand facts compare (here and in file-facts). */
export const IDENTICAL_OPS = new Set(['&&', '||', '==', '!=', '-', '^', '&', '|']);
/** Chains of these are one list of operands: `a || b || a` repeats `a`. */
export const CHAIN_OPS = new Set(['&&', '||', '&', '|']);

/** A necessary condition for a comparison with zero in `code` (file-facts reads assignments only then). */
export function mayCompareWithZero(code: string): boolean {
  return ZERO_COMPARE[0].test(code) || ZERO_COMPARE[1].test(code);
}

/**
 * True when the body (`text` from `start` to `end`, inside its braces; its definition from `statement`) may give a
 * comparison with zero that can be a finding, or a repeated operand. A comparison of an `int` the function declares
 * is never one (see int-locals). A statement ends at a `;` outside parentheses only, so that a statement expression
 * `({ a; b; })` or a `for` header never splits an expression.
 */
export function bodyMayHoldFacts(text: string, start: number, end: number, statement = start - 1): boolean {
  const body = text.slice(start, end);
  // one tokenisation of the body, for the int-local test and the repeated operands both
  let made: string[] | undefined;
  const bodyTokens = () => (made ??= body.match(C_TOKEN) ?? []);
  if (mayCompareWithZero(body) && !zeroComparesOnIntLocals(text.slice(statement, start - 1), body, bodyTokens)) return true;
  if (made !== undefined) return tokensMayRepeatOperand(made);
  // Tokens are made only for the statements holding an operator's character: the statements are split where the
  // tokens would split them (`;`, `(`, `)`, `[` and `]` are always tokens of one character), and a statement without
  // such a character has no operator to compare (most bodies of drivers/net were tokenised whole for nothing).
  let depth = 0;
  let from = 0;
  let operator = false;
  STATEMENT_CHARS.lastIndex = 0;
  while (STATEMENT_CHARS.test(body)) {
    const i = STATEMENT_CHARS.lastIndex - 1;
    const c = body.charCodeAt(i);
    if (c === 40 || c === 91 /* ( [ */) depth++;
    else if (c === 41 || c === 93 /* ) ] */) depth = Math.max(0, depth - 1);
    else if (c === 59 /* ; */ && depth === 0) {
      if (operator && tokensMayRepeatOperand(body.slice(from, i).match(C_TOKEN) ?? [])) return true;
      from = i + 1;
      operator = false;
    } else operator ||= mayBeOperator(body, i, c);
  }
  return operator && tokensMayRepeatOperand(body.slice(from).match(C_TOKEN) ?? []);
}

/** The characters bodyMayHoldFacts reads: the statements' bounds and the operators' (mayBeOperator). */
const STATEMENT_CHARS = /[()[\];&|^=-]/g;

/**
 * Whether the character `c` at `i` may be (part of) a token of IDENTICAL_OPS: `&`, `|`, `^`, the `=` of `==` and `!=`,
 * and a `-` but one before `>` (C_TOKEN reads that as part of `->`, or of the `--` before it).
 */
function mayBeOperator(body: string, i: number, c: number): boolean {
  if (c === 38 || c === 124 || c === 94 /* & | ^ */) return true;
  if (c === 61 /* = */) {
    const before = i > 0 ? body.charCodeAt(i - 1) : 0;
    return before === 61 || before === 33; /* = ! */
  }
  return c === 45 /* - */ && body.charCodeAt(i + 1) !== 62; /* > */
}

/** Whether the tokens (of a body, or of statements) may hold an operator with two equal operands, statement by statement. */
function tokensMayRepeatOperand(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  let depth = 0;
  let from = 0;
  const ops: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else if (t === ';' && depth === 0) {
      if (mayRepeatOperand(tokens, from, i, ops)) return true;
      from = i + 1;
      ops.length = 0;
    } else if (IDENTICAL_OPS.has(t)) ops.push(i);
  }
  return mayRepeatOperand(tokens, from, tokens.length, ops);
}

/** Binary operators by how tightly they bind (C's precedence), for where an operand can end. */
const PRECEDENCE = new Map<string, number>([
  ...['*', '/', '%'].map((o) => [o, 13] as const),
  ...['+', '-'].map((o) => [o, 12] as const),
  ...['<<', '>>'].map((o) => [o, 11] as const),
  ...['<', '<=', '>', '>='].map((o) => [o, 10] as const),
  ...['==', '!='].map((o) => [o, 9] as const),
  ['&', 8],
  ['^', 7],
  ['|', 6],
  ['&&', 5],
  ['||', 4],
]);
/** Tokens after which an operand goes on (a call, a subscript, a member, a postfix update). */
const CONTINUES = new Set(['(', '[', '->', '.', '++', '--']);
/** Tokens that take the operand after them into a larger one (unary operators, a member access, sizeof). */
const TAKES_NEXT = new Set(['!', '~', '++', '--', '->', '.', 'sizeof']);

/** Words after which a parenthesis opens an operand, not a call's arguments. */
const KEYWORDS = new Set(['return', 'if', 'while', 'switch', 'case', 'else', 'do']);

/**
 * Whether the left operand may be tokens[j] on (closed by `closings` parentheses before the operator): those
 * parentheses open right before it and nothing before them binds it tighter, or (in a chain of `chainOp`) it is the
 * last operand of a parenthesised chain of the same operator, `(a || b) || b`.
 */
function leftMayStart(
  tokens: readonly string[],
  from: number,
  j: number,
  closings: number,
  chainOp: string | undefined,
  startsAfter: (t: string | undefined) => boolean,
): boolean {
  const before = (i: number) => (i > from ? tokens[i - 1] : undefined);
  if (closings === 0) return startsAfter(before(j));
  if (chainOp !== undefined && before(j) === chainOp) return true;
  for (let c = 1; c <= closings; c++) if (before(j - c + 1) !== '(') return false;
  const t = before(j - closings);
  // `f(a) == a` compares a call
  if (t !== undefined && /^[A-Za-z_]\w*$/.test(t) && !KEYWORDS.has(t)) return false;
  return startsAfter(t);
}

/**
 * Whether a statement (tokens[from, end), its operators at `ops`) may hold an operator with two equal operands: the
 * tokens right after an operator (past opening parentheses, which the comparison strips) repeat tokens that end, past
 * closing parentheses, right before the same operator or, in a chain (`a || b || a`), before an earlier one of the
 * chain's operator; and neither repeat is only part of a larger operand (`ret && ret != -EIO` compares `ret` with
 * `ret != -EIO`), judged by the tokens around it and the operators' precedence, conservatively where a token may be
 * unary or binary. An operand that starts with `{` is kept whatever it holds.
 */
function mayRepeatOperand(tokens: readonly string[], from: number, end: number, ops: readonly number[]): boolean {
  for (const q of ops) {
    const op = tokens[q];
    const chain = CHAIN_OPS.has(op);
    const prec = PRECEDENCE.get(op) ?? 0;
    // the operand on the left may start after `t`: no unary operator takes it, no operator binds it as tightly
    // (operators of one precedence group from the left) but a chain's own; `&`, `-`, `*` are read as binary
    const startsAfter = (t: string | undefined) => {
      if (t === undefined || (chain && t === op)) return true;
      const binary = PRECEDENCE.get(t);
      return binary === undefined ? !TAKES_NEXT.has(t) : binary < prec;
    };
    // the operand on the right may end before `t`: it does not go on, and no tighter operator takes it
    const endsBefore = (t: string | undefined) => t === undefined || (!CONTINUES.has(t) && (PRECEDENCE.get(t) ?? 0) <= prec);
    for (let rs = q + 1, opened = 0; rs < end; rs++, opened++) {
      const first = tokens[rs];
      if (first === '{') return true;
      for (let j = from; j < q; j++) {
        if (tokens[j] !== first) continue;
        let depth = 0;
        for (let k = 1; j + k <= q && rs + k <= end && tokens[j + k - 1] === tokens[rs + k - 1]; k++) {
          // an operand's parentheses and brackets are balanced
          const t = tokens[j + k - 1];
          if (t === '(' || t === '[') depth++;
          else if (t === ')' || t === ']') depth--;
          if (depth < 0) break;
          if (depth > 0) continue;
          let p = j + k;
          while (p < q && tokens[p] === ')') p++;
          if (p !== q && !(chain && tokens[p] === op)) continue;
          if (!leftMayStart(tokens, from, j, p - j - k, chain ? op : undefined, startsAfter)) continue;
          // the right operand: the parentheses opened before the repeat closed right after it (in a chain, a
          // parenthesised chain of the same operator may go on: `a || (a || b)`)
          let after = rs + k;
          let closed = 0;
          while (closed < opened && tokens[after] === ')') {
            after++;
            closed++;
          }
          const next = after < end ? tokens[after] : undefined;
          if (closed < opened && !(chain && next === op)) continue;
          if (endsBefore(next)) return true;
        }
      }
      if (first !== '(') break;
    }
  }
  return false;
}

/** What the first reading of a file parses, and what it learns of the rest. */
export interface FirstReading {
  /** The function definitions whose bodies may hold a fact; undefined when there is none (nothing to parse). */
  ranges?: ParseRange[];
  /**
   * The hashes of the identifiers outside function bodies (see name-index): which names the file may declare; and
   * keyed apart (structTag, typedefName), the names that may be a struct's tag with its body or a typedef.
   */
  names: Uint32Array;
}

const IDENTIFIER = /[A-Za-z_]\w*/g;
/** A name before a `{`, as `(?<![A-Za-z_])([A-Za-z_]\w*)\s*\{` finds it (see nextNameBracket). */
const TAG: NameBracketOptions = { startAfter: 'letter' };
const TYPEDEF = /\btypedef\b/g;

/** The index's key for a name that may be a struct or union's tag, its body declared in the file. */
export const structTag = (name: string): string => `s:${name}`;
/** The index's key for a name that may be a typedef of the file. */
export const typedefName = (name: string): string => `t:${name}`;

/**
 * The names of the declarations in `spans` ([from, to) pairs, in order): each regex runs once over the text, jumping
 * over the bodies between spans (a search bounded by its span only would rescan a body for every span after it).
 */
function declaredNames(text: string, spans: number[]): Set<string> {
  const names = new Set<string>();
  // Each hit that starts in a span, in order: `find(from)` is where the first hit at `from` or later starts (-1: none),
  // `use` takes it and says where to search on.
  const eachInSpans = (find: (from: number) => number, use: (at: number, spanEnd: number) => number) => {
    let k = 0;
    for (let at = find(spans[0]); at >= 0; ) {
      while (k < spans.length && at >= spans[k + 1]) k += 2;
      if (k >= spans.length) return;
      at = at < spans[k] ? find(spans[k]) /* it began in a body */ : find(use(at, spans[k + 1]));
    }
  };
  const byRegex = (re: RegExp) => (from: number) => {
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  };
  // the identifiers, found by `test` (IDENTIFIER's `exec` made an array for each)
  const nextName = (from: number) => {
    NAME_START.lastIndex = from;
    return NAME_START.test(text) ? NAME_START.lastIndex - 1 : -1;
  };
  eachInSpans(nextName, (at) => {
    let end = at + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    names.add(text.slice(at, end));
    return end;
  });
  // what may name a struct's body: `struct foo {`, found from each `{` back (see nextNameBracket), and the names of a
  // typedef (`typedef struct { ... } foo_t;`)
  let tag: NameBracket | undefined;
  eachInSpans(
    (from) => (tag = nextNameBracket(text, '{', from, TAG))?.start ?? -1,
    (at) => {
      const { end, bracket } = tag as NameBracket; // the hit `find` just gave
      names.add(structTag(text.slice(at, end)));
      return bracket + 1;
    },
  );
  eachInSpans(byRegex(TYPEDEF), (at, spanEnd) => {
    const end = statementEnd(text, at, spanEnd);
    // An anonymous struct's members are known under the names declared after its body (`} foo_t, *foo_p;`), and
    // those come after the statement's last `}`: a name before it (a member, a parameter's `struct device`) is not
    // one, and keyed as one it sent every lookup of `struct device` to each file with such a typedef.
    let declarators = end;
    for (let i = end - 1; i > at; i--) {
      if (text.charCodeAt(i) === 125 /* } */) {
        declarators = i;
        break;
      }
    }
    IDENTIFIER.lastIndex = at; // its own pass over the text is over
    for (let id = IDENTIFIER.exec(text); id && id.index < end; id = IDENTIFIER.exec(text)) {
      names.add(typedefName(id[0]));
      if (id.index > declarators) names.add(structTag(id[0]));
    }
    return end;
  });
  return names;
}

/** Scans that make no match array (`test` of a global expression). */
const TOP_LEVEL = /[{}();]/g;
const BRACES = /[{}]/g;
const NAME_START = /[A-Za-z_]/g;

/** The end of the statement starting at `from`: its `;` outside braces (or `limit`). */
function statementEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ';' && depth <= 0) return i;
  }
  return limit;
}

/**
 * Reads the prepared text's top level: every block after a `)` is a function body (what the parser reads as one);
 * those that may hold a fact are kept with their definition, from the end of the statement before (a `;` outside
 * parentheses, or the end of the function before), so that each parses as it does in the whole file. Struct
 * bodies and initialisers stay outside: their identifiers (members, globals) are hashed into the file's names.
 */
export function firstReading(text: string, lineAt: (offset: number) => number, columnAt: (offset: number) => number): FirstReading {
  const kept: [number, number][] = [];
  // the declarations: the text between function bodies, as [from, to) pairs
  const outsideBodies: number[] = [];
  let outside = 0;
  eachFunctionBody(text, (open, close, statement) => {
    outsideBodies.push(outside, open);
    outside = close;
    if (bodyMayHoldFacts(text, open + 1, Math.min(close, text.length), statement)) kept.push([statement, Math.min(close + 1, text.length)]);
  });
  outsideBodies.push(outside, text.length);
  const names = nameHashes(declaredNames(text, outsideBodies));
  if (kept.length === 0) return { names };
  return { ranges: parseRanges(withoutBlanks(text, kept), lineAt, columnAt), names };
}

/**
 * The ranges to parse for a file's declarations alone: everything but the inside of each function body (its braces
 * kept, so a definition still parses as one, with an empty body). Undefined when the file has no function body.
 */
export function withoutBodies(
  text: string,
  lineAt: (offset: number) => number,
  columnAt: (offset: number) => number,
): ParseRange[] | undefined {
  const spans: [number, number][] = [];
  let from = 0;
  eachFunctionBody(text, (open, close) => {
    spans.push([from, open + 1]);
    from = Math.min(close, text.length);
  });
  if (spans.length === 0) return undefined;
  spans.push([from, text.length]);
  return parseRanges(withoutBlanks(text, spans), lineAt, columnAt);
}

/**
 * Calls `visit` for each function body of the prepared text's top level, in order: every block after a `)` (what the
 * parser reads as one), with the offsets of its braces and the start of its statement (after the `;` outside
 * parentheses, or the end of the body, before it). Struct bodies and initialisers are stepped over.
 */
function eachFunctionBody(text: string, visit: (open: number, close: number, statement: number) => void): void {
  let statement = 0;
  let parens = 0;
  // `test` of a global expression: a native scan that makes no match array (`exec` made one for each)
  TOP_LEVEL.lastIndex = 0;
  while (TOP_LEVEL.test(text)) {
    const at = TOP_LEVEL.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 40 /* ( */) parens++;
    else if (c === 41 /* ) */) parens = Math.max(0, parens - 1);
    else if (c === 59 /* ; */) {
      if (parens === 0) statement = at + 1;
    } else if (c === 123 /* { */) {
      const close = blockEnd(text, at);
      const open = at;
      TOP_LEVEL.lastIndex = close + 1; // on from the character after the block
      // a struct body or an initialiser: part of the declarations
      if (!afterParameters(text, open)) continue;
      visit(open, close, statement);
      statement = close + 1;
      parens = 0;
    }
  }
}

/**
 * Whether the block opened at `open` follows a parameter list: `)`, or `)` and one attribute-like name the
 * preparation does not know (`f(void) MY_ATTR {`), as the parser reads a function definition.
 */
function afterParameters(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (text[i] === ')') return true;
  const wordEnd = i;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  if (i === wordEnd) return false;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return text[i] === ')';
}

/** The offset of the `}` closing the block opened at `open` (the text's length when it is never closed). */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  BRACES.lastIndex = open;
  while (BRACES.test(text)) {
    const i = BRACES.lastIndex - 1;
    if (text.charCodeAt(i) === 123 /* { */) depth++;
    else if (--depth === 0) return i;
  }
  return text.length;
}
