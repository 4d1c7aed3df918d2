// Lowers a tree-sitter function body to the IR of ir.ts.

import type { Node } from 'web-tree-sitter';
import { type Assign, type CallExpr, type Cond, normExpr, type Stmt, type Test } from './ir.js';

/** Maps tree positions (relative to the parsed slice) back to the file. */
export interface SliceContext {
  /** File offset of the slice's first character. */
  base: number;
  /** Original file text (string contents intact), for argument texts. */
  text: string;
  /** The text the parser read (the tree's positions index it): prepared, so annotations and macros may differ. */
  parsed: string;
  lineAt(offset: number): number;
  columnAt(offset: number): number;
}

const kids = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null);

const CONFIG_TESTS = /^(IS_ENABLED|IS_BUILTIN|IS_MODULE|IS_REACHABLE)$/;

/** Nodes that hold no call and no assignment, at any depth: names, literals, types. */
const NO_EFFECTS = new Set([
  'identifier',
  'field_identifier',
  'statement_identifier',
  'type_identifier',
  'primitive_type',
  'number_literal',
  'char_literal',
  'string_literal',
  'concatenated_string',
  'true',
  'false',
  'null',
  'comment',
]);

/**
 * Nodes whose syntax holds what mayHaveEffects looks for (`(`, `=`, `++` or `--`), so their end is not asked for.
 * Only a token the parser invented (a MISSING `(`) could be absent, and such a body is one the walk reports
 * inconclusive instead of walking (function-body.ts, `recoverable`).
 */
const ALWAYS_EFFECTS = new Set([
  'call_expression',
  'argument_list',
  'assignment_expression',
  'update_expression',
  'parenthesized_expression',
  'cast_expression',
  'compound_literal_expression',
]);

/**
 * Whether the text [from, to) may hold a call, an assignment or an increment: each needs a `(`, an `=`, `++` or `--`.
 * An expression without any (`&priv->dev`, `a + b`) is not walked node by node, each node a call into the parser.
 */
function mayHaveEffects(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */ || c === 61 /* = */) return true;
    // `++` or `--`
    if ((c === 43 || c === 45) && i + 1 < to && text.charCodeAt(i + 1) === c) return true;
  }
  return false;
}

/** Syntax nesting the lowering follows; real kernel functions stay far below (checkpatch warns past 6 tab levels). */
export const MAX_LOWERING_DEPTH = 500;

/** Thrown when a body nests deeper than MAX_LOWERING_DEPTH: the recursion stops there, before the stack would. */
export class TooDeep extends Error {}

export class Lowerer {
  /** Nesting of the statements, expressions and conditions being lowered. */
  private depth = 0;

  constructor(private readonly ctx: SliceContext) {}

  private enter(): void {
    if (++this.depth > MAX_LOWERING_DEPTH) throw new TooDeep();
  }

  private at(n: Node): { line: number; offset: number } {
    const offset = this.ctx.base + n.startIndex;
    return { line: this.ctx.lineAt(offset), offset };
  }

  private src(n: Node): string {
    return this.ctx.text.slice(this.ctx.base + n.startIndex, this.ctx.base + n.endIndex);
  }

  /** Key under which a value is known: `@offset` for a call, the normalized text otherwise. */
  key(n: Node): string {
    const inner = stripParens(n);
    const type = inner.type;
    if (type === 'call_expression') return `@${this.ctx.base + inner.startIndex}`;
    if (type === 'assignment_expression') {
      const left = inner.childForFieldName('left');
      if (left) return normExpr(this.src(left));
    }
    return normExpr(this.src(inner));
  }

  /** `parts`: the call's function and argument list when already read (effects reads them first). */
  call(n: Node, parts?: Node[]): CallExpr {
    const fn = parts ? parts[0] : n.childForFieldName('function');
    const argList = parts ? parts[1] : n.childForFieldName('arguments');
    const offset = this.ctx.base + n.startIndex;
    return {
      name: fn ? this.src(fn).replace(/\s+/g, '') : '',
      args: argList ? kids(argList).map((a) => this.src(a).trim()) : [],
      line: this.ctx.lineAt(offset),
      column: this.ctx.columnAt(offset),
      offset,
      endOffset: this.ctx.base + n.endIndex,
      key: `@${offset}`,
    };
  }

  /** Calls (innermost first, in evaluation order) and assignments inside an expression. */
  effects(n: Node | null, calls: CallExpr[] = [], assigns: Assign[] = []): { calls: CallExpr[]; assigns: Assign[] } {
    if (n) this.effectsOf(n, n.type, calls, assigns);
    return { calls, assigns };
  }

  /** effects() of a node whose type is read (each read of a type, an end or children is a call into the parser). */
  private effectsOf(n: Node, type: string, calls: CallExpr[], assigns: Assign[]): void {
    if (NO_EFFECTS.has(type)) return;
    // (a call, an assignment or an increment has its `(`, `=` or `++` by its syntax: its end is not asked for)
    if (!ALWAYS_EFFECTS.has(type) && !mayHaveEffects(this.ctx.parsed, n.startIndex, n.endIndex)) return;
    this.enter();
    const children = kids(n);
    let lastType = '';
    for (const c of children) {
      lastType = c.type;
      this.effectsOf(c, lastType, calls, assigns);
    }
    // `f(a, b)`: the function, then the argument list, the two named children of a call the parser read whole
    if (type === 'call_expression') calls.push(this.call(n, children.length === 2 && lastType === 'argument_list' ? children : undefined));
    else if (type === 'assignment_expression') {
      // the named children of `a = b` are its left and right sides (the operator is not named)
      const [left, right] = children.length === 2 ? children : [n.childForFieldName('left'), n.childForFieldName('right')];
      const op = n.childForFieldName('operator')?.type ?? '=';
      if (left && right) {
        const rightType = children.length === 2 ? lastType : right.type;
        assigns.push(this.assign(normExpr(this.src(left)), right, rightType, op, calls));
      }
    } else if (type === 'update_expression') {
      // `count++`: a count from zero is positive (`found = 0; ... found++; if (!found)`), the walk reads `++`/`--`
      const arg = children.length === 1 ? children[0] : n.childForFieldName('argument');
      if (arg) {
        // the operator stands first or last (`x[i++]--` is a decrement)
        const text = this.src(n);
        assigns.push({ target: normExpr(this.src(arg)), value: text.startsWith('++') || text.endsWith('++') ? '++' : '--' });
      }
    } else if (type === 'init_declarator') {
      // `*p = f(x)`: the declarator, then the value
      const [decl, value] = children.length === 2 ? children : [n.childForFieldName('declarator'), n.childForFieldName('value')];
      const name = decl ? declaredName(decl) : undefined;
      if (name && value) assigns.push(this.assign(name, value, children.length === 2 ? lastType : value.type, '=', calls));
    }
    this.depth--;
  }

  /** `rightType`: the type of `right`, already read. */
  private assign(target: string, right: Node, rightType: string, op: string, calls: CallExpr[]): Assign {
    const inner = isWrapper(rightType) ? stripParens(right) : right;
    const innerType = inner === right ? rightType : inner.type;
    const call = innerType === 'call_expression' ? calls.find((c) => c.offset === this.ctx.base + inner.startIndex) : undefined;
    if (op === '=') return { target, value: normExpr(this.src(right)), call };
    // `n += 2` counts up as `n++` does, `n -= 1` down as `n--` (a larger step down may cross zero); any other
    // compound assignment leaves the value unknown
    const amount = normExpr(this.src(right));
    if (op === '+=' && /^[1-9]\d*[uUlL]*$/.test(amount)) return { target, value: '++', call };
    if (op === '-=' && /^1[uUlL]*$/.test(amount)) return { target, value: '--', call };
    return { target, value: '?', call };
  }

  test(n: Node): Test {
    this.enter();
    const t = this.testInner(n);
    this.depth--;
    return t;
  }

  private testInner(n: Node): Test {
    const inner = stripParens(n);
    switch (inner.type) {
      case 'unary_expression': {
        const op = inner.childForFieldName('operator')?.type;
        const arg = inner.childForFieldName('argument');
        if (op === '!' && arg) return { op: 'not', arg: this.test(arg) };
        return { op: 'unknown' };
      }
      case 'binary_expression': {
        const op = inner.childForFieldName('operator')?.type ?? '';
        const left = inner.childForFieldName('left');
        const right = inner.childForFieldName('right');
        if (!left || !right) return { op: 'unknown' };
        if (op === '&&' || op === '||') {
          return { op: op === '&&' ? 'and' : 'or', left: this.test(left), right: this.test(right) };
        }
        const lz = isZero(this.src(left));
        const rz = isZero(this.src(right));
        if ((op === '==' || op === '!=') && (lz || rz)) {
          const t: Test = { op: 'zero', key: this.key(rz ? left : right) };
          return op === '==' ? t : { op: 'not', arg: t };
        }
        if (rz && (op === '<' || op === '<=')) return { op: 'neg', key: this.key(left) };
        if (rz && (op === '>=' || op === '>')) return { op: 'not', arg: { op: 'neg', key: this.key(left) } };
        return { op: 'unknown' };
      }
      case 'call_expression': {
        const c = this.call(inner);
        const arg = inner.childForFieldName('arguments');
        const first = arg ? kids(arg)[0] : undefined;
        if ((c.name === 'IS_ERR' || c.name === 'IS_ERR_OR_NULL') && first) {
          return { op: 'is_err', key: this.key(first), orNull: c.name === 'IS_ERR_OR_NULL' };
        }
        if (/^(unlikely|likely|WARN_ON|WARN_ON_ONCE|WARN)$/.test(c.name) && first) return this.test(first);
        // Kconfig tests are constants: every `IS_ENABLED(CONFIG_X)` of a function shares one key, so the
        // walk takes the same branch each time (no path that registers and then skips the unregister).
        if (CONFIG_TESTS.test(c.name)) return { op: 'not', arg: { op: 'zero', key: this.src(inner).replace(/\s+/g, '') } };
        return { op: 'not', arg: { op: 'zero', key: c.key } };
      }
      case 'identifier':
      case 'field_expression':
      case 'subscript_expression':
      case 'pointer_expression':
      case 'assignment_expression':
        return { op: 'not', arg: { op: 'zero', key: this.key(inner) } };
      default:
        return { op: 'unknown' };
    }
  }

  cond(n: Node): Cond {
    const { calls, assigns } = this.effects(n);
    return { text: this.src(n).trim(), calls, assigns, test: this.test(n) };
  }

  stmts(n: Node | null): Stmt[] {
    if (!n) return [];
    if (n.type === 'compound_statement') return kids(n).flatMap((c) => this.stmt(c));
    return this.stmt(n);
  }

  stmt(n: Node): Stmt[] {
    this.enter();
    const lowered = this.stmtInner(n);
    this.depth--;
    return lowered;
  }

  private stmtInner(n: Node): Stmt[] {
    const at = this.at(n);
    switch (n.type) {
      case 'compound_statement':
        return [{ kind: 'block', ...at, body: this.stmts(n) }];
      case 'expression_statement': {
        const e = kids(n)[0] ?? null;
        const type = e?.type;
        const calls: CallExpr[] = [];
        const assigns: Assign[] = [];
        if (e && type) this.effectsOf(e, type, calls, assigns);
        const discarded = type === 'call_expression' ? calls[calls.length - 1] : undefined;
        return [{ kind: 'expr', ...at, text: this.src(n).trim(), calls, assigns, discarded }];
      }
      case 'declaration': {
        const { calls, assigns } = this.effects(n);
        return calls.length || assigns.length ? [{ kind: 'expr', ...at, text: this.src(n).trim(), calls, assigns }] : [];
      }
      case 'if_statement': {
        const c = n.childForFieldName('condition');
        const alt = n.childForFieldName('alternative');
        const altStmt = alt ? (alt.type === 'else_clause' ? (kids(alt)[0] ?? null) : alt) : null;
        return [
          {
            kind: 'if',
            ...at,
            cond: c ? this.cond(c) : { text: '', calls: [], assigns: [], test: { op: 'unknown' } },
            whenTrue: this.stmts(n.childForFieldName('consequence')),
            whenFalse: altStmt ? this.stmts(altStmt) : undefined,
          },
        ];
      }
      case 'return_statement': {
        const e = kids(n)[0] ?? null;
        const { calls, assigns } = this.effects(e);
        return [{ kind: 'return', ...at, value: e ? this.src(e).replace(/\s+/g, ' ').trim() : undefined, calls, assigns }];
      }
      case 'goto_statement': {
        const l = n.childForFieldName('label');
        return [{ kind: 'goto', ...at, label: l ? this.src(l) : '' }];
      }
      case 'labeled_statement': {
        const l = n.childForFieldName('label');
        const inner = kids(n).filter((c) => c.type !== 'statement_identifier');
        return [{ kind: 'label', ...at, name: l ? this.src(l) : '' }, ...inner.flatMap((c) => this.stmt(c))];
      }
      case 'for_statement':
      case 'while_statement':
      case 'do_statement': {
        const body = n.childForFieldName('body');
        const header = kids(n).filter((c) => c.id !== body?.id);
        const calls: CallExpr[] = [];
        const assigns: Assign[] = [];
        for (const h of header) this.effects(h, calls, assigns);
        return [{ kind: 'loop', ...at, calls, assigns, body: this.stmts(body) }];
      }
      case 'switch_statement': {
        const { calls } = this.effects(n.childForFieldName('condition'));
        const body = n.childForFieldName('body');
        const cases: { isDefault: boolean; body: Stmt[] }[] = [];
        for (const c of body ? kids(body) : []) {
          if (c.type === 'case_statement') {
            const value = c.childForFieldName('value');
            cases.push({
              isDefault: !value,
              body: kids(c)
                .filter((k) => k.id !== value?.id)
                .flatMap((k) => this.stmt(k)),
            });
          } else if (cases.length > 0) {
            cases[cases.length - 1].body.push(...this.stmt(c));
          }
        }
        return [{ kind: 'switch', ...at, calls, cases }];
      }
      case 'break_statement':
        return [{ kind: 'break', ...at }];
      case 'continue_statement':
        return [{ kind: 'continue', ...at }];
      case 'ERROR':
        return [this.opaque(n)];
      default: {
        const { calls, assigns } = this.effects(n);
        return calls.length || assigns.length ? [{ kind: 'expr', ...at, text: this.src(n).trim(), calls, assigns }] : [];
      }
    }
  }

  /**
   * A statement the parser could not read (a macro it cannot know): the calls it still recognised,
   * else one opaque call named by its leading word with the names it mentions as arguments, so a
   * release or teardown among them is still seen.
   */
  private opaque(n: Node): Stmt {
    const at = this.at(n);
    const text = this.src(n).trim();
    const { calls, assigns } = this.effects(n);
    if (!calls.length) {
      const words = [...new Set(text.match(/[A-Za-z_]\w*/g) ?? [])];
      const lead = /^([A-Za-z_]\w*)\s*\(/.exec(text)?.[1];
      const offset = at.offset;
      calls.push({
        name: lead ?? '<unparsed>',
        args: words.filter((w) => w !== lead),
        line: at.line,
        column: this.ctx.columnAt(offset),
        offset,
        endOffset: this.ctx.base + n.endIndex,
        key: `@${offset}`,
      });
    }
    return { kind: 'expr', ...at, text, calls, assigns };
  }
}

/** Nodes stripParens looks through. */
function isWrapper(type: string): boolean {
  return type === 'parenthesized_expression' || type === 'cast_expression';
}

/** `((void *)f(x))` -> `f(x)`: parentheses and casts do not change which value it is. */
function stripParens(n: Node): Node {
  let cur = n;
  for (let type = cur.type; isWrapper(type); type = cur.type) {
    const inner = type === 'cast_expression' ? cur.childForFieldName('value') : kids(cur)[0];
    if (!inner) break;
    cur = inner;
  }
  return cur;
}

function declaredName(n: Node): string | undefined {
  for (let cur: Node | null = n; cur; cur = cur.childForFieldName('declarator')) if (cur.type === 'identifier') return cur.text;
  return undefined;
}

function isZero(s: string): boolean {
  return /^\(?\s*(NULL|0|0L|0UL|\(void\s*\*\)\s*0)\s*\)?$/.test(s.trim());
}
