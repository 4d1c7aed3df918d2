// Reads preprocessor directives from masked code: includes, defines, and the #if stack at each line.
// Nothing is expanded or evaluated here; the kernel-version rules evaluate version conditions.

import { blankRanges, continuedLineEnd } from '../../text/lines.js';
import { nextDirective } from '../../text/directive-start.js';
import { BranchGroup, type NeverReason } from './never-built.js';
import type { Include, NeverBuilt, PreprocCondition } from './types.js';
import { DefineRecorder, type DefineRecords, joinLines } from './defines.js';

export interface Preproc {
  includes: Include[];
  /** Every `#define` outside never-built code, as numbers (LexedDefines reads them). */
  defines: DefineRecords;
  /** `#error` lines with their text. */
  errors: { text: string; line: number; offset: number; conditions: PreprocCondition[] }[];
  conditionsAt(line: number): PreprocCondition[];
  /** Masked code with every directive blanked (kept length), for the lexical scan of C code. */
  body: string;
  /** `#if`/`#elif`/`#else`/`#endif` in file order, with the offset where each directive starts. */
  branches: BranchDirective[];
  /** Code a kernel build never compiles (`#if 0`, other operating systems), outermost ranges only. */
  neverBuilt: NeverBuilt[];
  problems: string[];
}

export interface BranchDirective {
  kind: 'if' | 'elif' | 'else' | 'endif';
  offset: number;
  /** The branch is never compiled in a kernel build: `#if 0`, `#ifdef _WIN32`, the `#else` of `#ifdef __KERNEL__` ... */
  never: boolean;
}

/**
 * `#if` nesting and `#elif` chains kept in full; past these, a condition the audit cannot evaluate stands for the
 * rest (so nothing is concluded from it). Copying the whole stack at every directive would be quadratic.
 */
const MAX_IF_DEPTH = 64;
const MAX_ELIF = 64;
const TOO_DEEP = 'defined(__lkm_audit_not_evaluated__)';

/**
 * `neverBuiltOnly`: only `neverBuilt` (and `problems`) are read; includes, defines, `#error`s, the conditions of
 * each line, the branches and the body are left empty. A worker that masks a file to parse it needs no more
 * (maskedCode on drivers/net: 2.1-2.4 -> 1.4-1.5 s).
 */
export function readPreprocessor(text: string, code: string, lineAt: (offset: number) => number, { neverBuiltOnly = false } = {}): Preproc {
  const includes: Include[] = [];
  const defines = new DefineRecorder();
  const errors: Preproc['errors'] = [];
  const problems: string[] = [];
  // stacks[i] is the condition stack from line changeLines[i] on.
  const changeLines: number[] = [1];
  const stacks: PreprocCondition[][] = [[]];
  const groups: { conds: PreprocCondition[]; prev: string[]; branch: BranchGroup; open?: OpenRange }[] = [];
  const neverBuilt: NeverBuilt[] = [];
  // How many groups have a never-built range open: checked at every directive, so counted, not searched.
  let openRanges = 0;
  const insideNever = () => openRanges > 0;
  // A never-built range runs from the line after its directive to the start of the next directive of its group.
  const closeRange = (g: (typeof groups)[number], at: number) => {
    if (!g.open) return;
    neverBuilt.push({
      offset: g.open.offset,
      endOffset: at,
      line: g.open.line,
      endLine: lineAt(Math.max(g.open.offset, at - 1)),
      reason: g.open.reason,
    });
    g.open = undefined;
    openRanges--;
  };
  const openRange = (g: (typeof groups)[number], reason: NeverReason | undefined, end: number) => {
    if (!reason || insideNever()) return;
    const offset = Math.min(code.length, end + 1);
    g.open = { offset, line: lineAt(offset), reason };
    openRanges++;
  };
  let never = false;
  const current = () => {
    const kept = groups.length > MAX_IF_DEPTH ? groups.slice(0, MAX_IF_DEPTH) : groups;
    const conds = kept.flatMap((g) => g.conds);
    if (groups.length > MAX_IF_DEPTH)
      conds.push({ directive: 'if', expr: TOO_DEEP, line: groups[MAX_IF_DEPTH].conds[0].line, previous: [] });
    return conds;
  };
  let deepNoted = false;
  // the directives' lines, as [start, end) pairs: blanked in the body
  const directiveRanges: number[] = [];
  const branches: BranchDirective[] = [];

  let from = 0;
  for (let d = nextDirective(code); d; d = nextDirective(code, from)) {
    const start = d.start;
    // Lines are spliced before comments are removed (C11 5.1.1.2): a `\` ending a line inside a comment
    // still continues the directive, so the end is found in the text, where comments are not blanked.
    const end = continuedLineEnd(text, start);
    const name = d.name;
    from = end;
    const branch = BRANCH_DIRECTIVES.has(name);
    if (neverBuiltOnly && !branch) continue;
    // the text as written only for the directives that read it; the joined text for all but `#endif` and `#define`
    // (a define is read from where it stands, when asked: LexedDefines)
    const raw = RAW_READERS.has(name) ? text.slice(d.headEnd, end) : '';
    const rest = name === 'endif' || name === 'define' ? '' : joinLines(code.slice(d.headEnd, end)).trim();
    const line = lineAt(start);
    if (!neverBuiltOnly) directiveRanges.push(start, end);
    switch (name) {
      case 'include': {
        if (insideNever()) break;
        const inc = /^\s*(?:<([^>]+)>|"([^"]+)")/.exec(raw);
        if (inc) includes.push({ path: (inc[1] ?? inc[2]).trim(), system: !!inc[1], line });
        break;
      }
      case 'define':
        if (!insideNever()) defines.add(code, d.headEnd, end, line);
        break;
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const g = { conds: [{ directive: name, expr: rest, line, previous: [] }], prev: [], branch: new BranchGroup() };
        const reason = g.branch.enter(name, rest);
        never = reason !== undefined;
        openRange(g, reason, end);
        groups.push(g);
        if (groups.length > MAX_IF_DEPTH && !deepNoted) {
          deepNoted = true;
          problems.push(`line ${line}: #if nested deeper than ${MAX_IF_DEPTH} levels; conditions past that depth are not evaluated`);
        }
        break;
      }
      case 'elif':
      case 'elifdef':
      case 'elifndef':
      case 'else': {
        const g = groups[groups.length - 1];
        if (!g) {
          problems.push(`line ${line}: #${name} without #if`);
          break;
        }
        const head = g.conds[0]; // the branch that just ended
        if (g.prev.length < MAX_ELIF)
          g.prev.push(
            head.directive === 'ifdef' ? `defined(${head.expr})` : head.directive === 'ifndef' ? `!defined(${head.expr})` : head.expr,
          );
        else if (g.prev.length === MAX_ELIF) g.prev.push(TOO_DEEP);
        const directive = name === 'else' ? 'else' : 'elif';
        const expr = name === 'elifdef' ? `defined(${rest})` : name === 'elifndef' ? `!defined(${rest})` : rest;
        g.conds = [{ directive, expr: name === 'else' ? '' : expr, line, previous: [...g.prev] }];
        closeRange(g, start);
        const reason = g.branch.enter(name, rest);
        never = reason !== undefined;
        openRange(g, reason, end);
        break;
      }
      case 'endif': {
        const g = groups.pop();
        if (!g) problems.push(`line ${line}: #endif without #if`);
        else closeRange(g, start);
        never = false;
        break;
      }
      case 'error':
        if (insideNever()) break;
        errors.push({ text: joinLines(raw).trim(), line, offset: start, conditions: current() });
        break;
      default:
        break;
    }
    if (branch && !neverBuiltOnly) {
      changeLines.push(lineAt(end) + 1);
      stacks.push(current());
      const kind = name === 'ifdef' || name === 'ifndef' ? 'if' : name.startsWith('elif') ? 'elif' : name;
      branches.push({ kind: kind as BranchDirective['kind'], offset: start, never });
    }
  }
  if (groups.length) problems.push(`${groups.length} #if block(s) not closed by #endif`);
  for (const g of groups) closeRange(g, code.length);
  neverBuilt.sort((a, b) => a.offset - b.offset);

  const conditionsAt = (line: number): PreprocCondition[] => {
    let lo = 0;
    let hi = changeLines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (changeLines[mid] <= line) lo = mid;
      else hi = mid - 1;
    }
    return stacks[lo];
  };
  return {
    includes,
    defines: defines.done(),
    errors,
    conditionsAt,
    body: neverBuiltOnly ? '' : blankRanges(code, directiveRanges),
    branches,
    neverBuilt,
    problems,
  };
}

/** The directives whose text as written readPreprocessor reads. */
const RAW_READERS = new Set(['include', 'error']);
const BRANCH_DIRECTIVES = new Set(['if', 'ifdef', 'ifndef', 'elif', 'elifdef', 'elifndef', 'else', 'endif']);

interface OpenRange {
  offset: number;
  line: number;
  reason: NeverReason;
}
