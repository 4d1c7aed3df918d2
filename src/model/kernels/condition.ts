// Evaluates `#if` conditions that involve only version macros (LINUX_VERSION_CODE, KERNEL_VERSION) into the set of
// kernels where the guarded code is compiled. Anything else (defined(X), HAVE_*, RHEL_RELEASE_CODE, CONFIG_*) is
// unknown: code under such a guard is a feature test and never a finding.

import type { PreprocCondition } from '../c/types.js';
import { kernelVersionCode } from './version.js';
import { VersionSet } from './range.js';

type Value = { k: 'num'; n: number } | { k: 'lvc' } | { k: 'set'; s: VersionSet } | { k: 'unknown' };

const UNKNOWN: Value = { k: 'unknown' };

/** Resolves an object-like macro to its replacement text (or undefined when the audit does not know it). */
export type MacroLookup = (name: string) => string | undefined;

export interface LiveRange {
  /** Kernels where the code may be compiled: exact when `exact`, otherwise an upper bound. */
  live: VersionSet;
  /** False when some condition could not be evaluated (a feature test). */
  exact: boolean;
  /** Whether any condition mentions a version macro. */
  versionGuarded: boolean;
}

const VERSION_WORDS = /\b(LINUX_VERSION_CODE|KERNEL_VERSION|LINUX_VERSION_MAJOR|LINUX_VERSION_PATCHLEVEL)\b/;

export function mentionsVersion(expr: string): boolean {
  return VERSION_WORDS.test(expr);
}

/** Whether any part of `text` may mention a version: every version word holds `VERSION`, found fast. */
export function mayMentionVersion(text: string): boolean {
  return text.includes('VERSION') && VERSION_WORDS.test(text);
}

const NO_MACROS: MacroLookup = () => undefined;
const evaluated = new WeakMap<MacroLookup, Map<string, VersionSet | undefined>>();

/** Evaluates one `#if` expression: a set of kernels, or undefined when it is not a pure version test. */
export function evaluateCondition(expr: string, lookup: MacroLookup = NO_MACROS): VersionSet | undefined {
  // Each expression is evaluated once per lookup (a repository's): a tree of thousands of files asks the same
  // conditions for every API use under them (drivers/: 1.2 s of parsing them again).
  let known = evaluated.get(lookup);
  if (!known) evaluated.set(lookup, (known = new Map()));
  if (known.has(expr)) return known.get(expr);
  const set = toSet(new Parser(expr, lookup, 0).parseAll());
  known.set(expr, set);
  return set;
}

/** The kernels where code under this stack of conditions is live. */
export function liveRange(conditions: PreprocCondition[], lookup: MacroLookup = NO_MACROS): LiveRange {
  let live = VersionSet.all;
  let exact = true;
  let versionGuarded = false;
  for (const c of conditions) {
    const parts: (VersionSet | undefined)[] = [];
    if (c.directive === 'if' || c.directive === 'elif') parts.push(evaluateCondition(c.expr, lookup));
    if (c.directive === 'ifdef' || c.directive === 'ifndef') parts.push(undefined);
    if (c.directive === 'elif' || c.directive === 'else') {
      for (const p of c.previous) {
        const s = evaluateCondition(p, lookup);
        parts.push(s?.complement());
      }
    }
    if ([c.expr, ...c.previous].some(mentionsVersion)) versionGuarded = true;
    for (const s of parts) {
      if (s === undefined) exact = false;
      else live = live.intersect(s);
    }
  }
  return { live, exact, versionGuarded };
}

function toSet(v: Value): VersionSet | undefined {
  if (v.k === 'set') return v.s;
  if (v.k === 'num') return v.n !== 0 ? VersionSet.all : VersionSet.none;
  if (v.k === 'lvc') return VersionSet.all;
  return undefined;
}

function fromSet(s: VersionSet | undefined): Value {
  return s ? { k: 'set', s } : UNKNOWN;
}

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+)[uUlL]*|\s*([A-Za-z_]\w*)|\s*(&&|\|\||==|!=|<=|>=|<<|>>|[()!~<>+\-*/%&|^,?:])/y;

function tokenize(expr: string): string[] | undefined {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  const text = expr.replace(/\\\n/g, ' ');
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    out.push((m[1] ?? m[2] ?? m[3]) as string);
    pos = TOKEN.lastIndex;
  }
  return out;
}

/** Deepest nesting of `(` and unary operators evaluated; real guards stay far below. */
const MAX_NESTING = 200;

// Binary operators by precedence, lowest first (C order).
const LEVELS: string[][] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];

class Parser {
  private tokens: string[];
  private i = 0;
  private failed = false;

  constructor(
    expr: string,
    private lookup: MacroLookup,
    private depth: number,
  ) {
    const t = tokenize(expr);
    if (!t) this.failed = true;
    this.tokens = t ?? [];
  }

  parseAll(): Value {
    if (this.failed || this.tokens.length === 0) return UNKNOWN;
    const v = this.binary(0);
    return this.failed || this.i !== this.tokens.length ? UNKNOWN : v;
  }

  private peek(): string | undefined {
    return this.tokens[this.i];
  }

  private take(expected?: string): string | undefined {
    const t = this.tokens[this.i];
    if (expected !== undefined && t !== expected) {
      this.failed = true;
      return undefined;
    }
    this.i++;
    return t;
  }

  private binary(level: number): Value {
    if (level >= LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (!this.failed && LEVELS[level].includes(this.peek() ?? '')) {
      const op = this.take() as string;
      const right = this.binary(level + 1);
      left = combine(op, left, right);
    }
    if (level === 0 && this.peek() === '?') {
      this.failed = true; // ternaries are rare in guards: treat as unknown
    }
    return left;
  }

  /** Parentheses and unary operators open so far: past MAX_NESTING the condition is unknown, before the stack runs out. */
  private nesting = 0;

  private unary(): Value {
    if (++this.nesting > MAX_NESTING) {
      this.failed = true;
      this.i = this.tokens.length;
      return UNKNOWN;
    }
    try {
      return this.unaryInner();
    } finally {
      this.nesting--;
    }
  }

  private unaryInner(): Value {
    const t = this.peek();
    if (t === '!') {
      this.take();
      const v = this.unary();
      if (v.k === 'num') return { k: 'num', n: v.n === 0 ? 1 : 0 };
      const s = toSet(v);
      return fromSet(s?.complement());
    }
    if (t === '-' || t === '~' || t === '+') {
      this.take();
      const v = this.unary();
      if (v.k !== 'num') return UNKNOWN;
      return { k: 'num', n: t === '-' ? -v.n : t === '~' ? ~v.n : v.n };
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.take();
    if (t === undefined) {
      this.failed = true;
      return UNKNOWN;
    }
    if (t === '(') {
      const v = this.binary(0);
      this.take(')');
      return v;
    }
    if (/^\d/.test(t)) return { k: 'num', n: Number.parseInt(t, t.startsWith('0x') || t.startsWith('0X') ? 16 : 10) };
    if (!/^[A-Za-z_]/.test(t)) {
      this.failed = true;
      return UNKNOWN;
    }
    if (t === 'defined') {
      const paren = this.peek() === '(';
      if (paren) this.take();
      this.take();
      if (paren) this.take(')');
      return UNKNOWN;
    }
    if (t === 'LINUX_VERSION_CODE') return { k: 'lvc' };
    if (t === 'KERNEL_VERSION') return this.kernelVersion();
    if (this.peek() === '(') {
      this.skipArgs();
      return UNKNOWN; // some other function-like macro
    }
    const text = this.depth < 8 ? this.lookup(t) : undefined;
    if (text === undefined || text.trim() === '') return UNKNOWN;
    return new Parser(text, this.lookup, this.depth + 1).parseAll();
  }

  private kernelVersion(): Value {
    this.take('(');
    const nums: Value[] = [this.binary(1)];
    while (this.peek() === ',') {
      this.take();
      nums.push(this.binary(1));
    }
    this.take(')');
    if (nums.length !== 3 || nums.some((n) => n.k !== 'num')) return UNKNOWN;
    const [a, b, c] = nums.map((n) => (n as { n: number }).n);
    return { k: 'num', n: kernelVersionCode(a, b, c) };
  }

  private skipArgs(): void {
    let depth = 0;
    do {
      const t = this.take();
      if (t === undefined) {
        this.failed = true;
        return;
      }
      if (t === '(') depth++;
      if (t === ')') depth--;
    } while (depth > 0);
  }
}

function combine(op: string, a: Value, b: Value): Value {
  if (op === '&&' || op === '||') {
    const sa = toSet(a);
    const sb = toSet(b);
    if (op === '&&') {
      if (sa?.isEmpty || sb?.isEmpty) return fromSet(VersionSet.none);
      return sa && sb ? fromSet(sa.intersect(sb)) : UNKNOWN;
    }
    if (sa?.isAll || sb?.isAll) return fromSet(VersionSet.all);
    return sa && sb ? fromSet(sa.union(sb)) : UNKNOWN;
  }
  if (['<', '<=', '>', '>=', '==', '!='].includes(op)) return compare(op, a, b);
  if (a.k === 'num' && b.k === 'num') return { k: 'num', n: arithmetic(op, a.n, b.n) };
  return UNKNOWN;
}

function compare(op: string, a: Value, b: Value): Value {
  if (a.k === 'num' && b.k === 'num') return { k: 'num', n: arithmetic(op, a.n, b.n) };
  if (a.k === 'lvc' && b.k === 'num') return { k: 'set', s: versionsWhere(op, b.n) };
  if (a.k === 'num' && b.k === 'lvc') return { k: 'set', s: versionsWhere(FLIP[op], a.n) };
  if (a.k === 'set' && b.k === 'num' && (op === '==' || op === '!=')) {
    // (cond) == 0, (cond) != 0
    const truthy = b.n !== 0;
    return { k: 'set', s: (op === '==') === truthy ? a.s : a.s.complement() };
  }
  return UNKNOWN;
}

const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/** The set of LINUX_VERSION_CODE values v with `v op n`. */
function versionsWhere(op: string, n: number): VersionSet {
  switch (op) {
    case '<':
      return VersionSet.below(n);
    case '<=':
      return VersionSet.below(n + 1);
    case '>':
      return VersionSet.from(n + 1);
    case '>=':
      return VersionSet.from(n);
    case '==':
      return VersionSet.from(n, n + 1);
    default:
      return VersionSet.from(n, n + 1).complement();
  }
}

function arithmetic(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? 0 : Math.trunc(a / b);
    case '%':
      return b === 0 ? 0 : a % b;
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '<':
      return Number(a < b);
    case '<=':
      return Number(a <= b);
    case '>':
      return Number(a > b);
    case '>=':
      return Number(a >= b);
    case '==':
      return Number(a === b);
    default:
      return Number(a !== b);
  }
}
