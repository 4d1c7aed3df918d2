// Turns a slice of kernel C into text tree-sitter parses cleanly, keeping every offset: kernel
// annotations become spaces, one branch of each preprocessor group is kept (the same choice in
// every function, so init and exit agree), and iterator macros (`list_for_each_entry(...) {`)
// become `while` loops.

import { annotationNames } from './annotation-names.js';
import { EditBuffer } from './edit-buffer.js';
import { repairSlice } from './repair.js';
import { BranchGroup } from '../never-built.js';
import { continuedLineEnd } from '../../../text/lines.js';
import { isSpace } from '../../../text/space.js';

/** Annotations that expand to attributes or nothing; they confuse a parser that has no preprocessor. */
const ANNOTATIONS = new Set([
  '__init',
  '__exit',
  '__initdata',
  '__exitdata',
  '__initconst',
  '__devinit',
  '__devexit',
  '__devinitdata',
  '__devexit_p',
  '__user',
  '__iomem',
  '__rcu',
  '__percpu',
  '__force',
  '__bitwise',
  '__must_check',
  '__maybe_unused',
  '__always_unused',
  '__used',
  '__cold',
  '__hot',
  'notrace',
  '__always_inline',
  'noinline',
  '__noreturn',
  '__weak',
  '__pure',
  '__read_mostly',
  '__ro_after_init',
  '__refdata',
  '__ref',
  '__cpuinit',
  '__meminit',
  '__kprobes',
  '__visible',
  'asmlinkage',
  '__latent_entropy',
  '__nocfi',
  '__noinline_for_stack',
  '__sched',
  '__net_init',
  '__net_exit',
  '__packed',
  '__aligned_largest',
  'fallthrough',
  '__counted_by_ptr',
  'noinstr',
  '__safe',
  '__private',
  '__kernel',
  '__nocast',
]);

/** Annotations with an argument list: `__attribute__((...))`, `__acquires(lock)`, `__aligned(8)`. */
const ANNOTATION_CALLS = new Set([
  '__attribute__',
  '__attribute',
  '__acquires',
  '__releases',
  '__must_hold',
  '__aligned',
  '__section',
  '__printf',
  '__scanf',
  '__counted_by',
  '__cond_acquires',
  '__alloc_size',
  '__malloc',
  '__no_context_analysis',
]);

/**
 * The identifiers this pass may rewrite, and no others: the annotations (most start with `__`; the few that do not
 * are taken from the lists above) and iterator macros (`for_each_cpu`, `list_for_each_entry`). Matching only these,
 * rather than every identifier of the slice and looking each up, is most of this pass's time on a large file.
 */
const PLAIN_ANNOTATIONS = [...ANNOTATIONS, ...ANNOTATION_CALLS].filter((name) => !name.startsWith('__'));
const findAnnotationNames = annotationNames(PLAIN_ANNOTATIONS);

/** Is `name` an iterator macro used like a loop header (`for_each_cpu(c, m)`, `list_for_each_entry(...)`)? */
function isIteratorMacro(name: string): boolean {
  return name.length >= 5 && /for_each/i.test(name);
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function matchParen(code: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = code[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

export interface PreparedSlice {
  /** Same length as the input slice. */
  text: string;
  /** True when a preprocessor group inside the slice was reduced to one branch. */
  hadConditionals: boolean;
  /** Statement-like macros given the semicolon they lacked (see repair.ts). */
  repairedStatements: number;
}

/**
 * `code` is the file with comments and string contents masked (CFile.code); returns the slice
 * [start, end) ready for tree-sitter, the same length.
 */
export function prepareSlice(code: string, start: number, end: number): PreparedSlice {
  const slice = code.slice(start, end);
  const chars = new EditBuffer(slice);
  const hadConditionals = reducePreprocessor(slice, chars);
  const reduced = hadConditionals || slice.includes('#') ? chars.toString() : slice;
  // A header of nothing but directives (generated register maps: megabytes of #define) leaves only blanks
  if (!/\S/.test(reduced)) return { text: reduced, hadConditionals, repairedStatements: 0 };
  const found = findAnnotationNames(reduced);
  for (let k = 0; k < found.length; k += 2) {
    const at = found[k];
    const name = reduced.slice(at, found[k + 1]);
    if (ANNOTATIONS.has(name)) {
      chars.blank(at, at + name.length);
      continue;
    }
    const after = skipSpaces(reduced, at + name.length);
    if (reduced[after] !== '(') continue;
    if (ANNOTATION_CALLS.has(name)) {
      const close = matchParen(reduced, after, reduced.length);
      if (close > 0) chars.blank(at, close + 1);
    } else if (isIteratorMacro(name) && startsStatement(reduced, at) && !isCallStatement(reduced, after)) {
      const kw = 'while';
      for (let i = 0; i < name.length; i++) chars.set(at + i, i < kw.length ? kw[i] : ' ');
    }
  }
  const repairs = repairSlice(chars.toString(), chars);
  return { text: chars.toString(), hadConditionals, repairedStatements: repairs.statements };
}

/**
 * `idr_for_each(&idr, fn, NULL);`, `bus_for_each_dev(...);`: a function named like an iterator but called as a
 * statement (its `)` followed by `;`) is a call that runs a callback, not a loop header.
 */
function isCallStatement(s: string, open: number): boolean {
  const close = matchParen(s, open, s.length);
  return close > 0 && s[skipSpaces(s, close + 1)] === ';';
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The identifier at `at` begins a statement (after `;`, `{`, `}`, `)`, `:`, or `else`). */
function startsStatement(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i < 0) return true;
  if (';{}):'.includes(s[i])) return true;
  return /\belse$/.test(s.slice(Math.max(0, i - 4), i + 1));
}

interface Group {
  /** Decides which branches a kernel build never compiles. */
  branch: BranchGroup;
  /** Keep lines of the current branch. */
  keeping: boolean;
  /** A branch of this group has been kept already. */
  taken: boolean;
  /** The enclosing context is kept. */
  parentKeeping: boolean;
}

/**
 * Keeps the first branch of every `#if` group that a kernel build may compile (the `#else` of
 * `#if 0` or of `#ifdef _WIN32`), blanks the other branches
 * and all directive lines. Deterministic, so every function sees the same configuration.
 *
 * Only a line whose first character but blanks is `#` can be a directive: the reading jumps from `#` to `#`, and the
 * lines in between are left as they are, or blanked at once in a branch dropped (trying the directive's expression
 * on every line was a tenth of preparing a whole file for the parser).
 */
export function reducePreprocessor(slice: string, chars: EditBuffer): boolean {
  if (!slice.includes('#')) return false;
  const stack: Group[] = [];
  let any = false;
  let lineStart = 0;
  while (lineStart < slice.length) {
    const keeping = stack.length === 0 || stack[stack.length - 1].keeping;
    // the start of the next line holding a `#`: none of the lines before it is a directive
    const hash = slice.indexOf('#', lineStart);
    const candidate = hash < 0 ? slice.length : slice.lastIndexOf('\n', hash - 1) + 1;
    if (!keeping && candidate > lineStart) chars.blank(lineStart, candidate); // line breaks stay
    if (candidate >= slice.length) break;
    lineStart = candidate;
    let lineEnd = slice.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = slice.length;
    const directive = DIRECTIVE_LINE.exec(slice.slice(lineStart, lineEnd));
    if (directive) {
      // a directive may continue over `\`-ended lines
      const end = continuedLineEnd(slice, lineStart);
      const word = directive[1] ?? '';
      const expr = directive[2].trim();
      if (word === 'if' || word === 'ifdef' || word === 'ifndef') {
        any = true;
        const branch = new BranchGroup();
        const isFalse = branch.enter(word, expr) !== undefined;
        stack.push({ branch, keeping: keeping && !isFalse, taken: !isFalse, parentKeeping: keeping });
      } else if ((word === 'elif' || word === 'else') && stack.length > 0) {
        const g = stack[stack.length - 1];
        const isFalse = g.branch.enter(word, expr) !== undefined;
        g.keeping = g.parentKeeping && !g.taken && !isFalse;
        if (g.keeping) g.taken = true;
      } else if (word === 'endif' && stack.length > 0) {
        stack.pop();
      }
      chars.blank(lineStart, end);
      lineStart = end + 1;
      continue;
    }
    if (!keeping) chars.blank(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return any;
}

/** A directive line (the line alone, without its line break): `#`, blanks, the directive's word and the rest. */
const DIRECTIVE_LINE = /^\s*#\s*(\w+)?(.*)$/;
