// A control-flow graph of one function body, built from the syntax IR. Loops are taken once (the
// analysis ignores what they acquire, and trusts what they release), switch cases fall through,
// gotos jump to their labels, labels fall through into the next statement.

import type { Assign, CallExpr, Cond, Stmt } from '../../model/c/syntax/ir.js';

export type CfgNode =
  | { t: 'eff'; line: number; calls: CallExpr[]; assigns: Assign[]; discarded?: CallExpr; inLoop: LoopCalls; next: number }
  | {
      t: 'cond';
      line: number;
      cond: Cond;
      inLoop: LoopCalls;
      yes: number;
      no: number;
      yesBails?: boolean;
      noBails?: boolean;
      /** `if (c) f(x);`, no else, one statement assigning nothing: its calls (walk.ts, guardedRelease). */
      onlyCalls?: CallExpr[];
      /** `if (c) f(x); else g(y);`, each branch one statement of calls alone: both branches' calls (walk.ts, heldBranch). */
      branchCalls?: [CallExpr[], CallExpr[]];
    }
  | { t: 'ret'; line: number; value?: string; calls: CallExpr[]; assigns: Assign[]; inLoop: LoopCalls }
  | { t: 'multi'; succ: number[] }
  | { t: 'nop'; next: number }
  | { t: 'end' };

/** Inside a loop: the names of every call of the innermost loop (header and body); else undefined. */
export type LoopCalls = Set<string> | undefined;

export interface Cfg {
  nodes: CfgNode[];
  entry: number;
  /** Labels jumped to but never defined: the graph is incomplete. */
  missingLabels: string[];
}

interface Ctx {
  brk: number;
  cont: number;
  inLoop: LoopCalls;
}

export function buildCfg(body: Stmt[]): Cfg {
  const nodes: CfgNode[] = [{ t: 'end' }];
  const add = (n: CfgNode): number => nodes.push(n) - 1;
  const labels = new Map<string, number>();
  const collect = (stmts: Stmt[]): void => {
    for (const s of stmts) {
      if (s.kind === 'label' && !labels.has(s.name)) labels.set(s.name, add({ t: 'nop', next: 0 }));
      else if (s.kind === 'if') {
        collect(s.whenTrue);
        if (s.whenFalse) collect(s.whenFalse);
      } else if (s.kind === 'loop' || s.kind === 'block') collect(s.body);
      else if (s.kind === 'switch') for (const c of s.cases) collect(c.body);
    }
  };
  collect(body);
  const missingLabels: string[] = [];

  const seq = (stmts: Stmt[], next: number, ctx: Ctx): number => {
    let cur = next;
    // a statement right before a return of its own block runs once, not per iteration (thinkpad_acpi's `exit();
    // return ret;` where an iteration fails): what its helpers release is what was made once
    for (let i = stmts.length - 1; i >= 0; i--)
      cur = stmt(stmts[i], cur, stmts[i + 1]?.kind === 'return' ? { ...ctx, inLoop: undefined } : ctx);
    return cur;
  };

  const stmt = (s: Stmt, next: number, ctx: Ctx): number => {
    switch (s.kind) {
      case 'expr':
        return add({ t: 'eff', line: s.line, calls: s.calls, assigns: s.assigns, discarded: s.discarded, inLoop: ctx.inLoop, next });
      case 'if':
        return add({
          t: 'cond',
          line: s.line,
          cond: s.cond,
          inLoop: ctx.inLoop,
          yes: seq(s.whenTrue, next, ctx),
          no: s.whenFalse ? seq(s.whenFalse, next, ctx) : next,
          // inside a loop: does the branch leave it (a failed iteration that ends the loop)?
          yesBails: ctx.inLoop && bails(s.whenTrue),
          noBails: ctx.inLoop && bails(s.whenFalse ?? []),
          onlyCalls: onlyCalls(s.whenFalse ? [] : s.whenTrue),
          branchCalls: branchCalls(s.whenTrue, s.whenFalse),
        });
      case 'return':
        return add({ t: 'ret', line: s.line, value: s.value, calls: s.calls, assigns: s.assigns, inLoop: ctx.inLoop });
      case 'goto': {
        const target = labels.get(s.label);
        if (target === undefined) {
          missingLabels.push(s.label);
          return 0;
        }
        return target;
      }
      case 'label': {
        const n = labels.get(s.name) as number;
        const node = nodes[n];
        if (node.t === 'nop') node.next = next;
        return n;
      }
      case 'loop': {
        const inner = { brk: next, cont: next, inLoop: loopCalls(s) };
        const body = seq(s.body, next, inner);
        return s.calls.length || s.assigns.length
          ? add({ t: 'eff', line: s.line, calls: s.calls, assigns: s.assigns, inLoop: inner.inLoop, next: body })
          : body;
      }
      case 'switch': {
        const inner = { ...ctx, brk: next };
        const entries: number[] = [];
        let fall = next;
        for (let i = s.cases.length - 1; i >= 0; i--) {
          fall = seq(s.cases[i].body, fall, inner);
          entries.unshift(fall);
        }
        if (!s.cases.some((c) => c.isDefault)) entries.push(next);
        const multi = add({ t: 'multi', succ: entries });
        return s.calls.length ? add({ t: 'eff', line: s.line, calls: s.calls, assigns: [], inLoop: ctx.inLoop, next: multi }) : multi;
      }
      case 'break':
        return ctx.brk;
      case 'continue':
        return ctx.cont;
      case 'block':
        return seq(s.body, next, ctx);
    }
  };

  const entry = seq(body, 0, { brk: 0, cont: 0, inLoop: undefined });
  return { nodes, entry, missingLabels };
}

/** The calls of a branch that is one statement of calls alone (`pci_disable_device(pdev);`), else undefined. */
function branchCalls(whenTrue: Stmt[], whenFalse: Stmt[] | undefined): [CallExpr[], CallExpr[]] | undefined {
  const yes = onlyCalls(whenTrue);
  const no = whenFalse && onlyCalls(whenFalse);
  return yes && no ? [yes, no] : undefined;
}

function onlyCalls(stmts: Stmt[]): CallExpr[] | undefined {
  const [s] = stmts;
  return stmts.length === 1 && s.kind === 'expr' && s.calls.length > 0 && s.assigns.length === 0 ? s.calls : undefined;
}

function loopCalls(loop: Stmt & { kind: 'loop' }): Set<string> {
  const out = new Set<string>(loop.calls.map((c) => c.name));
  const visit = (stmts: Stmt[]): void => {
    for (const s of stmts) {
      if (s.kind === 'expr' || s.kind === 'return') for (const c of s.calls) out.add(c.name);
      else if (s.kind === 'if') {
        for (const c of s.cond.calls) out.add(c.name);
        visit(s.whenTrue);
        if (s.whenFalse) visit(s.whenFalse);
      } else if (s.kind === 'loop') {
        for (const c of s.calls) out.add(c.name);
        visit(s.body);
      } else if (s.kind === 'block') visit(s.body);
      else if (s.kind === 'switch') {
        for (const c of s.calls) out.add(c.name);
        for (const k of s.cases) visit(k.body);
      }
    }
  };
  visit(loop.body);
  return out;
}

/** The statements jump out (`goto`, `return`, `break`), not counting nested loops. */
function bails(stmts: Stmt[]): boolean {
  return stmts.some(
    (s) =>
      s.kind === 'goto' ||
      s.kind === 'return' ||
      s.kind === 'break' ||
      (s.kind === 'block' && bails(s.body)) ||
      (s.kind === 'if' && bails(s.whenTrue) && bails(s.whenFalse ?? [])),
  );
}
