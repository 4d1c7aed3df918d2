// Which function bodies the correctness facts must parse. A body yields a comparison with zero or a repeated operand
// only if its text holds one of the shapes below, a necessary condition checked on the same prepared text the parser
// reads; the other bodies are left out of the parse (tree-sitter's included ranges, so every offset stays the file's).
// No function's return statements are read until a rule asks about the function (see errno-functions).

import { type ParseRange, parseRanges, withoutBlanks } from '../../model/c/syntax/blank-gaps.js';

/** The span of a function body: offsets of its braces, as the lexer found them (FunctionDef satisfies it). */
export interface BodySpan {
  bodyStart: number;
  bodyEnd: number;
}

/** A relational operator next to a zero literal, through parentheses and blanks: `x < 0`, `0 >= (x)`. */
const ZERO_COMPARE = [/[<>]=?[\s()\\]*0+[uUlL]*(?![\w.])/, /(?<![\w.])0+[uUlL]*[\s()\\]*[<>]/];
/** The operators whose operands the identical-operand facts compare (file-facts: IDENTICAL_OPS). */
const OPERATORS = new Set(['&&', '||', '==', '!=', '-', '^', '&', '|']);
/** Prefixes skipped before an operand's first token: `!a && !a`, `(x) - (x)`, `*p & *p`. */
const PREFIXES = new Set(['(', '*', '&', '!', '~', '-']);
const TOKEN = /[A-Za-z_]\w*|\d[\w.]*|->|\+\+|--|&&|\|\||==|!=|<=|>=|<<=?|>>=?|\S/g;

/** A necessary condition for a comparison with zero in `code` (file-facts reads assignments only then). */
export function mayCompareWithZero(code: string): boolean {
  return ZERO_COMPARE[0].test(code) || ZERO_COMPARE[1].test(code);
}

/**
 * True when the body may give a comparison with zero or a repeated operand. For repeated operands: an operator whose
 * right operand starts (past prefixes) with a token already seen in its statement. A statement ends at a `;` outside
 * parentheses only, so that a statement expression `({ a; b; })` or a `for` header never splits an expression; an
 * operand that starts with `{` is kept whatever it holds.
 */
export function bodyMayHoldFacts(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  if (mayCompareWithZero(body)) return true;
  const tokens = body.match(TOKEN);
  if (!tokens) return false;
  const seen = new Set<string>();
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else if (t === ';' && depth === 0) {
      seen.clear();
      continue;
    } else if (OPERATORS.has(t)) {
      let j = i + 1;
      while (j < tokens.length && PREFIXES.has(tokens[j])) j++;
      const next = tokens[j];
      if (next !== undefined && (next === '{' || seen.has(next))) return true;
    }
    seen.add(t);
  }
  return false;
}

/** The ranges of a file to parse for its facts, and the bodies left out (by the offset of their `{`). */
export interface FactRanges {
  ranges: ParseRange[];
  skipped: Set<number>;
}

/**
 * Everything but the bodies that cannot hold a fact (from each such body only its braces are parsed, so the function
 * stays a definition: its name and return type are facts too) and long blank stretches. Undefined when that is
 * the whole text.
 */
export function factRanges(
  text: string,
  functions: readonly BodySpan[],
  lineAt: (offset: number) => number,
  columnAt: (offset: number) => number,
): FactRanges | undefined {
  const skipped = new Set<number>();
  const kept: [number, number][] = [];
  let from = 0;
  for (const fn of functions) {
    // in file order, never nested; a body the lexer closed past the end is parsed whole
    if (fn.bodyStart < from || fn.bodyEnd >= text.length || text[fn.bodyStart] !== '{' || text[fn.bodyEnd] !== '}') continue;
    if (bodyMayHoldFacts(text, fn.bodyStart + 1, fn.bodyEnd)) continue;
    kept.push([from, fn.bodyStart + 1]);
    skipped.add(fn.bodyStart);
    from = fn.bodyEnd;
  }
  kept.push([from, text.length]);
  const pairs = withoutBlanks(text, kept);
  if (pairs.length === 1 && pairs[0][0] === 0 && pairs[0][1] === text.length) return undefined;
  return { ranges: parseRanges(pairs, lineAt, columnAt), skipped };
}
