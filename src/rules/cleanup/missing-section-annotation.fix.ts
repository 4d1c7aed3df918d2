// Fix for cleanup/missing-section-annotation: `__init`/`__exit` written before the entry function's name, unless
// other code calls the function (a section mismatch then: modpost warns and the call may jump into freed memory).

import { ModuleFunctions } from '../../analysis/cleanup/entry-functions.js';
import { fileLines, rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';

const fix: Fixer = (model, f) => {
  for (const m of model.modules) {
    const fns = new ModuleFunctions(model, m);
    for (const [entry, want] of [
      [m.init, '__init'],
      [m.exit, '__exit'],
    ] as const) {
      if (!entry) continue;
      const found = fns.find(entry.function, entry.file);
      if (!found || found.file.path !== f.file || found.def.line !== f.line || found.def.annotations.includes(want)) continue;
      const name = entry.function;
      const callers = [...m.sources].some((p) =>
        model.c
          .get(p)
          ?.callsNamed((n) => n === name)
          .some((c) => c.function !== undefined && c.function !== name),
      );
      if (callers) return [];
      const lines = fileLines(model, found.file.path) ?? [];
      const re = new RegExp(`(^|\\s)${name}(\\s*\\()`);
      // The name sits on the definition's line or, in `static int\nname(void)` style, on the next one.
      const l = [found.def.line, found.def.line + 1].find((n) => re.test(lines[n - 1] ?? ''));
      if (l === undefined) return [];
      const text = lines[l - 1];
      const typeLine = lines[l - 2] ?? '';
      // `static int\nname(void)`: the annotation ends the type line, as in the kernel (`static int __init\nname(void)`).
      const edit =
        /^\s*$/.test(text.slice(0, text.indexOf(name))) && /^\s*(static\s+)?[\w\s*]*\w[\s*]*$/.test(typeLine)
          ? rewriteLine(model, found.file.path, l - 1, (t) => `${t.replace(/\s+$/, '')} ${want}`)
          : rewriteLine(model, found.file.path, l, (t) => t.replace(re, `$1${want} ${name}$2`));
      return edit ? [edit] : [];
    }
  }
  return [];
};

export default fix;
