// Fix for build/kdir-not-overridable: `KDIR := path` -> `KDIR ?= path`; a `-C /lib/modules/$(shell uname -r)/build`
// written in the recipe gets a `KDIR ?=` default and `-C $(KDIR)`. Anything else (override, composite paths,
// other literals) has no unique fix.

import { insertLines, rewriteLine } from '../../fix/lines.js';
import { reEscape } from '../../text/regexp.js';
import type { Edit, Fixer } from '../../fix/types.js';
import { headersOverridability, kbuildCalls } from '../../model/make/wrapper.js';

const RUNNING = /^\/lib\/modules\/\$[({]shell uname -r[)}]\/build\/?$/;

const fix: Fixer = (model, f) => {
  const mf = f.file ? model.make.get(f.file) : undefined;
  if (!mf || !f.line) return [];
  const calls = kbuildCalls(mf).filter((c) => c.ext);
  for (const call of calls) {
    const o = headersOverridability(mf, call.dir);
    if (o.overridable) continue;
    const pin = o.pinnedBy;
    if (pin && pin.line === f.line) {
      if (pin.override || pin.target || !['=', ':=', '::='].includes(pin.op)) return [];
      const edit = rewriteLine(model, mf.path, pin.line, (t) =>
        t.replace(new RegExp(`^(\\s*(?:export\\s+)?${reEscape(pin.name)}\\s*)(::=|:=|=)`), '$1?='),
      );
      return edit ? [edit] : [];
    }
    if (!pin && o.reason === 'literal' && call.step.line === f.line && RUNNING.test(call.dir)) {
      // An overridable variable that already holds this path (an earlier fix's KDIR ?=) is used as it is.
      const holder = mf.assignments.find(
        (a) =>
          a.op === '?=' &&
          !a.target &&
          a.value.trim() === call.dir.replace(/\/$/, '') &&
          a.conditions.length === call.rule.conditions.length,
      );
      if (!holder && mf.assignments.some((a) => a.name === 'KDIR')) return [];
      const name = holder?.name ?? 'KDIR';
      const same = calls.filter((c) => c.dir === call.dir);
      const first = Math.min(...same.map((c) => c.rule.line));
      const edits: (Edit | undefined)[] = holder ? [] : [insertLines(model, mf.path, first, [`KDIR ?= ${call.dir.replace(/\/$/, '')}`])];
      for (const line of new Set(same.map((c) => c.step.line)))
        edits.push(
          rewriteLine(model, mf.path, line, (t) =>
            t.replace(new RegExp(`(-C\\s*|--directory=)(["']?)${reEscape(call.dir)}\\2(?=\\s|$)`, 'g'), `$1$(${name})`),
          ),
        );
      return edits.every(Boolean) ? (edits as Edit[]) : [];
    }
  }
  return [];
};

export default fix;
