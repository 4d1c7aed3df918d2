// Builds the lexical facts of one C file: file-scope macros, calls with their arguments, function
// definitions, designated initialisers. One pass of regular expressions over masked code; the
// syntax tree is left for the functions that rules must walk.

import { blankRanges, lineIndex } from '../../text/lines.js';
import { nextNameBracket } from '../../text/name-bracket.js';
import { maskComments } from './mask.js';
import { type BranchDirective, readPreprocessor } from './preproc.js';
import { LexedDefines } from './defines.js';
import type { CallSite, CFile, FieldInit, FunctionDef, MacroCall, NeverBuilt } from './types.js';
import { isSpace } from '../../text/space.js';
import { isWordChar } from '../../text/word.js';
import { intern, internSlice } from '../../text/intern.js';

const NOT_CALLS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'return',
  'sizeof',
  'typeof',
  '__typeof__',
  '__typeof',
  '_Generic',
  'defined',
  '__attribute__',
  '__attribute',
  'asm',
  '__asm__',
  '__asm',
  'volatile',
  '__volatile__',
  'alignof',
  '_Alignof',
  '__alignof__',
  'case',
  'do',
  'else',
  '_Static_assert',
  'static_assert',
  '__builtin_expect',
]);
/** Words that may stand before a file-scope macro invocation (`static DEVICE_ATTR_RW(x);`). */
const MACRO_PREFIX = new Set(['static', 'const']);
const MACRO_LIKE = /^(module_|MODULE_)|^[A-Z][A-Z0-9_]*$/;
/** Arguments longer than this are not split (a 1 MB macro must not make the scan quadratic). */
const MAX_ARGS_SPAN = 64 * 1024;

const FIELD_INIT = /\.\s*([A-Za-z_]\w*)\s*=(?!=)/g;
/** What findBlocks stops at. */
const BLOCK_CHARS = /[{};]/g;

/**
 * Only the masked code of a file (comments and literals blanked, never-built code blanked) and its positions: what
 * `readCFile` gives as `code`, without reading functions, calls and initialisers (a worker that only parses needs no
 * more).
 */
export function maskedCode(text: string): Pick<CFile, 'code' | 'lineAt' | 'columnAt'> {
  const masked = maskComments(text);
  const idx = lineIndex(text);
  const pp = readPreprocessor(text, masked.code, idx.lineAt, { neverBuiltOnly: true });
  return { code: blankNeverBuilt(masked.code, pp.neverBuilt), lineAt: idx.lineAt, columnAt: idx.columnAt };
}

/**
 * `callsInFunctions: false` leaves out the calls made inside function bodies (`calls` then holds only those at file
 * scope, the macros' invocations): a worker thread analysing cleanup paths parses the bodies it walks and reads
 * no call of the lexer's: about a quarter of lexing drivers/net (4.4 -> 3.7 s). `masked`: the text's
 * `maskComments`, when made beforehand (`maskAll`).
 */
export function readCFile(path: string, text: string, { callsInFunctions = true, masked = maskComments(text) } = {}): CFile {
  const idx = lineIndex(text);
  const pp = readPreprocessor(text, masked.code, idx.lineAt);
  // Never-built code is not the module's code: no rule sees its calls, functions or initialisers.
  const code = blankNeverBuilt(masked.code, pp.neverBuilt);
  const body = blankNeverBuilt(pp.body, pp.neverBuilt);
  const notes = [...masked.problems, ...pp.problems];

  const parens = pairParens(body);
  const { functions, initializers, braceProblems } = findBlocks(body, idx, parens, pp.branches);
  notes.push(...braceProblems);
  // The calls, in file order, kept compact (see LexedCalls): a name and four numbers each, an object only for those at
  // file scope (their arguments split already).
  const calls = new CallList();
  const macros: MacroCall[] = [];
  const fnStarts = new Set(functions.map((f) => f.offset));
  // Calls, functions and initialisers are all in file order: walk them with moving indexes.
  let fi = 0;
  let ii = 0;

  const source: ArgSource = { text, code, lines: idx };
  let from = 0;
  for (let h = nextNameBracket(body, '(', 0); h; h = nextNameBracket(body, '(', from)) {
    from = h.bracket + 1;
    const start = h.start;
    // One copy per distinct name (and never a view of `body`, which would keep a third copy of the text alive).
    const name = internSlice(body, start, h.end);
    if (NOT_CALLS.has(name) || fnStarts.has(start)) continue;
    const open = h.bracket;
    const close = partnerOf(parens, open);
    const end = close < 0 ? open + 1 : close + 1;
    while (fi < functions.length && functions[fi].bodyEnd < start) fi++;
    const inFn = fi < functions.length && functions[fi].bodyStart < start && start < functions[fi].bodyEnd ? functions[fi] : undefined;
    if (inFn) {
      if (!callsInFunctions) {
        from = inFn.bodyEnd;
        continue;
      }
      calls.inFunction(source, body, name, open, close, start, fi);
      continue;
    }
    const args = close < 0 || close - open > MAX_ARGS_SPAN ? [] : splitArgs(text, body, open + 1, close);
    while (ii < initializers.length && initializers[ii].end < start) ii++;
    const inInit = ii < initializers.length && initializers[ii].start < start;
    if (!inInit) {
      const prev = previousToken(body, start);
      // `module_init(x)` `module_exit(y)` without semicolons: after `)` a module or upper-case macro starts anew.
      const afterMacro = prev === ')' && MACRO_LIKE.test(name);
      const declaration = prev !== '' && prev !== ';' && prev !== '}' && prev !== '{' && !MACRO_PREFIX.has(prev) && !afterMacro;
      if (declaration) continue; // a prototype or a declarator such as `int (*fn)(void)`
    }
    // one object for the macro and the call: neither is written to after lexing
    const call = fileScopeCall(idx, name, args, start, end);
    if (!inInit) macros.push(call);
    calls.atFileScope(name, call);
  }
  const lexedCalls = calls.done(functions, source);

  const fieldInits: FieldInit[] = [];
  // The initialisers walked with a moving index (a table of thousands of entries was searched from its first
  // initialiser for each of its fields); searched as before when `#if` branches made them overlap.
  const ordered = initializers.every((r, i) => i === 0 || initializers[i - 1].end < r.start);
  let ri = 0;
  FIELD_INIT.lastIndex = 0;
  for (let m = FIELD_INIT.exec(body); m; m = FIELD_INIT.exec(body)) {
    const prev = previousToken(body, m.index);
    if (prev !== '{' && prev !== ',') continue; // `a.b = c;` is an assignment, not an initialiser
    const vStart = m.index + m[0].length;
    const vEnd = valueEnd(body, vStart);
    let region: InitRegion | undefined;
    if (ordered) {
      while (ri < initializers.length && initializers[ri].end <= m.index) ri++;
      if (ri < initializers.length && initializers[ri].start < m.index) region = initializers[ri];
    } else region = initializers.find((r) => r.start < m.index && m.index < r.end);
    const last = Math.max(m.index, vEnd - 1);
    // every field written here, none spread in: a spread's fields go to a second array beside the object
    fieldInits.push({
      field: intern(m[1]),
      value: text.slice(vStart, vEnd).trim(),
      struct: region?.struct,
      variable: region?.variable,
      offset: m.index,
      endOffset: vEnd,
      line: idx.lineAt(m.index),
      column: idx.columnAt(m.index),
      endLine: idx.lineAt(last),
      endColumn: idx.columnAt(last) + 1,
    });
  }

  const fields: LexedFields = {
    path,
    text,
    code,
    includes: pp.includes,
    defines: new LexedDefines(text, code, pp.defines),
    macros,
    functions,
    callNames: lexedCalls.names,
    fieldInits,
    conditionsAt: pp.conditionsAt,
    neverBuilt: pp.neverBuilt,
    errorDirectives: pp.errors.map((e) => e.offset),
    lineAt: idx.lineAt,
    columnAt: idx.columnAt,
    notes,
  };
  return new LexedFile(fields, lexedCalls);
}

type LexedFields = Omit<CFile, 'calls' | 'callsNamed'>;

/**
 * A lexed file. A class, so that every file has one shape: made as an object literal with a getter (`calls`), each
 * file was an object in dictionary mode, with a hash table of its properties (830 bytes a file) searched at every read
 * of `code`, `functions`, `path` by every rule.
 */
class LexedFile implements CFile {
  readonly path: string;
  readonly text: string;
  readonly code: string;
  readonly includes: CFile['includes'];
  readonly defines: CFile['defines'];
  readonly macros: MacroCall[];
  readonly functions: FunctionDef[];
  readonly callNames: readonly string[];
  readonly fieldInits: FieldInit[];
  readonly conditionsAt: CFile['conditionsAt'];
  readonly neverBuilt: NeverBuilt[];
  readonly errorDirectives: number[];
  readonly lineAt: CFile['lineAt'];
  readonly columnAt: CFile['columnAt'];
  readonly notes: string[];

  constructor(
    f: LexedFields,
    private readonly lexedCalls: LexedCalls,
  ) {
    // assigned one by one in a fixed order (not Object.assign): every file gets the same hidden class
    this.path = f.path;
    this.text = f.text;
    this.code = f.code;
    this.includes = f.includes;
    this.defines = f.defines;
    this.macros = f.macros;
    this.functions = f.functions;
    this.callNames = f.callNames;
    this.fieldInits = f.fieldInits;
    this.conditionsAt = f.conditionsAt;
    this.neverBuilt = f.neverBuilt;
    this.errorDirectives = f.errorDirectives;
    this.lineAt = f.lineAt;
    this.columnAt = f.columnAt;
    this.notes = f.notes;
  }

  /** Made anew on each reading (few rules read every call), so that the model keeps no object per call. */
  get calls(): CallSite[] {
    return this.lexedCalls.all();
  }

  callsNamed(wanted: (name: string) => boolean): CallSite[] {
    return this.lexedCalls.named(wanted);
  }
}

function blankNeverBuilt(code: string, ranges: readonly NeverBuilt[]): string {
  if (ranges.length === 0) return code;
  const bounds: number[] = [];
  for (const r of ranges) bounds.push(r.offset, r.endOffset);
  return blankRanges(code, bounds);
}

interface InitRegion {
  start: number;
  end: number;
  struct?: string;
  variable?: string;
}

/** Brace depth (and the open top-level block) at a point of the scan. */
interface BraceState {
  depth: number;
  blockStart: number;
}

/** One `#if` group being scanned: where it began and how the branch the parser keeps ended. */
interface BranchFrame {
  start: BraceState;
  kept?: BraceState;
  inKept: boolean;
  keptSeen: boolean;
}

/**
 * Finds top-level brace blocks: function bodies (after `)`) and initialisers (after `=`).
 * Braces are counted in the branch of each `#if` group that the syntax layer keeps (the first, or the
 * `#else` of `#if 0`): `#if A / if (x) { / #else / if (y) { / #endif` opens one block, not two.
 */
function findBlocks(body: string, idx: ReturnType<typeof lineIndex>, parens: Int32Array, branches: BranchDirective[] = []) {
  const functions: FunctionDef[] = [];
  const initializers: InitRegion[] = [];
  const braceProblems: string[] = [];
  let depth = 0;
  let blockStart = -1;
  let stmtStart = 0;
  const frames: BranchFrame[] = [];
  let bi = 0;
  const branch = (d: BranchDirective) => {
    if (d.kind === 'if') {
      frames.push({ start: { depth, blockStart }, inKept: !d.never, keptSeen: !d.never });
      return;
    }
    const f = frames[frames.length - 1];
    if (!f) return;
    if (f.inKept) f.kept = { depth, blockStart };
    if (d.kind === 'endif') {
      frames.pop();
      // every branch of a group never compiled (`#if 0` alone) leaves the depth as it found it
      ({ depth, blockStart } = f.kept ?? f.start);
      return;
    }
    ({ depth, blockStart } = f.start);
    f.inKept = !f.keptSeen && !d.never;
    if (f.inKept) f.keptSeen = true;
  };
  // `test` of a global expression: a native scan that makes no match array
  BLOCK_CHARS.lastIndex = 0;
  while (BLOCK_CHARS.test(body)) {
    const i = BLOCK_CHARS.lastIndex - 1;
    const c = body.charCodeAt(i);
    while (bi < branches.length && branches[bi].offset < i) branch(branches[bi++]);
    if (c === 123 /* { */) {
      if (depth === 0) blockStart = i;
      depth++;
    } else if (c === 125 /* } */) {
      depth--;
      if (depth < 0) {
        braceProblems.push(`unbalanced } at line ${idx.lineAt(i)}`);
        depth = 0;
        continue;
      }
      if (depth === 0) {
        classifyBlock(body, parens, stmtStart, blockStart, i, idx, functions, initializers);
        stmtStart = i + 1;
      }
    } else if (c === 59 /* ; */ && depth === 0) {
      stmtStart = i + 1;
    }
  }
  if (depth > 0) braceProblems.push(`${depth} unclosed { at end of file`);
  return { functions, initializers, braceProblems };
}

// classifyBlock's expressions, made once (a literal makes a new object each time it is evaluated)
const INITIALISED = /(?:struct\s+([A-Za-z_]\w*)\s+)?\**\s*([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*=$/;
const BLANKS = /\s+/g;
const C_NAME = /^[A-Za-z_]\w*$/;
const ANNOTATION_WORDS = /\b__\w+/g;

/**
 * The annotations of a declaration's prefix, one array per distinct prefix (a few thousand for drivers/' 400,000
 * functions, most of them none): an array per function was three in a hundred of the model's heap.
 */
const annotationsByPrefix = new Map<string, readonly string[]>();
const NO_ANNOTATIONS: readonly string[] = Object.freeze([]);
function annotationsOf(prefix: string): readonly string[] {
  let found = annotationsByPrefix.get(prefix);
  if (!found) {
    const words = prefix.match(ANNOTATION_WORDS);
    found = words ? Object.freeze(words) : NO_ANNOTATIONS;
    if (annotationsByPrefix.size >= 1 << 14) annotationsByPrefix.clear(); // a long process never grows it without end
    annotationsByPrefix.set(prefix, found);
  }
  return found;
}
const STATIC_WORD = /\bstatic\b/;

function classifyBlock(
  body: string,
  parens: Int32Array,
  stmtStart: number,
  open: number,
  close: number,
  idx: ReturnType<typeof lineIndex>,
  functions: FunctionDef[],
  initializers: InitRegion[],
): void {
  let j = open - 1;
  while (j >= stmtStart && isSpace(body.charCodeAt(j))) j--;
  if (body[j] === '=') {
    const decl = INITIALISED.exec(
      body
        .slice(stmtStart, j + 1)
        .replace(BLANKS, ' ')
        .trimEnd(),
    );
    initializers.push({ start: open, end: close, struct: decl?.[1], variable: decl?.[2] });
    return;
  }
  // Skip attribute-like trailers: `f(void) __attribute__((x)) {` is rare in modules; handle `)` only.
  if (body[j] !== ')') return;
  const lp = partnerOf(parens, j);
  if (lp < 0) return;
  let k = lp - 1;
  while (k >= stmtStart && isSpace(body.charCodeAt(k))) k--;
  const nameEnd = k + 1;
  while (k >= stmtStart && isWordChar(body.charCodeAt(k))) k--;
  // One copy per distinct name, shared with the calls of it (a copy of its own per function was a view of a copy:
  // about 24 MB of drivers/' model); never a view of `body`, which is dropped once the file is lexed.
  const name = internSlice(body, k + 1, nameEnd);
  if (!C_NAME.test(name) || NOT_CALLS.has(name)) return;
  // (`static int`, `static void`: a few texts for thousands of functions)
  const prefix = intern(
    body
      .slice(stmtStart, k + 1)
      .replace(BLANKS, ' ')
      .trim(),
  );
  if (prefix === '' || prefix.includes('=')) return; // no return type: a macro block such as `FOO(x) {`
  const nameStart = k + 1;
  const annotations = annotationsOf(prefix);
  functions.push({
    name,
    isStatic: STATIC_WORD.test(prefix),
    annotations,
    prefix,
    bodyStart: open,
    bodyEnd: close,
    offset: nameStart,
    endOffset: close + 1,
    line: idx.lineAt(nameStart),
    column: idx.columnAt(nameStart),
    endLine: idx.lineAt(close),
    endColumn: idx.columnAt(close) + 1,
  });
}

/** The file's texts an argument split reads and its line index: all kept by the CFile anyway. */
interface ArgSource {
  text: string;
  code: string;
  lines: ReturnType<typeof lineIndex>;
  /** The arguments of the file's calls that were asked for, by the call's offset (few are: kept here, not per call). */
  split?: Map<number, string[]>;
}

/**
 * A call inside a function. Its arguments are split on first use (most calls are never asked for them, and a
 * kernel tree has millions of calls): the object keeps only offsets. Where the span holds a directive line (the
 * lexer reads the code with directives blanked) they are split now, from that text.
 */
class LexedCall implements CallSite {
  readonly function: string;

  constructor(
    readonly name: string,
    fn: string,
    readonly offset: number,
    private readonly source: ArgSource,
    private readonly open: number,
    private readonly close: number,
  ) {
    this.function = fn;
  }

  /** Past the `)` (past the `(` of a call never closed). */
  get endOffset(): number {
    return this.close < 0 ? this.open + 1 : this.close + 1;
  }

  // Positions too are read on first use, from the file's line index: few calls are ever placed in a report, and four
  // numbers fewer per call is a quarter less of what every lexed call keeps alive (and copies while it is young).
  get line(): number {
    return this.source.lines.lineAt(this.offset);
  }

  get column(): number {
    return this.source.lines.columnAt(this.offset);
  }

  get endLine(): number {
    return this.source.lines.lineAt(Math.max(this.offset, this.endOffset - 1));
  }

  get endColumn(): number {
    return this.source.lines.columnAt(Math.max(this.offset, this.endOffset - 1)) + 1;
  }

  get args(): string[] {
    let split = this.source.split?.get(this.offset);
    if (split === undefined) {
      split =
        this.close < 0 || this.close - this.open > MAX_ARGS_SPAN
          ? []
          : splitArgs(this.source.text, this.source.code, this.open + 1, this.close);
      this.args = split;
    }
    return split;
  }

  set args(value: string[]) {
    (this.source.split ??= new Map()).set(this.offset, value);
  }
}

/**
 * The calls of a file as the lexer finds them: a name and four numbers for a call inside a function (its offset, its
 * brackets, its function), an object for one at file scope. A model of drivers/ holds millions of calls; as objects
 * (80 bytes each with their slot) they were a fifth of the lexed facts, and every one was copied twice by the young
 * generation's collector while the model was built.
 */
class CallList {
  private readonly names: string[] = [];
  /** Per call: offset, `(`, `)` (or -1), index of its function or, at file scope, -1 - index in `scoped`. */
  private readonly spans: number[] = [];
  private readonly scoped: CallSite[] = [];

  inFunction(source: ArgSource, body: string, name: string, open: number, close: number, start: number, fn: number): void {
    this.names.push(name);
    this.spans.push(start, open, close, fn);
    // `#` inside the arguments: a directive line `code` still has; split now from `body`, where it is blanked
    if (close > open && hasHash(source.code, open, Math.min(close, open + MAX_ARGS_SPAN + 1))) {
      (source.split ??= new Map()).set(start, close - open > MAX_ARGS_SPAN ? [] : splitArgs(source.text, body, open + 1, close));
    }
  }

  atFileScope(name: string, call: CallSite): void {
    this.names.push(name);
    this.spans.push(call.offset, 0, 0, -1 - this.scoped.length);
    this.scoped.push(call);
  }

  done(functions: readonly FunctionDef[], source: ArgSource): LexedCalls {
    return new LexedCalls(this.names, Int32Array.from(this.spans), this.scoped, functions, source);
  }
}

/** A file's calls kept compact; `all()` makes the CallSite of each (an object of each call inside a function anew). */
class LexedCalls {
  constructor(
    readonly names: readonly string[],
    private readonly spans: Int32Array,
    private readonly scoped: CallSite[],
    private readonly functions: readonly FunctionDef[],
    private readonly source: ArgSource,
  ) {}

  all(): CallSite[] {
    const out: CallSite[] = new Array(this.names.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  /** The calls whose name `wanted` accepts, in file order: the others are never made. */
  named(wanted: (name: string) => boolean): CallSite[] {
    const out: CallSite[] = [];
    for (let i = 0; i < this.names.length; i++) if (wanted(this.names[i])) out.push(this.at(i));
    return out;
  }

  private at(i: number): CallSite {
    const s = this.spans;
    const j = i * 4;
    const fn = s[j + 3];
    return fn < 0 ? this.scoped[-1 - fn] : new LexedCall(this.names[i], this.functions[fn].name, s[j], this.source, s[j + 1], s[j + 2]);
  }
}

function hasHash(code: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (code.charCodeAt(i) === 35 /* # */) return true;
  return false;
}

/**
 * A call at file scope (a macro's invocation), placed. Every field is written in the literal: spread from a span,
 * six of them went to a property array beside the object (112 bytes a call instead of 88, and the span's object).
 */
function fileScopeCall(idx: ReturnType<typeof lineIndex>, name: string, args: string[], start: number, end: number): CallSite {
  const last = Math.max(start, end - 1);
  return {
    name,
    args,
    offset: start,
    endOffset: end,
    line: idx.lineAt(start),
    column: idx.columnAt(start),
    endLine: idx.lineAt(last),
    endColumn: idx.columnAt(last) + 1,
  };
}

function previousToken(code: string, before: number): string {
  let j = before - 1;
  while (j >= 0 && isSpace(code.charCodeAt(j))) j--;
  if (j < 0) return '';
  if (!isWordChar(code.charCodeAt(j))) return code[j];
  const end = j + 1;
  while (j >= 0 && isWordChar(code.charCodeAt(j))) j--;
  return code.slice(j + 1, end);
}

/**
 * Matching parentheses of the whole file in one pass: `partnerOf(pairs, i)` is the index of the partner of the
 * parenthesis at `i`, or -1 (unbalanced code). Lookups are then constant time, so nested calls and huge macros cost
 * no more than a single read. Each slot holds the partner plus one, so a zeroed array needs no fill; the parentheses
 * are found with `indexOf` (a regular expression made an array for each of them).
 *
 * The array is one for every file, valid until the next call (readCFile's own use): a new one per file was four bytes
 * per character, 2 GB allocated and zeroed over the 530 MB of drivers/. Each call first clears the slots the call
 * before it wrote, so a file whose lexing failed half-way leaves nothing behind.
 */
function pairParens(code: string): Int32Array {
  for (const i of pairsWritten) pairsScratch[i] = 0;
  pairsWritten.length = 0;
  if (pairsScratch.length < code.length) pairsScratch = new Int32Array(Math.max(code.length, 2 * pairsScratch.length));
  const pair = pairsScratch;
  const stack: number[] = [];
  let open = code.indexOf('(');
  let close = code.indexOf(')');
  while (close >= 0) {
    if (open >= 0 && open < close) {
      stack.push(open);
      open = code.indexOf('(', open + 1);
      continue;
    }
    const partner = stack.pop();
    if (partner !== undefined) {
      pair[partner] = close + 1;
      pair[close] = partner + 1;
      pairsWritten.push(partner, close);
    }
    close = code.indexOf(')', close + 1);
  }
  return pair;
}
let pairsScratch = new Int32Array(0);
/** The slots of pairsScratch the last pairParens wrote. */
const pairsWritten: number[] = [];

/** The partner of the parenthesis at `i` (see pairParens), or -1. */
function partnerOf(pairs: Int32Array, i: number): number {
  return pairs[i] - 1;
}

/** Splits `a, f(b, c), d` at top-level commas; returns the original text of each argument. */
function splitArgs(text: string, code: string, from: number, to: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start, to).trim();
  if (last !== '' || out.length > 0) out.push(last);
  return out;
}

/** End of an initialiser value: the next top-level `,` or the closing brace. */
function valueEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) return i;
  }
  return code.length;
}
