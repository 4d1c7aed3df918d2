// Facts about a Makefile wrapper (the part a user runs, which calls `make -C <headers> M=<dir>`), derived from a
// parsed MakeFile. Pure functions: the build rules use them, nothing is evaluated beyond the file's own text.

import { USER_INVOCATION, evalConditions, isUnsetGuard } from './conditions.js';
import { closingIndex, referencedVariables } from './expand.js';
import type { MakeAssignment, MakeFile, MakeRecipeLine, MakeRule } from './types.js';

/** Splits a command line into words, keeping `$(...)` and quoted strings whole. */
export function shellWords(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const end = closingIndex(text, i + 1);
      const stop = end < 0 ? text.length - 1 : end;
      cur += text.slice(i, stop + 1);
      i = stop;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const stop = end < 0 ? text.length - 1 : end;
      cur += text.slice(i, stop + 1);
      i = stop;
    } else if (/\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** One recipe line that hands over to kbuild: `$(MAKE) -C <dir> M=<dir> [targets]`. */
export interface KbuildCall {
  rule: MakeRule;
  step: MakeRecipeLine;
  /** The `-C` argument as written (`$(KDIR)`, `/lib/modules/$(shell uname -r)/build`). */
  dir: string;
  /** `M=`, `SUBDIRS=` or `KBUILD_EXTMOD=` with its value as written (M= or KBUILD_EXTMOD= when SUBDIRS= is also given). */
  ext?: { name: 'M' | 'SUBDIRS' | 'KBUILD_EXTMOD'; value: string };
  /** Goals after the options (`modules`, `clean`, `modules_install`). */
  goals: string[];
}

const MAKE_WORD = /^(\$[({]MAKE[)}]|make|gmake|\$[({]MAKE_?CMD[)}])$/;

/** Every recipe line of the file that runs make with `-C` and an external-module argument (or the `modules` goal). */
export function kbuildCalls(file: MakeFile): KbuildCall[] {
  const out: KbuildCall[] = [];
  for (const rule of file.rules) {
    for (const step of rule.recipe) {
      for (const segment of step.text.split(/&&|\|\||;/)) {
        const words = shellWords(segment.trim().replace(/^[@+-]+/, ''));
        const start = words.findIndex((w) => MAKE_WORD.test(w.replace(/^[@+-]+/, '')));
        if (start < 0) continue;
        let dir: string | undefined;
        let ext: KbuildCall['ext'];
        const goals: string[] = [];
        for (let i = start + 1; i < words.length; i++) {
          const w = words[i];
          if (w === '-C' || w === '--directory') dir = words[++i];
          else if (w.startsWith('-C')) dir = w.slice(2);
          else if (w.startsWith('--directory=')) dir = w.slice('--directory='.length);
          else {
            const m = /^(M|SUBDIRS|KBUILD_EXTMOD)=(.*)$/.exec(w);
            // kbuild reads SUBDIRS only when neither M= nor KBUILD_EXTMOD= is given (and since 5.3 refuses it
            // then): next to one of those it is ignored, so the effective argument is the other.
            if (m && !(m[1] === 'SUBDIRS' && ext && ext.name !== 'SUBDIRS'))
              ext = { name: m[1] as 'M' | 'SUBDIRS' | 'KBUILD_EXTMOD', value: m[2] };
            else if (!w.startsWith('-') && !w.includes('=')) goals.push(w);
          }
        }
        if (dir === undefined) continue;
        if (!ext && !goals.some((g) => /^modules/.test(g))) continue;
        // `$(MAKE) -C hid-xpadneo clean modules`: a sub-make into a folder of the project, whose own Makefile
        // is the wrapper (kbuild needs M= to build an external module).
        if (!ext && /^[\w][\w.-]*(\/[\w.-]+)*\/?$/.test(dir) && !/^\.\.?(\/|$)/.test(dir)) continue;
        out.push({ rule, step, dir: dir.replace(/^["']|["']$/g, ''), ext, goals });
      }
    }
  }
  return out;
}

/** A file is a wrapper when it calls kbuild itself. */
export function isWrapper(file: MakeFile): boolean {
  return kbuildCalls(file).length > 0;
}

export interface Overridability {
  /** Variable named by the `-C` argument, when it is exactly one variable. */
  variable?: string;
  overridable: boolean;
  /** The assignment that pins the value (for findings). */
  pinnedBy?: MakeAssignment;
  /** Why, in words, for messages. */
  reason: 'unassigned' | 'conditional-default' | 'guarded' | 'fixed' | 'override' | 'literal' | 'composite';
}

/** Whether the caller (environment, CI, dkms, cross builds) can point `-C` at another header tree. */
export function headersOverridability(file: MakeFile, dirArg: string): Overridability {
  const single = /^\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]\/?$/.exec(dirArg.trim());
  if (!single) {
    const refs = referencedVariables(dirArg);
    if (refs.length === 0 || !dirArg.includes('$')) return { overridable: false, reason: 'literal' };
    // `/lib/modules/$(KVER)/build`: another release can be chosen, not another tree.
    const anyOverridable = refs.some((r) => variableOverridability(file, r).overridable);
    return { overridable: anyOverridable, reason: 'composite' };
  }
  return { variable: single[1], ...variableOverridability(file, single[1]) };
}

/** Whether an environment variable of this name reaches make (a command-line one always does unless `override`). */
export function variableOverridability(file: MakeFile, name: string): Omit<Overridability, 'variable'> {
  const assigns = file.assignments.filter((a) => a.name === name && !a.target);
  if (assigns.length === 0) return { overridable: true, reason: 'unassigned' };
  const forced = assigns.find((a) => a.override);
  if (forced) return { overridable: false, pinnedBy: forced, reason: 'override' };
  for (const a of assigns) {
    if (a.op === '?=') continue;
    if (a.conditions.some((c) => isUnsetGuard(c, name))) continue;
    if (a.op === '+=' && assigns.some((b) => b.op === '?=' && b.line < a.line)) continue;
    return { overridable: false, pinnedBy: a, reason: 'fixed' };
  }
  return { overridable: true, reason: assigns.some((a) => a.op === '?=') ? 'conditional-default' : 'guarded' };
}

/** Rules a plain `make` (no goal, KERNELRELEASE empty) runs: the default target and what it depends on. */
export function defaultGoalRules(file: MakeFile): MakeRule[] {
  if (!file.defaultTarget) return [];
  const visible = file.rules.filter((r) => evalConditions(r.conditions, USER_INVOCATION) !== false);
  const seen = new Set<string>();
  const out: MakeRule[] = [];
  const queue = [file.defaultTarget];
  while (queue.length) {
    const t = queue.shift() as string;
    if (seen.has(t)) continue;
    seen.add(t);
    for (const r of visible) {
      if (!r.targets.includes(t)) continue;
      if (!out.includes(r)) out.push(r);
      queue.push(...r.prerequisites);
    }
  }
  return out;
}

/** Targets defined by rules visible to a user's plain `make` (KERNELRELEASE empty). */
export function userTargets(file: MakeFile): Set<string> {
  const out = new Set<string>();
  for (const r of file.rules) {
    if (evalConditions(r.conditions, USER_INVOCATION) === false) continue;
    for (const t of r.targets) out.add(t);
  }
  return out;
}

/** Command names a recipe line runs (first word of each pipeline part, after `sudo`, `env`, `$(Q)` ...). */
export function commandNames(text: string): string[] {
  if (/^\s*[@+-]*\s*#/.test(text)) return []; // a shell comment
  const unquoted = text
    .replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""')
    .replace(/\$[({](Q|quiet)[)}]/g, '')
    .replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, '$$$1'); // $(MAKE) -> $MAKE, so only shell's $( splits
  const out: string[] = [];
  for (const part of unquoted.split(/&&|\|\||[;|()`]|\$\(/)) {
    const words = shellWords(part.trim().replace(/^[@+-]+/, ''));
    let i = 0;
    while (i < words.length) {
      const w = words[i];
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || w === 'exec' || w === 'env' || w === 'then' || w === 'do' || w === 'else' || w === '!') {
        i++;
        continue;
      }
      out.push(w.replace(/^.*\//, ''));
      if (w === 'sudo' || w.endsWith('/sudo')) {
        i++;
        while (i < words.length && words[i].startsWith('-')) i++;
        continue;
      }
      break;
    }
  }
  return out;
}
