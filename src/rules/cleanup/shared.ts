// Small helpers shared by the cleanup rules.

import type { ModuleCleanup, PairAnalysis } from '../../analysis/cleanup/module-analysis.js';
import type { TeardownRelease } from '../../analysis/cleanup/teardown.js';
import type { Res } from '../../analysis/cleanup/walk.js';
import type { CFile } from '../../model/c/types.js';
import type { CallExpr } from '../../model/c/syntax/ir.js';
import type { RepoModel } from '../../model/types.js';
import { holdsWord, IDENTIFIER_NAME } from '../../text/name-match.js';
import { isWordChar } from '../../text/word.js';
import type { RawFinding } from '../../types.js';

/** `kzalloc(sizeof(*p), GFP_KERNEL)` shortened for messages. */
export function callText(c: CallExpr): string {
  const args = c.args.join(', ');
  return `${c.name}(${args.length > 40 ? `${args.slice(0, 37)}...` : args})`;
}

export function at(file: string, c: CallExpr): Pick<RawFinding, 'file' | 'line' | 'column'> {
  return { file, line: c.line, column: c.column };
}

/**
 * Whether a probe's resource belongs to the module rather than to the device: its handle is a variable at file scope
 * (one for the module) and the module's exit releases it under that name. A probe that fails, or a device removed,
 * leaves it to the next device and to the exit (bnxt: `if (!bnxt_pf_wq) bnxt_pf_wq =
 * create_singlethread_workqueue(...)` in probe, `destroy_workqueue(bnxt_pf_wq)` in the module's exit).
 */
export function moduleOwned(model: RepoModel, m: ModuleCleanup, p: PairAnalysis, r: Res): boolean {
  if (p.pair.kind !== 'probe') return false;
  const names = r.handles.filter((h) => IDENTIFIER_NAME.test(h));
  if (names.length === 0) return false;
  const exit = m.pairs.find((o) => o.pair.kind === 'init')?.teardown;
  // Under that name, or in a function that reads it (sunhme's exit frees each `qfe = qfe_pci_list` of the module's
  // list); not through the remove callbacks a driver's unregistration runs: those release each device's own.
  const released = (name: string) =>
    (exit?.releases ?? []).some(
      (rel) => !rel.viaRemove && rel.kinds.includes(r.spec.kind) && (rel.handles.includes(name) || readIn(model, rel, name)),
    );
  const file = model.c.get(r.file);
  return file !== undefined && names.some((n) => released(n) && atFileScope(file, n));
}

/** Whether the function holding the release reads `name` (a word of its body). */
function readIn(model: RepoModel, rel: TeardownRelease, name: string): boolean {
  const file = model.c.get(rel.file);
  const fn = file?.functions.find((f) => f.bodyStart < rel.call.offset && rel.call.offset < f.bodyEnd);
  return file !== undefined && fn !== undefined && holdsWord(file.code.slice(fn.bodyStart, fn.bodyEnd), name);
}

/**
 * Whether `name` is declared as a variable at the file's top level (`static struct x *name;`): outside every brace and
 * parenthesis, so neither a struct's member nor a prototype's parameter of that name counts.
 */
function atFileScope(file: CFile, name: string): boolean {
  const code = file.code;
  let braces = 0;
  let parens = 0;
  let scanned = 0;
  for (let at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + name.length)) {
    for (; scanned < at; scanned++) {
      const c = code.charCodeAt(scanned);
      if (c === 123 /* { */) braces++;
      else if (c === 125 /* } */) braces = Math.max(0, braces - 1);
      else if (c === 40 /* ( */) parens++;
      else if (c === 41 /* ) */) parens = Math.max(0, parens - 1);
    }
    const end = at + name.length;
    if (braces > 0 || parens > 0) continue;
    if ((at > 0 && isWordChar(code.charCodeAt(at - 1))) || isWordChar(code.charCodeAt(end))) continue;
    if (/^\s*(?:\[[^\]]*\]\s*)*[;=,]/.test(code.slice(end, end + 80))) return true;
  }
  return false;
}
