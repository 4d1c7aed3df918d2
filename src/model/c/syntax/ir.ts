// A small typed IR of one function body: what the cleanup analysis walks. Offsets and lines are
// those of the whole file.

export interface CallExpr {
  /** Callee as written: an identifier, or `ops->probe` for calls through pointers. */
  name: string;
  /** Argument texts from the original source, trimmed. */
  args: string[];
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  /** `key` under which the call's result is known to conditions and returns (`@<offset>`). */
  key: string;
}

/** `target = value` (also a declaration's initializer). */
export interface Assign {
  target: string;
  /** The assigned expression, normalized (see `normExpr`). */
  value: string;
  /** The call whose result is assigned, when the value is a call. */
  call?: CallExpr;
}

/**
 * A condition reduced to the tests the analysis understands. Keys are normalized expressions or
 * `@<offset>` for a call's result.
 */
export type Test =
  | { op: 'not'; arg: Test }
  | { op: 'and' | 'or'; left: Test; right: Test }
  /** the key is NULL / zero */
  | { op: 'zero'; key: string }
  /** the key is negative (`< 0`, `<= 0`) */
  | { op: 'neg'; key: string }
  /** IS_ERR(key) / IS_ERR_OR_NULL(key) */
  | { op: 'is_err'; key: string; orNull: boolean }
  | { op: 'unknown' };

export interface Cond {
  text: string;
  calls: CallExpr[];
  assigns: Assign[];
  test: Test;
}

interface At {
  line: number;
  offset: number;
}

export type Stmt =
  | (At & { kind: 'expr'; text: string; calls: CallExpr[]; assigns: Assign[]; discarded?: CallExpr })
  | (At & { kind: 'if'; cond: Cond; whenTrue: Stmt[]; whenFalse?: Stmt[] })
  | (At & { kind: 'return'; value?: string; calls: CallExpr[]; assigns: Assign[] })
  | (At & { kind: 'goto'; label: string })
  | (At & { kind: 'label'; name: string })
  | (At & { kind: 'loop'; calls: CallExpr[]; assigns: Assign[]; body: Stmt[] })
  | (At & { kind: 'switch'; calls: CallExpr[]; cases: { isDefault: boolean; body: Stmt[] }[] })
  | (At & { kind: 'break' | 'continue' })
  | (At & { kind: 'block'; body: Stmt[] });

export interface FunctionBody {
  name: string;
  file: string;
  line: number;
  body: Stmt[];
  /** Why the body cannot be trusted (syntax errors, ...): the analysis then concludes nothing. */
  problems: string[];
  /** Parsed bytes (for throughput figures). */
  bytes: number;
  /** Statements that did not parse and were kept as opaque calls (see function-body.ts). */
  recovered?: number;
}

/** `( &dev->x )` -> `dev->x`; `(struct foo *)p` -> `p`; whitespace removed. */
export function normExpr(text: string): string {
  let t = text.replace(/\s+/g, '');
  for (;;) {
    const before = t;
    if (t.startsWith('(') && matchingClose(t, 0) === t.length - 1) t = t.slice(1, -1);
    const cast = /^\((?:const)?(?:struct|union|enum)?[A-Za-z_][A-Za-z0-9_]*\**\)(?=[A-Za-z_&(*])/.exec(t);
    if (cast) t = t.slice(cast[0].length);
    if (t.startsWith('&') && !t.startsWith('&&')) t = t.slice(1);
    if (t === before) return t;
  }
}

function matchingClose(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
