// Parses one function of a C file on demand (only the functions rules walk), with a cache.

import type { Node } from 'web-tree-sitter';
import type { FunctionBody, Stmt } from './ir.js';
import { cParserIfLoaded } from './loader.js';
import { Lowerer, MAX_LOWERING_DEPTH, TooDeep } from './lower.js';
import { prepareSlice } from './prepare.js';
import { parseRanges, withoutBlanks } from './blank-gaps.js';
import { lineIndex } from '../../../text/lines.js';

/** What the parser needs of a C file: CFile satisfies it. */
export interface CSource {
  path: string;
  text: string;
  /** Comments masked, same length as text. */
  code: string;
  lineAt(offset: number): number;
  columnAt(offset: number): number;
}

/** What the parser needs of a function definition: FunctionDef satisfies it. */
export interface FunctionSpan {
  name: string;
  offset: number;
  bodyStart: number;
  bodyEnd: number;
}

const HEADER = 'int f()';
let cache = new WeakMap<CSource, Map<string, FunctionBody>>();
/**
 * Source bytes of the bodies cached: past the budget the cache starts again. Modules share helpers (a folder's
 * modules, static inline functions of a header), so bodies are kept across modules, but kept for a whole tree
 * they were a tenth of an audit's memory (about 8 bytes of syntax per byte of body).
 */
const CACHE_BUDGET_BYTES = 8 * 1024 * 1024;
let cachedBytes = 0;
const stats = { bytes: 0, ms: 0, functions: 0, lost: 0, recoveredFunctions: 0, recoveredStatements: 0 };
/** Where functions were lost (the first few hundred), for triage. */
const lostAt: string[] = [];

/** What tree-sitter has parsed so far in this process (for throughput figures). */
export function syntaxStats(): {
  bytes: number;
  ms: number;
  functions: number;
  lost: number;
  recoveredFunctions: number;
  recoveredStatements: number;
  lostAt: string[];
} {
  return { ...stats, lostAt: [...lostAt] };
}

/** Forgets every parsed body (the audit calls it once the rules that walk bodies have run). */
export function dropParsedBodies(): void {
  cache = new WeakMap();
  cachedBytes = 0;
}

export function parseFunctionBody(file: CSource, fn: FunctionSpan): FunctionBody {
  let perFile = cache.get(file);
  if (!perFile) {
    perFile = new Map();
    cache.set(file, perFile);
  }
  const key = `${fn.name}@${fn.bodyStart}`;
  const hit = perFile.get(key);
  if (hit) return hit;
  const result = parseUncached(file, fn);
  cachedBytes += fn.bodyEnd - fn.bodyStart;
  if (cachedBytes > CACHE_BUDGET_BYTES) {
    dropParsedBodies();
    perFile = new Map();
    cache.set(file, perFile);
    cachedBytes = fn.bodyEnd - fn.bodyStart;
  }
  perFile.set(key, result);
  return result;
}

function parseUncached(file: CSource, fn: FunctionSpan): FunctionBody {
  const line = file.lineAt(fn.bodyStart);
  const empty = (problem: string): FunctionBody => ({ name: fn.name, file: file.path, line, body: [], problems: [problem], bytes: 0 });
  const parser = cParserIfLoaded();
  if (!parser) return empty('the C parser is not loaded');
  const start = Math.min(fn.offset, fn.bodyStart);
  const end = file.code[fn.bodyEnd] === '}' ? fn.bodyEnd + 1 : fn.bodyEnd;
  if (end <= fn.bodyStart || fn.bodyStart - start < HEADER.length) return empty('function bounds not understood');
  // The declaration is replaced by a plain header (same length): only the body matters here.
  const header = file.code.slice(start, fn.bodyStart).replace(/[^\n]/g, ' ');
  const prepared = prepareSlice(file.code, fn.bodyStart, end);
  const body = prepared.text;
  const text = HEADER + header.slice(HEADER.length) + body;
  const pairs = withoutBlanks(text, [[0, text.length]]);
  const t0 = performance.now();
  // positions counted in the text itself: the header stands in for the declaration, its lines may differ
  const lines = pairs.length > 1 ? lineIndex(text) : undefined;
  const tree = lines ? parser.parse(text, null, { includedRanges: parseRanges(pairs, lines.lineAt, lines.columnAt) }) : parser.parse(text);
  stats.ms += performance.now() - t0;
  stats.bytes += text.length;
  stats.functions++;
  if (!tree) return empty('the parser gave no tree');
  try {
    const def = tree.rootNode.namedChildren.find((n) => n?.type === 'function_definition');
    const bodyNode = def?.childForFieldName('body');
    if (!def || !bodyNode) return empty('function body not recognised');
    // The lowering walks the tree recursively and stops, past its depth, before the stack would.
    const lowerer = new Lowerer({
      base: start,
      text: file.text,
      parsed: text,
      lineAt: (o) => file.lineAt(o),
      columnAt: (o) => file.columnAt(o),
    });
    let stmts: Stmt[];
    try {
      stmts = lowerer.stmts(bodyNode);
    } catch (e) {
      if (!(e instanceof TooDeep)) throw e;
      return empty(`statements or expressions nested deeper than ${MAX_LOWERING_DEPTH} levels; the body was not analysed`);
    }
    const problems: string[] = [];
    const errors = tree.rootNode.hasError ? errorNodes(tree.rootNode) : [];
    const bad = errors.find((e) => !recoverable(e, bodyNode));
    if (bad) {
      const at = file.lineAt(start + bad.startIndex);
      problems.push(`syntax not understood at line ${at}`);
      stats.lost++;
      if (lostAt.length < 500) lostAt.push(`${file.path}:${at}`);
    }
    const recovered = bad ? 0 : errors.filter((e) => e.isError).length + prepared.repairedStatements;
    if (recovered) {
      stats.recoveredFunctions++;
      stats.recoveredStatements += recovered;
    }
    return { name: fn.name, file: file.path, line, body: stmts, problems, bytes: text.length, recovered };
  } finally {
    tree.delete();
  }
}

/** ERROR and MISSING nodes, outermost first, in source order; an explicit stack, not recursion. */
function errorNodes(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.isError || n.isMissing) {
      out.push(n);
      continue;
    }
    const next = n.children.filter((c): c is Node => !!c && (c.hasError || c.isMissing));
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return out;
}

/**
 * An unparsable piece the walk can step over as an opaque statement (its calls kept): inside the
 * body, hiding no control flow (`return`, `goto`, `break`, a block), naming something, and not a
 * missing brace.
 */
function recoverable(e: Node, body: Node): boolean {
  if (e.startIndex < body.startIndex || e.endIndex > body.endIndex) return false;
  if (e.isMissing) return e.type === ';' || e.type === 'identifier' || e.type === ')';
  const text = enclosingStatement(e).text;
  // characters C never has, or no name at all: not a macro the parser did not know, but not C
  if (/[@$`]/.test(text) || !/[A-Za-z_]/.test(text)) return false;
  return !/\b(return|goto|break|continue|case|default)\b|[{}]/.test(text);
}

/** The simple statement an error sits in (`CHECK(a, goto out);` for the stray `out`), or the error itself. */
function enclosingStatement(e: Node): Node {
  for (let n = e.parent; n; n = n.parent) {
    if (n.type === 'expression_statement' || n.type === 'declaration' || n.type === 'return_statement') return n;
    if (n.type === 'compound_statement' || /_statement$/.test(n.type)) break;
  }
  return e;
}
