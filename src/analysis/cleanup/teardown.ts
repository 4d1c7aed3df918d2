// What an exit/remove function releases, in source order, following the module's own functions.

import { TEARDOWN_ANYWHERE } from './teardown-names.js';
import { releasedKinds } from '../../data/acquire-release.js';
import type { CallExpr, FunctionBody, Stmt } from '../../model/c/syntax/ir.js';
import { normExpr } from '../../model/c/syntax/ir.js';
import type { Res } from './walk.js';

export interface TeardownRelease {
  /** Families released; empty for a teardown-like call of unknown effect, matched by handle. */
  kinds: string[];
  handles: string[];
  call: CallExpr;
  file: string;
  /** Made by a remove callback that a driver's unregistration runs (for each device bound, not the module's own). */
  viaRemove?: true;
}

export interface TeardownFacts {
  /** The function only returns an error (`return -EBUSY;`): the driver refuses to be removed. */
  refuses: boolean;
  releases: TeardownRelease[];
  /**
   * Releases made elsewhere on the module's behalf: by the callbacks it installs for a framework to run at
   * unregistration (`.shutdown = shutdown_smi`, `card->private_free = foo_free`, `v4l2_dev.release = ...`) and
   * by the teardown functions it exports to its users (ssb_bus_unregister). They end what init acquired, in no
   * order the release-order rule could judge.
   */
  indirect?: TeardownRelease[];
  inconclusive: string[];
}

/** A release of the same family, or a teardown-like call handed the resource (or what holds it). */
export function releases(rel: TeardownRelease, r: Res): boolean {
  if (rel.kinds.length) return rel.kinds.includes(r.spec.kind);
  return rel.handles.some((a) =>
    r.handles.some((h) => a === h || h.startsWith(`${a}->`) || h.startsWith(`${a}.`) || a.startsWith(`${h}->`)),
  );
}

export interface TeardownEnv {
  body(name: string, fromFile: string): FunctionBody | undefined;
  /** Whether `body` would find one, without parsing it. */
  has(name: string, fromFile: string): boolean;
  opaqueMacro(name: string): boolean;
  maxDepth: number;
  /** The module functions a struct of the module installs as its remove callback (`.remove = foo_remove`). */
  removeCallbacks?(variable: string): string[];
}

const DRIVER_UNREGISTER = /^(\w+_unregister_driver|\w+_driver_unregister|usb_deregister|i2c_del_driver|driver_unregister)$/;

export function collectReleases(fb: FunctionBody, env: TeardownEnv, depth = 0, stack: string[] = []): TeardownFacts {
  const only = fb.body.length === 1 ? fb.body[0] : undefined;
  const refuses = only?.kind === 'return' && /^-\s*E[A-Z]+$/.test(only.value ?? '');
  const out: TeardownFacts = { refuses, releases: [], inconclusive: fb.problems.map((p) => `${fb.name}: ${p}`) };
  if (out.inconclusive.length) return out;
  const followCallback = (name: string): void => {
    if (depth >= env.maxDepth) return;
    const helper = env.body(name, fb.file);
    if (!helper) return;
    for (const r of collectReleases(helper, env, depth + 1, [...stack, fb.name]).releases) out.releases.push({ ...r, viaRemove: true });
  };
  const visitCall = (c: CallExpr): void => {
    const kinds = releasedKinds(c.name);
    if (kinds.length) {
      out.releases.push({ kinds: kinds.map((k) => k.kind), handles: c.args.map(normExpr), call: c, file: fb.file });
      // `pci_unregister_driver(&foo_driver)` runs foo_driver's remove for every device still bound to it
      if (DRIVER_UNREGISTER.test(c.name) && c.args[0] && env.removeCallbacks) {
        const variable = c.args[0].replace(/^\s*&/, '').trim();
        for (const name of env.removeCallbacks(variable)) if (!stack.includes(name)) followCallback(name);
      }
      return;
    }
    if (!stack.includes(c.name) && env.has(c.name, fb.file)) {
      if (depth >= env.maxDepth) {
        out.inconclusive.push(`${c.name} is nested too deep to follow`);
        return;
      }
      const inner = collectReleases(env.body(c.name, fb.file) as FunctionBody, env, depth + 1, [...stack, fb.name]);
      out.releases.push(...inner.releases);
      out.inconclusive.push(...inner.inconclusive);
      return;
    }
    if (env.opaqueMacro(c.name)) out.inconclusive.push(`${fb.name}: cannot follow macro ${c.name} (line ${c.line})`);
    else if (TEARDOWN_ANYWHERE.test(c.name)) out.releases.push({ kinds: [], handles: c.args.map(normExpr), call: c, file: fb.file });
    // A module function handed to a call (`idr_for_each(&idr, free_cb, NULL)`, `bus_for_each_dev(..., fn)`) is
    // run by it: what the callback releases is released by this teardown.
    for (const arg of c.args) {
      const name = /^&?\s*([A-Za-z_]\w*)$/.exec(arg.trim())?.[1];
      if (name && name !== c.name && !stack.includes(name) && env.has(name, fb.file)) visitCall({ ...c, name, args: [] });
    }
  };
  const visit = (stmts: Stmt[]): void => {
    for (const s of stmts) {
      switch (s.kind) {
        case 'expr':
        case 'return':
          s.calls.forEach(visitCall);
          break;
        case 'if':
          s.cond.calls.forEach(visitCall);
          visit(s.whenTrue);
          if (s.whenFalse) visit(s.whenFalse);
          break;
        case 'loop':
          s.calls.forEach(visitCall);
          visit(s.body);
          break;
        case 'switch':
          s.calls.forEach(visitCall);
          for (const c of s.cases) visit(c.body);
          break;
        case 'block':
          visit(s.body);
          break;
        default:
          break;
      }
    }
  };
  visit(fb.body);
  return out;
}
