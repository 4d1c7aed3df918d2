// Parses one function of a C file on demand (only the functions rules walk), with a cache.

import type { Node } from 'web-tree-sitter';
import type { FunctionBody } from './ir.js';
import { cParserIfLoaded } from './loader.js';
import { Lowerer } from './lower.js';
import { prepareSlice } from './prepare.js';

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
const cache = new WeakMap<CSource, Map<string, FunctionBody>>();
const stats = { bytes: 0, ms: 0, functions: 0 };

/** What tree-sitter has parsed so far in this process (for throughput figures). */
export function syntaxStats(): { bytes: number; ms: number; functions: number } {
  return { ...stats };
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
  const body = prepareSlice(file.code, fn.bodyStart, end).text;
  const text = HEADER + header.slice(HEADER.length) + body;
  const t0 = performance.now();
  const tree = parser.parse(text);
  stats.ms += performance.now() - t0;
  stats.bytes += text.length;
  stats.functions++;
  if (!tree) return empty('the parser gave no tree');
  try {
    const def = tree.rootNode.namedChildren.find((n) => n?.type === 'function_definition');
    const bodyNode = def?.childForFieldName('body');
    if (!def || !bodyNode) return empty('function body not recognised');
    // The lowering walks the tree recursively: refuse a tree deeper than it can safely walk (found without recursion).
    if (treeDepth(bodyNode, MAX_TREE_DEPTH) > MAX_TREE_DEPTH)
      return empty(`statements or expressions nested deeper than ${MAX_TREE_DEPTH} levels; the body was not analysed`);
    const problems: string[] = [];
    if (tree.rootNode.hasError) {
      const bad = firstError(tree.rootNode);
      const at = bad ? file.lineAt(start + bad.startIndex) : line;
      problems.push(`syntax not understood at line ${at}`);
    }
    const lowerer = new Lowerer({ base: start, text: file.text, lineAt: (o) => file.lineAt(o), columnAt: (o) => file.columnAt(o) });
    return { name: fn.name, file: file.path, line, body: lowerer.stmts(bodyNode), problems, bytes: text.length };
  } finally {
    tree.delete();
  }
}

/** Syntax nesting the lowering may walk; real kernel functions stay far below (checkpatch warns past 6 tab levels). */
const MAX_TREE_DEPTH = 500;

/** Depth of the tree under `root`, walked with a cursor (no recursion); stops counting past `limit`. */
function treeDepth(root: Node, limit: number): number {
  const cursor = root.walk();
  let depth = 0;
  let max = 0;
  try {
    for (;;) {
      if (depth > max) max = depth;
      if (max > limit) return max;
      if (cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (depth === 0 || !cursor.gotoParent()) return max;
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The first error node, depth first, found with an explicit stack. */
function firstError(root: Node): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.isError || n.isMissing) return n;
    const next = n.children.filter((c): c is Node => !!c && (c.hasError || c.isMissing));
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return undefined;
}
