// A small, side-effect-free expander for make variable references. It knows the common text functions and
// refuses everything that would need the shell, the filesystem or the environment: those stay unresolved.

import { reEscape } from '../../text/regexp.js';
import type { AnalysisNote } from '../../types.js';

export interface Expansion {
  value: string;
  /** False when some reference could not be resolved (unknown variable, `$(shell ...)`, `$(wildcard ...)` ...). */
  resolved: boolean;
  /** Names of variables or functions that were not resolved. */
  unresolved: string[];
  /** True when expansion stopped because a variable refers to itself (directly or through others). */
  recursive: boolean;
  /** Set when the work budget stopped the expansion (why, in words): the value is unknown. */
  exhausted?: string;
}

/** Returns a variable's unexpanded value, or undefined when the audit does not know it. */
export type Lookup = (name: string) => string | undefined;

/** Variable chain depth (`A = $(B)`, `B = $(C)` ...) past which the value counts as recursive. */
const MAX_DEPTH = 25;
/** References nested inside each other (`$(a $(b $(c ...)))`, variable chains included); real files stay far below. */
export const MAX_NESTING = 100;
/** Longest value one expansion may produce. */
const MAX_LENGTH = 100_000;
/** Work one expansion may spend before it counts as a blow-up (more for long texts), within the file's budget. */
const PER_EXPANSION = 1_000_000;

/**
 * Stored instead of a value the audit could not compute (an `:=` whose expansion ran out of budget); expanding it
 * gives "value unknown". Holds a NUL, which no parsed Makefile line can (the parser blanks such lines).
 */
export const UNKNOWN_VALUE = '$(\0unknown)';
const UNKNOWN_BODY = '\0unknown';

export interface BudgetLimits {
  /** Work units (characters scanned or produced, references followed) one file may cost, on top of its size. */
  perFile: number;
  /** Work units the whole audit may spend expanding make text. */
  perAudit: number;
}

export const DEFAULT_BUDGET: BudgetLimits = { perFile: 2_000_000, perAudit: 20_000_000 };

/**
 * Work allowance shared by every expansion of one audit, kept per file so one hostile file cannot starve the others
 * of theirs. The first expansion it stops in a file leaves one note naming the file and line.
 */
export class ExpansionBudget {
  private readonly spent = new Map<string, number>();
  private readonly allowance = new Map<string, number>();
  private total = 0;
  readonly notes: AnalysisNote[] = [];
  private readonly noted = new Set<string>();

  constructor(private readonly limits: BudgetLimits = DEFAULT_BUDGET) {}

  /** Lets a large file spend in proportion to its size (a 50,000-object `obj-m` is legitimate). */
  sizeFile(file: string, chars: number): void {
    this.allowance.set(file, this.limits.perFile + 20 * chars);
  }

  /** Units `file` may still spend, and which limit binds. */
  left(file: string): { units: number; audit: boolean } {
    const own = (this.allowance.get(file) ?? this.limits.perFile) - (this.spent.get(file) ?? 0);
    const audit = this.limits.perAudit - this.total;
    return audit < own ? { units: Math.max(0, audit), audit: true } : { units: Math.max(0, own), audit: false };
  }

  spend(file: string, units: number): void {
    this.spent.set(file, (this.spent.get(file) ?? 0) + units);
    this.total += units;
  }

  note(file: string, line: number | undefined, why: string): void {
    if (this.noted.has(file)) return;
    this.noted.add(file);
    this.notes.push({ file, line, message: `make expansion stopped: ${why}; the value is unknown, and so is what depends on it` });
  }
}

export interface ExpandContext {
  budget: ExpansionBudget;
  /** File and line whose text is expanded, for the note. */
  file: string;
  line?: number;
}

/** Thrown inside the expander to unwind at once when a limit is reached. */
class Exhausted extends Error {}

/** Index of the parenthesis closing the reference opened at `open` (`(` or `{`), or -1. */
export function closingIndex(text: string, open: number): number {
  const o = text[open];
  const c = o === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Deepest nesting of parentheses and braces in a text that holds references (an upper bound of reference nesting). */
export function nestingDepth(text: string): number {
  if (!text.includes('$')) return 0;
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 41 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** Splits at top-level commas (not inside nested references). */
export function splitArgs(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0 && out.length < max - 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function patternToRegExp(pattern: string): { re: RegExp; hasPercent: boolean } {
  const i = pattern.indexOf('%');
  if (i < 0) return { re: new RegExp(`^${reEscape(pattern)}$`), hasPercent: false };
  return { re: new RegExp(`^${reEscape(pattern.slice(0, i))}(.*)${reEscape(pattern.slice(i + 1))}$`), hasPercent: true };
}

function patsubst(pattern: string, replacement: string, text: string): string {
  const { re, hasPercent } = patternToRegExp(pattern);
  return words(text)
    .map((w) => {
      const m = re.exec(w);
      if (!m) return w;
      return hasPercent ? replacement.replace('%', m[1]) : replacement;
    })
    .join(' ');
}

class Expander {
  unresolved = new Set<string>();
  recursive = false;
  unknown = false;
  work = 0;
  constructor(
    private readonly lookup: Lookup,
    /** Work units this expansion may spend. */
    private readonly limit: number,
    /** Why running out of `limit` stops it, in words. */
    private readonly limitWhy: string,
  ) {}

  /** Counts work; unwinds the whole expansion once the allowance is spent. */
  charge(units: number): void {
    this.work += units;
    if (this.work > this.limit) throw new Exhausted(this.limitWhy);
  }

  /** Refuses a text nested too deep before reading it, in one pass: reading it level by level would be quadratic. */
  checkNesting(text: string, level: number): void {
    this.charge(text.length);
    if (level + nestingDepth(text) > MAX_NESTING) throw new Exhausted(`references nested deeper than ${MAX_NESTING} levels`);
  }

  expand(text: string, stack: string[], level: number): string {
    // Depth is checked before going deeper, so the call stack never depends on the input.
    if (level > MAX_NESTING) throw new Exhausted(`references nested deeper than ${MAX_NESTING} levels`);
    if (stack.length > MAX_DEPTH) {
      this.recursive = true;
      return '';
    }
    let out = '';
    let i = 0;
    while (i < text.length) {
      const dollar = text.indexOf('$', i);
      const stop = dollar < 0 ? text.length : dollar;
      out += text.slice(i, stop);
      this.charge(stop - i + 1);
      if (dollar < 0) break;
      i = dollar;
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === '$') {
        out += '$';
        i += 2;
        continue;
      }
      if (next === '(' || next === '{') {
        const end = closingIndex(text, i + 1);
        this.charge((end < 0 ? text.length : end) - i);
        if (end < 0) {
          this.unresolved.add(text.slice(i, i + 80));
          return out;
        }
        out += this.reference(text.slice(i + 2, end), stack, level + 1);
        i = end + 1;
      } else {
        out += this.variable(next, stack, level + 1);
        i += 2;
      }
      if (out.length > MAX_LENGTH) throw new Exhausted(`a value longer than ${MAX_LENGTH} characters`);
    }
    return out;
  }

  private variable(name: string, stack: string[], level: number): string {
    this.charge(1);
    if (stack.includes(name)) {
      this.recursive = true;
      return '';
    }
    const raw = this.lookup(name);
    if (raw === undefined) {
      this.unresolved.add(name);
      return '';
    }
    this.checkNesting(raw, level);
    return this.expand(raw, [...stack, name], level);
  }

  private reference(body: string, stack: string[], level: number): string {
    if (body === UNKNOWN_BODY) {
      this.unknown = true;
      return '';
    }
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
    if (fn) {
      const result = this.call(fn[1], fn[2], stack, level);
      if (result !== undefined) {
        this.charge(result.length);
        return result;
      }
    }
    // Substitution reference: $(VAR:.c=.o)
    const sub = /^([^:=]+):([^=]*)=(.*)$/s.exec(body);
    if (sub && !body.includes(' ')) {
      const value = this.variable(this.expand(sub[1], stack, level), stack, level);
      const from = this.expand(sub[2], stack, level);
      const to = this.expand(sub[3], stack, level);
      this.charge(value.length);
      return from.includes('%') ? patsubst(from, to, value) : patsubst(`%${from}`, `%${to}`, value);
    }
    return this.variable(this.expand(body, stack, level).trim(), stack, level);
  }

  /** Known functions; undefined when `name` is not a function (then it is a variable name with a space). */
  private call(name: string, argText: string, stack: string[], level: number): string | undefined {
    const arg = (a: string) => this.expand(a, stack, level);
    switch (name) {
      case 'shell':
      case 'wildcard':
      case 'realpath':
      case 'abspath':
      case 'file':
      case 'eval':
      case 'call':
      case 'value':
      case 'foreach':
      case 'guile':
        this.unresolved.add(`$(${name} ...)`);
        return '';
      case 'info':
      case 'warning':
      case 'error':
        return '';
      case 'origin': {
        const v = arg(argText).trim();
        return this.lookup(v) === undefined ? 'undefined' : 'file';
      }
      case 'strip':
        return words(arg(argText)).join(' ');
      case 'subst': {
        const [from, to, text] = splitArgs(argText, 3).map(arg);
        return from ? (text ?? '').split(from).join(to ?? '') : (text ?? '');
      }
      case 'patsubst': {
        const [p, r, text] = splitArgs(argText, 3).map(arg);
        return patsubst(p.trim(), (r ?? '').trim(), text ?? '');
      }
      case 'addprefix': {
        const [p, text] = splitArgs(argText, 2).map(arg);
        return words(text ?? '')
          .map((w) => p.trim() + w)
          .join(' ');
      }
      case 'addsuffix': {
        const [s, text] = splitArgs(argText, 2).map(arg);
        return words(text ?? '')
          .map((w) => w + s.trim())
          .join(' ');
      }
      case 'notdir':
        return words(arg(argText))
          .map((w) => w.slice(w.lastIndexOf('/') + 1))
          .join(' ');
      case 'dir':
        return words(arg(argText))
          .map((w) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './'))
          .join(' ');
      case 'basename':
        return words(arg(argText))
          .map((w) => w.replace(/\.[^./]*$/, ''))
          .join(' ');
      case 'suffix':
        return words(arg(argText))
          .map((w) => /\.[^./]*$/.exec(w)?.[0] ?? '')
          .filter(Boolean)
          .join(' ');
      case 'sort':
        return [...new Set(words(arg(argText)))].sort().join(' ');
      case 'firstword':
        return words(arg(argText))[0] ?? '';
      case 'lastword':
        return words(arg(argText)).at(-1) ?? '';
      case 'filter':
      case 'filter-out': {
        const [ps, text] = splitArgs(argText, 2).map(arg);
        const res = words(ps).map((p) => patternToRegExp(p).re);
        this.charge(res.length * (text ?? '').length);
        const keep = name === 'filter';
        return words(text ?? '')
          .filter((w) => res.some((re) => re.test(w)) === keep)
          .join(' ');
      }
      case 'if': {
        const [cond, then, otherwise] = splitArgs(argText, 3);
        return arg(cond).trim() ? arg(then ?? '') : arg(otherwise ?? '');
      }
      case 'or': {
        for (const a of splitArgs(argText)) {
          const v = arg(a).trim();
          if (v) return v;
        }
        return '';
      }
      case 'and': {
        let last = '';
        for (const a of splitArgs(argText)) {
          last = arg(a).trim();
          if (!last) return '';
        }
        return last;
      }
      default:
        return undefined;
    }
  }
}

/**
 * Expands `text` with the variables `lookup` knows; never runs anything. Work is bounded: by `ctx.budget` (shared
 * per file and per audit, which notes the first stop in a file) or else in proportion to the text's length.
 */
export function expand(text: string, lookup: Lookup, ctx?: ExpandContext): Expansion {
  let limit = Math.max(PER_EXPANSION, 20 * text.length);
  let why = `more than ${limit} units of expansion work for one value`;
  if (ctx) {
    const left = ctx.budget.left(ctx.file);
    if (left.units < limit) {
      limit = left.units;
      why = left.audit ? 'the expansion work allowed for this audit is used up' : `the expansion work allowed for ${ctx.file} is used up`;
    }
  }
  const e = new Expander(lookup, limit, why);
  try {
    e.checkNesting(text, 0);
    const value = e.expand(text, [], 0);
    const resolved = e.unresolved.size === 0 && !e.recursive && !e.unknown;
    const unresolved = [...e.unresolved];
    if (e.unknown) unresolved.push('a value the audit could not compute');
    return { value, resolved, unresolved, recursive: e.recursive };
  } catch (err) {
    if (!(err instanceof Exhausted)) throw err;
    if (ctx) ctx.budget.note(ctx.file, ctx.line, err.message);
    return { value: '', resolved: false, unresolved: [], recursive: false, exhausted: err.message };
  } finally {
    ctx?.budget.spend(ctx.file, e.work);
  }
}

/** Names of the variables a text refers to directly (`$(KDIR)`, `${KVER}`, `$X`), functions excluded, in order. */
export function referencedVariables(text: string): string[] {
  const names: string[] = [];
  // An explicit stack of texts being read: nesting depth is the input's, not the call stack's.
  const stack = [{ text, i: 0 }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    const t = f.text;
    const i = t.indexOf('$', f.i);
    if (i < 0) {
      stack.pop();
      continue;
    }
    const next = t[i + 1];
    if (next === '$') {
      f.i = i + 2;
      continue;
    }
    if (next === '(' || next === '{') {
      const end = closingIndex(t, i + 1);
      if (end < 0) {
        stack.pop();
        continue;
      }
      f.i = end + 1;
      const body = t.slice(i + 2, end);
      const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
      const inner = fn ? fn[2] : body.includes('$') ? body : undefined;
      if (inner === undefined) names.push(body.split(':')[0].trim());
      else if (stack.length <= MAX_NESTING) stack.push({ text: inner, i: 0 });
    } else {
      if (next !== undefined && /[A-Za-z0-9_@<^]/.test(next)) names.push(next);
      f.i = i + (next === undefined ? 1 : 2);
    }
  }
  return names;
}
