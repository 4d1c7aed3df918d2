// Reads one kernel C file's syntax tree once and keeps the compact facts the correctness rules
// need: declared types (typedefs, struct members, globals, parameters, locals), assignments of call
// results, comparisons with zero, and binary expressions with identical operands. The tree is
// deleted before returning.

import type { Node } from 'web-tree-sitter';
import type { CFile } from '../../model/c/types.js';
import { cParserIfLoaded } from '../../model/c/syntax/loader.js';
import { CHAIN_OPS, firstReading, IDENTICAL_OPS, mayCompareWithZero, withoutBodies } from './fact-candidates.js';
import { prepareSlice } from '../../model/c/syntax/prepare.js';
import { type Declared, declaredNames, signedness, type TypeRef, typeText } from '../../model/c/syntax/types.js';

/** An lvalue as a path: `priv->stats.err` is root `priv`, steps `stats`, `err`; `buf[i]` has a `[]` step. */
export interface LvaluePath {
  root: string;
  steps: string[];
  /** Normalised text, for matching an assignment with a later comparison. */
  text: string;
}

/** `target = value;` (also a declaration's initialiser). */
export interface CallAssign {
  target: LvaluePath;
  /** The function called when the value is a call's result (through parentheses), else undefined. */
  callee?: string;
  offset: number;
  line: number;
  column: number;
}

export interface ZeroCompare {
  operand: LvaluePath;
  /** The operand as written: `priv->len`. */
  operandText: string;
  /** As written, e.g. `ret < 0`, `0 > ret`. */
  text: string;
  /** `< 0` never true, or `>= 0` always true, for an unsigned operand. */
  always: 'false' | 'true';
  offset: number;
  line: number;
  column: number;
}

export interface IdenticalOperands {
  op: string;
  operand: string;
  text: string;
  line: number;
  column: number;
  /** Callees named inside the operand. */
  calls: string[];
  /** A constant written out (`1 - 1`, `UNIT0_ID - UNIT0_ID`): deliberate, not a slip. */
  literal: boolean;
  /** Identifiers of the operand (macros among them are judged by the rule). */
  identifiers: string[];
  /** Assignments, ++ or -- inside: evaluating it twice is not the same value. */
  sideEffects: boolean;
}

export interface FunctionFacts {
  name: string;
  line: number;
  returnType?: TypeRef;
  /** Parameters and locals; null when one name is declared with different types in the function. */
  vars: Map<string, TypeRef | null>;
  callAssigns: CallAssign[];
  zeroCompares: ZeroCompare[];
  identical: IdenticalOperands[];
  /** Some `return` gives a negative errno constant (`return -EINVAL;`). */
  returnsErrno: boolean;
  /**
   * Functions whose result a `return` passes on (`return foo(...)`, `ret = foo(); ... return ret;`). Neither return
   * fact is read in the audit's first reading (FileFacts): a rule asking about a function reads its definition whole.
   */
  returnsResultOf: string[];
}

/**
 * A file's declarations and every function's facts, its returns included, from the file parsed whole; or its
 * declarations alone (no functions), from the file parsed without its function bodies (see readDeclarations).
 */
export interface FileDeclarations {
  typedefs: Map<string, TypeRef>;
  /** struct/union name -> member -> type. */
  structs: Map<string, Map<string, TypeRef>>;
  globals: Map<string, TypeRef>;
  functions: FunctionFacts[];
  /** The parser could not read part of the file (counted, never a finding). */
  syntaxErrors: number;
}

/**
 * The audit's first reading of a file: only the function definitions whose bodies may hold a fact are parsed (see
 * fact-candidates), and of those only the functions that hold one are kept, their returns unread. Declarations are
 * read from the file parsed whole, when a rule asks about a name the file may declare (`names`).
 */
export interface FileFacts {
  functions: FunctionFacts[];
  /** The parser could not read part of what it was given (counted, never a finding). */
  syntaxErrors: number;
  /** The hashes of the names the file may declare (name-index; struct tags and typedefs keyed apart, fact-candidates). */
  names: Uint32Array;
}

/** The operators of a comparison with zero that is always or never true (`x < 0`, `0 <= x` ...). */
const RELATIONAL_OPS = new Set(['<', '>=', '>', '<=']);

/** Top-level nodes whose children are top-level too. */
const CONTAINERS = new Set(['preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'linkage_specification', 'declaration_list']);

const kids = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null);

let cache = new WeakMap<CFile, FileFacts>();
/** The locals of every function without a comparison with zero: never read (see Reader.function). */
const NO_VARS = new Map<string, TypeRef | null>();

/** What reading a file's facts needs of it: its text, masked code and positions (a worker has no whole CFile). */
export type FactSource = Pick<CFile, 'text' | 'code' | 'lineAt' | 'columnAt'>;

export function fileFacts(file: CFile): FileFacts | undefined {
  const hit = cache.get(file);
  if (hit) return hit;
  const read = readFileFacts(file);
  // A copy whose strings are its own: the tree's texts are views of the whole prepared file, so keeping them
  // would keep a copy of every file (a worker's facts are copied on the way anyway).
  const facts = read && structuredClone(read);
  if (facts) cache.set(file, facts);
  return facts;
}

/** Forgets every file's facts (once the rules that read them have run). */
export function dropFileFacts(): void {
  cache = new WeakMap();
}

/** Facts computed elsewhere (a worker thread) for this file: later calls return them. */
export function seedFileFacts(file: CFile, facts: FileFacts): void {
  cache.set(file, facts);
}

/** The first reading of a file (see FileFacts), without caching; undefined when the parser is not loaded. */
export function readFileFacts(file: FactSource): FileFacts | undefined {
  const parser = cParserIfLoaded();
  if (!parser) return undefined;
  const text = prepareSlice(file.code, 0, file.code.length).text;
  const first = firstReading(text, file.lineAt, file.columnAt);
  if (!first.ranges) return { functions: [], syntaxErrors: 0, names: first.names };
  const tree = parser.parse(text, null, { includedRanges: first.ranges });
  if (!tree) return undefined;
  try {
    const read = new Reader(file, text).read(tree.rootNode);
    // a function without a fact is never asked about
    const functions = read.functions.filter((fn) => fn.zeroCompares.length > 0 || fn.identical.length > 0);
    return { functions, syntaxErrors: read.syntaxErrors, names: first.names };
  } finally {
    tree.delete();
  }
}

/**
 * The file parsed whole: its declarations, and every function's facts with its returns. With `functions` false,
 * only the declarations (typedefs, structs, globals): the function bodies are left out of the parse (most of a .c
 * file), and `functions` is empty.
 */
export function readDeclarations(file: FactSource, functions = true): FileDeclarations | undefined {
  const parser = cParserIfLoaded();
  if (!parser) return undefined;
  const text = prepareSlice(file.code, 0, file.code.length).text;
  // Nothing but directives (a generated register header): the parser would walk megabytes of blanks to find nothing
  if (!/\S/.test(text)) return { typedefs: new Map(), structs: new Map(), globals: new Map(), functions: [], syntaxErrors: 0 };
  const ranges = functions ? undefined : withoutBodies(text, file.lineAt, file.columnAt);
  const tree = ranges ? parser.parse(text, null, { includedRanges: ranges }) : parser.parse(text);
  if (!tree) return undefined;
  try {
    return new Reader(file, undefined, !functions).read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

class Reader {
  private readonly facts: FileDeclarations = {
    typedefs: new Map(),
    structs: new Map(),
    globals: new Map(),
    functions: [],
    syntaxErrors: 0,
  };

  constructor(
    private readonly file: FactSource,
    /**
     * The prepared text, for the audit's first reading: only function definitions were parsed, and their returns are
     * not read. Undefined for a whole reading (declarations and returns read).
     */
    private readonly first?: string,
    /** Only the declarations are read (the bodies were not parsed). */
    private readonly declarationsOnly = false,
  ) {}

  read(root: Node): FileDeclarations {
    this.top(root);
    return this.facts;
  }

  /** Original text of a node: string literals as written (the masked code has them blanked). */
  private src(n: Node): string {
    return this.file.text.slice(n.startIndex, n.endIndex);
  }

  private top(n: Node): void {
    for (const c of kids(n)) {
      const type = c.type;
      if (type === 'ERROR') {
        this.facts.syntaxErrors++;
        this.top(c);
        continue;
      }
      if (this.first && type !== 'function_definition') {
        // the first reading's ranges hold function definitions: anything else is the end of a statement before one
        if (CONTAINERS.has(type)) this.top(c);
        continue;
      }
      this.structsIn(c, type);
      switch (type) {
        case 'type_definition': {
          const type = c.childForFieldName('type');
          const anonymous = type && /^(struct|union)_specifier$/.test(type.type) && !type.childForFieldName('name');
          for (const d of declaredNames(c)) {
            // `typedef struct { ... } foo_t;`: the members are known under the typedef's name
            if (anonymous && d.type.depth === 0) {
              const key = `${type.type.replace('_specifier', '')} ${d.name}`;
              this.facts.structs.set(key, this.facts.structs.get(typeText(type)) ?? new Map());
              this.facts.typedefs.set(d.name, { base: key, depth: 0 });
            } else this.facts.typedefs.set(d.name, d.type);
          }
          this.facts.structs.delete('struct <anonymous>');
          this.facts.structs.delete('union <anonymous>');
          break;
        }
        case 'declaration':
          for (const d of declaredNames(c)) this.facts.globals.set(d.name, d.type);
          break;
        case 'function_definition':
          if (!this.declarationsOnly) this.function(c);
          break;
        default:
          if (CONTAINERS.has(type)) this.top(c);
          break;
      }
    }
  }

  /** Struct and union bodies anywhere in a top-level node (also inside typedefs and nested structs). */
  private structsIn(n: Node, type: string): void {
    if (type === 'function_definition') return;
    for (const sn of n.descendantsOfType(['struct_specifier', 'union_specifier'])) {
      const body = sn?.childForFieldName('body');
      if (!sn || !body) continue;
      const name = typeText(sn);
      const members = this.facts.structs.get(name) ?? new Map<string, TypeRef>();
      for (const f of kids(body)) if (f.type === 'field_declaration') for (const d of declaredNames(f)) members.set(d.name, d.type);
      this.facts.structs.set(name, members);
    }
  }

  private function(def: Node): void {
    const declarator = def.childForFieldName('declarator');
    const fnDecl = declarator ? findFunctionDeclarator(declarator) : undefined;
    const nameNode = fnDecl?.childForFieldName('declarator');
    const body = def.childForFieldName('body');
    if (!fnDecl || !nameNode || nameNode.type !== 'identifier' || !body) return;
    const typeNode = def.childForFieldName('type');
    const pointerReturn = declarator?.type === 'pointer_declarator';
    const fn: FunctionFacts = {
      name: nameNode.text,
      line: this.file.lineAt(def.startIndex),
      returnType: typeNode ? { base: typeText(typeNode), depth: pointerReturn ? 1 : 0 } : undefined,
      vars: new Map(),
      callAssigns: [],
      zeroCompares: [],
      identical: [],
      returnsErrno: false,
      returnsResultOf: [],
    };
    const params = fnDecl.childForFieldName('parameters');
    for (const p of params ? kids(params) : []) if (p.type === 'parameter_declaration') this.declare(fn, declaredNames(p));
    const varCalls = new Map<string, string[]>();
    const returned: Node[] = [];
    // Assignments only make facts beside a comparison with zero (else they are dropped below), and returns are read
    // on demand: in the first reading most functions need their declarations (types) and binary expressions alone.
    const assignments = !this.first || mayCompareWithZero(this.first.slice(body.startIndex, body.endIndex));
    this.walk(body, fn, varCalls, returned, assignments, !this.first);
    for (const r of returned) {
      const inner = stripParens(r);
      if (isErrnoConstant(inner)) fn.returnsErrno = true;
      for (const call of descendants(r, 'call_expression')) {
        const callee = call.childForFieldName('function');
        if (callee?.type === 'identifier') fn.returnsResultOf.push(callee.text);
      }
      for (const id of descendants(r, 'identifier')) {
        const sources = varCalls.get(id.text) ?? [];
        // `status = -EIO; ... return status;`
        if (sources.includes(ERRNO_CONSTANT)) fn.returnsErrno = true;
        fn.returnsResultOf.push(...sources.filter((c) => c !== ERRNO_CONSTANT));
      }
    }
    // Types of locals and assignments only matter to a comparison with zero: most functions have none, and
    // kept for every function of a large tree they were most of these facts' memory.
    if (fn.zeroCompares.length === 0) {
      fn.vars = NO_VARS;
      fn.callAssigns = [];
    }
    fn.returnsResultOf = [...new Set(fn.returnsResultOf)];
    this.facts.functions.push(fn);
  }

  private declare(fn: FunctionFacts, names: Declared[]): void {
    for (const d of names) {
      const prev = fn.vars.get(d.name);
      if (prev === undefined) fn.vars.set(d.name, d.type);
      else if (prev && (prev.base !== d.type.base || prev.depth !== d.type.depth)) fn.vars.set(d.name, null);
    }
  }

  /** The nodes the facts come from, in text order, found by the parser's own search (fast on big files). */
  private walk(
    body: Node,
    fn: FunctionFacts,
    varCalls: Map<string, string[]>,
    returned: Node[],
    assignments: boolean,
    returns: boolean,
  ): void {
    const types = ['declaration', 'binary_expression'];
    if (assignments) types.push('assignment_expression');
    if (returns) types.push('return_statement');
    const nodes = body.descendantsOfType(types);
    const errors = errorRanges(body);
    this.facts.syntaxErrors += errors.length;
    let e = 0;
    for (const n of nodes) {
      if (!n) continue;
      // what the parser could not read is not analysed
      while (e < errors.length && errors[e][1] <= n.startIndex) e++;
      if (e < errors.length && errors[e][0] <= n.startIndex) continue;
      switch (n.type) {
        case 'declaration':
          this.declare(fn, declaredNames(n));
          if (!assignments && !returns) break; // its initialisers are assignments
          for (const d of n.childrenForFieldName('declarator')) {
            if (d?.type !== 'init_declarator') continue;
            const name = declaratorName(d);
            const value = d.childForFieldName('value');
            if (name && value && !name.pointer) this.callAssign(fn, { root: name.name, steps: [], text: name.name }, value, d, varCalls);
          }
          break;
        case 'assignment_expression': {
          const left = n.childForFieldName('left');
          const right = n.childForFieldName('right');
          const op = n.childForFieldName('operator')?.text ?? '=';
          const path = left ? lvaluePath(left) : undefined;
          if (path && right) {
            if (op === '=') this.callAssign(fn, path, right, n, varCalls);
            else
              fn.callAssigns.push({
                target: path,
                offset: n.startIndex,
                line: this.file.lineAt(n.startIndex),
                column: this.file.columnAt(n.startIndex),
              });
          }
          break;
        }
        case 'return_statement': {
          const e = n.firstNamedChild;
          if (e) returned.push(e);
          break;
        }
        case 'binary_expression':
          this.binary(n, fn);
          break;
        default:
          break;
      }
    }
  }

  private callAssign(fn: FunctionFacts, target: LvaluePath, value: Node, at: Node, varCalls: Map<string, string[]>): void {
    const inner = stripParens(value, false);
    const fnNode = inner.type === 'call_expression' ? inner.childForFieldName('function') : undefined;
    const callee = fnNode?.type === 'identifier' ? fnNode.text : undefined;
    fn.callAssigns.push({
      target,
      callee,
      offset: at.startIndex,
      line: this.file.lineAt(at.startIndex),
      column: this.file.columnAt(at.startIndex),
    });
    const source = callee ?? (isErrnoConstant(inner) ? ERRNO_CONSTANT : undefined);
    if (source && target.steps.length === 0) varCalls.set(target.root, [...(varCalls.get(target.root) ?? []), source]);
  }

  private binary(n: Node, fn: FunctionFacts): void {
    const op = n.childForFieldName('operator')?.type ?? '';
    // Most binary expressions (`+`, `<<`, `*` ...) give neither fact: their operands are not read at all (each read
    // is a call into the parser, and a file has thousands of them).
    const relational = RELATIONAL_OPS.has(op);
    if (!relational && !IDENTICAL_OPS.has(op)) return;
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (!left || !right) return;
    if (relational) this.zeroCompare(n, op, left, right, fn);
    if (!IDENTICAL_OPS.has(op) || n.hasError) return;
    const parent = n.parent;
    // A chain is judged once, at its top: `a || b || a`.
    if (CHAIN_OPS.has(op) && parent?.type === 'binary_expression' && parent.childForFieldName('operator')?.type === op) return;
    const operands = CHAIN_OPS.has(op) ? chainOperands(n, op) : [left, right];
    const seen = new Map<string, Node>();
    for (const o of operands) {
      const key = this.normalised(o);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, o);
        continue;
      }
      fn.identical.push({
        op,
        operand: key,
        text: this.src(n).replace(/\s+/g, ' ').trim(),
        line: this.file.lineAt(o.startIndex),
        column: this.file.columnAt(o.startIndex),
        calls: descendants(o, 'call_expression').map((c) => c.childForFieldName('function')?.text.replace(/\s+/g, '') ?? ''),
        identifiers: [...new Set(descendants(o, 'identifier').map((i) => i.text))],
        literal: isConstantExpression(o),
        sideEffects:
          descendants(o, 'assignment_expression').length > 0 ||
          descendants(o, 'update_expression').length > 0 ||
          (isFloatOperand(o, fn) && (op === '==' || op === '!=')),
      });
      break;
    }
  }

  private zeroCompare(n: Node, op: string, left: Node, right: Node, fn: FunctionFacts): void {
    const lz = isZeroLiteral(right);
    const rz = isZeroLiteral(left);
    if (!lz && !rz) return;
    // `x < 0` or `0 > x` is never true for unsigned x; `x >= 0` or `0 <= x` always is.
    const always = lz ? (op === '<' ? 'false' : op === '>=' ? 'true' : undefined) : op === '>' ? 'false' : op === '<=' ? 'true' : undefined;
    if (!always) return;
    let operand = stripParens(lz ? left : right, false);
    if (operand.type === 'assignment_expression') operand = operand.childForFieldName('left') ?? operand;
    const path = lvaluePath(operand);
    if (!path) return;
    fn.zeroCompares.push({
      operand: path,
      operandText: this.src(operand).replace(/\s+/g, ''),
      text: this.src(n).replace(/\s+/g, ' ').trim(),
      always,
      offset: n.endIndex,
      line: this.file.lineAt(n.startIndex),
      column: this.file.columnAt(n.startIndex),
    });
  }

  /** Whitespace and outer parentheses removed; string literals as written. */
  private normalised(n: Node): string {
    const inner = stripParens(n, false);
    return this.src(inner)
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/\/\/[^\n]*/g, ' ')
      .replace(/\s+/g, '');
  }
}

/**
 * Written-out constants: literals and UPPER_CASE names (enumerators and macro constants by kernel
 * convention). `1 - 1` and `UNIT0_ID - UNIT0_ID` (an index relative to a base) are deliberate.
 */
function isConstantExpression(n: Node): boolean {
  if (descendants(n, 'field_expression').length > 0 || descendants(n, 'call_expression').length > 0) return false;
  const ids = n.type === 'identifier' ? [n] : descendants(n, 'identifier');
  return ids.every((id) => /^[A-Z][A-Z0-9_]*$/.test(id.text));
}

/** Marks a variable assigned a negative errno constant among the sources of its value. */
const ERRNO_CONSTANT = '-E';

/** `-EINVAL`, `(-ENOMEM)`. */
function isErrnoConstant(n: Node): boolean {
  return /^-\s*E[A-Z][A-Z0-9_]+$/.test(stripParens(n, false).text.replace(/\s+/g, ''));
}

/** Ranges of ERROR nodes, in text order; only subtrees that hold an error are visited. */
function errorRanges(n: Node, out: [number, number][] = []): [number, number][] {
  if (!n.hasError) return out;
  if (n.type === 'ERROR') {
    out.push([n.startIndex, n.endIndex]);
    return out;
  }
  for (const c of n.children) if (c) errorRanges(c, out);
  return out;
}

function findFunctionDeclarator(n: Node): Node | undefined {
  if (n.type === 'function_declarator') return n;
  const inner = n.childForFieldName('declarator');
  return inner ? findFunctionDeclarator(inner) : undefined;
}

function declaratorName(n: Node): { name: string; pointer: boolean } | undefined {
  let cur: Node | null = n.childForFieldName('declarator');
  let pointer = false;
  while (cur && cur.type !== 'identifier') {
    if (cur.type === 'pointer_declarator' || cur.type === 'array_declarator') pointer = true;
    cur = cur.childForFieldName('declarator');
  }
  return cur ? { name: cur.text, pointer } : undefined;
}

/** `priv->a.b`, `x`, `buf[i]` as a path; anything else (a call, a cast, `*p`) is not one. */
export function lvaluePath(n: Node): LvaluePath | undefined {
  const steps: string[] = [];
  let cur = stripParens(n, false);
  for (;;) {
    if (cur.type === 'identifier') {
      steps.reverse();
      return { root: cur.text, steps, text: [cur.text, ...steps].join('.') };
    }
    if (cur.type === 'field_expression') {
      const field = cur.childForFieldName('field');
      const arg = cur.childForFieldName('argument');
      if (!field || !arg) return undefined;
      steps.push(field.text);
      cur = stripParens(arg, false);
      continue;
    }
    if (cur.type === 'subscript_expression') {
      const arg = cur.childForFieldName('argument');
      const index = cur.childForFieldName('index') ?? kids(cur)[1];
      if (!arg) return undefined;
      steps.push(`[${index?.text.replace(/\s+/g, '') ?? ''}]`);
      cur = stripParens(arg, false);
      continue;
    }
    return undefined;
  }
}

/** `(x)` -> `x`; with `casts`, `(int)x` -> `x` too. */
function stripParens(n: Node, casts = true): Node {
  let cur = n;
  for (;;) {
    const type = cur.type;
    if (type === 'parenthesized_expression') {
      const inner = kids(cur)[0];
      if (!inner) return cur;
      cur = inner;
    } else if (casts && type === 'cast_expression') {
      const inner = cur.childForFieldName('value');
      if (!inner) return cur;
      cur = inner;
    } else return cur;
  }
}

function chainOperands(n: Node, op: string): Node[] {
  const inner = stripParens(n, false);
  if (inner.type === 'binary_expression' && inner.childForFieldName('operator')?.type === op && inner === n) {
    const l = inner.childForFieldName('left');
    const r = inner.childForFieldName('right');
    return [...(l ? chainOperands(l, op) : []), ...(r ? chainOperands(r, op) : [])];
  }
  // `a || (b || a)`: a parenthesised chain of the same operator is still one chain
  if (inner !== n && inner.type === 'binary_expression' && inner.childForFieldName('operator')?.type === op)
    return chainOperands(inner, op);
  return [n];
}

function descendants(n: Node, type: string): Node[] {
  return n.descendantsOfType(type).filter((d): d is Node => d !== null);
}

function isZeroLiteral(n: Node): boolean {
  const inner = stripParens(n, false);
  return inner.type === 'number_literal' && /^0+[uUlL]*$/.test(inner.text);
}

function isFloatOperand(n: Node, fn: FunctionFacts): boolean {
  const inner = stripParens(n, false);
  if (inner.type === 'number_literal') return /[.eE]/.test(inner.text) && !/^0x/i.test(inner.text);
  const path = lvaluePath(inner);
  if (!path || path.steps.length > 0) return false;
  const t = fn.vars.get(path.root);
  return !!t && signedness(t, new Map()) === 'float';
}
