// Reads a Makefile or Kbuild file as text into assignments, conditionals, includes and rules, with line numbers.
// Nothing is expanded or executed here; broken input gives a partial model plus notes.

import { USER_INVOCATION, evalConditions } from './conditions.js';
import { closingIndex } from './expand.js';
import type { AssignOp, MakeAssignment, MakeCondition, MakeFile, MakeRule } from './types.js';

const MAX_LINES = 200_000;

interface LogicalLine {
  text: string;
  line: number;
  /** Began with a tab: a recipe line when it follows a rule. */
  tab: boolean;
}

/** Joins backslash-continued lines. Recipe lines keep their text; make lines collapse the break to one space. */
function logicalLines(physical: string[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let text = physical[i];
    const tab = text.startsWith('\t');
    while (endsWithContinuation(text) && i + 1 < physical.length) {
      i++;
      const next = tab ? physical[i].replace(/^\t/, '') : physical[i].trimStart();
      text = tab ? `${text.slice(0, -1)} ${next}` : `${text.slice(0, -1).trimEnd()} ${next}`;
    }
    out.push({ text, line: start + 1, tab });
  }
  return out;
}

function endsWithContinuation(s: string): boolean {
  const m = /\\+$/.exec(s);
  return !!m && m[0].length % 2 === 1;
}

/** Drops a `#` comment (not `\#`); make lines only, recipes belong to the shell. */
export function stripComment(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '#') return s.slice(0, i);
  }
  return s;
}

type Hit =
  | { kind: 'assign'; op: AssignOp; index: number }
  | { kind: 'colon'; index: number; double: boolean }
  | { kind: 'semi'; index: number };

/** First assignment operator, rule colon or `;` outside variable references. */
function firstOperator(s: string, withSemi: boolean): Hit | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      const end = closingIndex(s, i + 1);
      if (end < 0) return undefined;
      i = end;
      continue;
    }
    if (c === '$') {
      i++;
      continue;
    }
    if (c === '=') return { kind: 'assign', op: '=', index: i };
    if ((c === '?' || c === '+' || c === '!') && s[i + 1] === '=') return { kind: 'assign', op: `${c}=` as AssignOp, index: i };
    if (c === ':') {
      if (s.startsWith(':::=', i)) return { kind: 'assign', op: ':::=', index: i };
      if (s.startsWith('::=', i)) return { kind: 'assign', op: '::=', index: i };
      if (s.startsWith(':=', i)) return { kind: 'assign', op: ':=', index: i };
      // `C:\path` is a drive letter, not a rule.
      if (i === 1 && /[A-Za-z]/.test(s[0]) && (s[2] === '\\' || s[2] === '/')) continue;
      return { kind: 'colon', index: i, double: s[i + 1] === ':' };
    }
    if (withSemi && c === ';') return { kind: 'semi', index: i };
  }
  return undefined;
}

/** `override export X` -> flags plus the bare rest. */
/** `[override] [export] NAME op value`, split at the operator `hit` found. */
function assignment(
  mods: ReturnType<typeof modifiers>,
  hit: Extract<Hit, { kind: 'assign' }>,
  line: number,
  conds: MakeCondition[],
): MakeAssignment {
  return {
    name: mods.rest.slice(0, hit.index).trim(),
    op: hit.op,
    value: mods.rest.slice(hit.index + hit.op.length).trim(),
    line,
    override: mods.override,
    export: mods.export,
    conditions: conds,
  };
}

function modifiers(s: string): { override: boolean; export: boolean; rest: string } {
  let rest = s.trimStart();
  let override = false;
  let exp = false;
  for (;;) {
    const m = /^(override|export|private)\s+/.exec(rest);
    if (!m) break;
    if (m[1] === 'override') override = true;
    if (m[1] === 'export') exp = true;
    rest = rest.slice(m[0].length);
  }
  return { override, export: exp, rest };
}

const CONDITIONAL = /^(ifeq|ifneq|ifdef|ifndef)(?:\s+|(?=[("']))(.*)$/;

function isSpecialTarget(t: string): boolean {
  return (t.startsWith('.') && !t.includes('/')) || t.includes('%');
}

export function parseMakefile(path: string, text: string, kind: 'Makefile' | 'Kbuild'): MakeFile {
  const file: MakeFile = { path, kind, assignments: [], rules: [], includes: [], notes: [] };
  let physical = text.replace(/\r\n?/g, '\n').split('\n');
  if (physical.length > 0 && physical.at(-1) === '') physical.pop();
  if (physical.length > MAX_LINES) {
    file.notes.push({ message: `only the first ${MAX_LINES} of ${physical.length} lines were read` });
    physical = physical.slice(0, MAX_LINES);
  }
  file.lineCount = physical.length;
  file.chars = text.length;

  // Binary garbage: blank such lines (line numbers stay right) and say so once.
  let garbage = 0;
  physical = physical.map((l) => {
    if (/[\x00-\x08\x0e-\x1f]/.test(l)) {
      garbage++;
      return '';
    }
    return l;
  });
  if (garbage > 0) file.notes.push({ message: `${garbage} line(s) hold binary data and were skipped; the model is partial` });

  // Each frame is one if...endif; `else ifeq` adds a condition to the same frame.
  const frames: MakeCondition[][] = [];
  const conditions = () => frames.flat();
  let rule: MakeRule | undefined;
  const lines = logicalLines(physical);
  let strayNotes = 0;

  for (let li = 0; li < lines.length; li++) {
    const { text: raw, line, tab } = lines[li];

    if (tab && rule) {
      const cmd = raw.replace(/^\t/, '');
      if (cmd.trim() !== '') rule.recipe.push({ text: cmd.trim(), line });
      continue;
    }

    const stmt = stripComment(raw).trim();
    if (stmt === '') continue;

    // define NAME [op] ... endef (bodies are not parsed; nested defines counted)
    const def = /^((?:override\s+|export\s+|private\s+)*)define\s+(\S+)\s*(=|:=|::=|:::=|\?=|\+=|!=)?\s*$/.exec(stmt);
    if (def) {
      let depth = 1;
      const body: string[] = [];
      let j = li + 1;
      for (; j < lines.length; j++) {
        const t = lines[j].text.trim();
        if (/^((override|export|private)\s+)*define(\s|$)/.test(t)) depth++;
        else if (/^endef(\s|$|#)/.test(t) && --depth === 0) break;
        body.push(lines[j].text);
      }
      if (j >= lines.length) file.notes.push({ line, message: `define ${def[2]} has no endef; the rest of the file was not read` });
      file.assignments.push({
        name: def[2],
        op: (def[3] as AssignOp) ?? '=',
        value: body.join('\n'),
        line,
        override: /override/.test(def[1]),
        export: /export/.test(def[1]),
        conditions: conditions(),
        define: true,
      });
      li = j;
      rule = undefined;
      continue;
    }
    if (/^endef(\s|$)/.test(stmt)) {
      file.notes.push({ line, message: 'endef without define' });
      continue;
    }

    // Conditionals do not end a rule's recipe.
    const cond = CONDITIONAL.exec(stmt);
    if (cond) {
      frames.push([{ directive: cond[1] as MakeCondition['directive'], args: cond[2].trim(), negated: false, line }]);
      continue;
    }
    const els = /^else(?:\s+(.*))?$/.exec(stmt);
    if (els) {
      const frame = frames.at(-1);
      if (!frame) {
        file.notes.push({ line, message: 'else without a matching if; ignored' });
        continue;
      }
      const last = frame[frame.length - 1];
      if (last.negated) {
        file.notes.push({ line, message: 'more than one else for one conditional' });
        continue;
      }
      frame[frame.length - 1] = { ...last, negated: true };
      const chained = els[1] ? CONDITIONAL.exec(els[1].trim()) : undefined;
      if (chained) frame.push({ directive: chained[1] as MakeCondition['directive'], args: chained[2].trim(), negated: false, line });
      else if (els[1]) file.notes.push({ line, message: `unexpected text after else: ${els[1].trim()}` });
      continue;
    }
    if (/^endif(\s|$)/.test(stmt)) {
      if (!frames.pop()) file.notes.push({ line, message: 'endif without a matching if; ignored' });
      continue;
    }

    rule = undefined;

    const inc = /^(-include|sinclude|include)\s+(.*)$/.exec(stmt);
    if (inc && !/^(=|:=|::=|\?=|\+=|!=)/.test(inc[2].trim())) {
      for (const p of makeWords(inc[2])) {
        file.includes.push({ path: p, optional: inc[1] !== 'include', line, conditions: conditions() });
      }
      continue;
    }
    // NVIDIA's kernel-open/Kbuild: `$(foreach m, $(MODULES), $(eval include $(src)/$(m)/$(m).Kbuild))`.
    const each = /^\$[({]foreach\s+([A-Za-z_]\w*)\s*,(.*),\s*\$[({]eval\s+(-include|sinclude|include)\s+(.+?)\s*[)}]\s*[)}]$/s.exec(stmt);
    if (each) {
      for (const p of makeWords(each[4])) {
        file.includes.push({
          path: p,
          optional: each[3] !== 'include',
          line,
          conditions: conditions(),
          each: { variable: each[1], list: each[2].trim() },
        });
      }
      continue;
    }
    if (/^(vpath|unexport|undefine|load)(\s|$)/.test(stmt)) continue;

    const mods = modifiers(stmt);
    const hit = firstOperator(mods.rest, false);
    if (!hit) {
      if (/^export(\s|$)/.test(stmt) || mods.export) continue; // `export` or `export NAME`: no value
      if (/^\$[({](eval|info|warning|error|call)\s/.test(stmt)) {
        if (stmt.startsWith('$(eval') || stmt.startsWith('${eval')) {
          file.notes.push({ line, message: '$(eval ...) generates make text the audit does not model' });
        }
        continue;
      }
      if (strayNotes++ < 5)
        file.notes.push({ line, message: 'line is neither an assignment, a rule nor a directive (make would stop: missing separator)' });
      continue;
    }

    if (hit.kind === 'assign') {
      file.assignments.push(assignment(mods, hit, line, conditions()));
      continue;
    }
    if (hit.kind !== 'colon') continue;

    const targets = mods.rest.slice(0, hit.index).trim().split(/\s+/).filter(Boolean);
    let rest = mods.rest.slice(hit.index + (hit.double ? 2 : 1));

    // Target-specific variable: `target: [override|export] VAR op value`.
    const tmods = modifiers(rest);
    const inner = firstOperator(tmods.rest, true);
    if (inner?.kind === 'assign') {
      for (const t of targets) file.assignments.push({ ...assignment(tmods, inner, line, conditions()), target: t });
      continue;
    }

    let inlineRecipe: string | undefined;
    const semi = firstOperator(rest, true);
    if (semi?.kind === 'colon') rest = rest.slice(semi.index + 1); // static pattern rule: targets: pattern: prereqs
    const semi2 = firstOperator(rest, true);
    if (semi2?.kind === 'semi') {
      inlineRecipe = rest.slice(semi2.index + 1).trim();
      rest = rest.slice(0, semi2.index);
    }
    const [normal, orderOnly] = rest.split('|');
    rule = {
      targets,
      prerequisites: normal.trim().split(/\s+/).filter(Boolean),
      recipe: inlineRecipe ? [{ text: inlineRecipe, line }] : [],
      line,
      conditions: conditions(),
      doubleColon: hit.double,
    };
    if (orderOnly !== undefined) rule.orderOnly = orderOnly.trim().split(/\s+/).filter(Boolean);
    // A `;` recipe in raw text may hold a `#` the comment stripper cut; take it from the unstripped line.
    if (inlineRecipe !== undefined) {
      const rawSemi = raw.indexOf(';', raw.indexOf(':'));
      if (rawSemi >= 0) rule.recipe = [{ text: raw.slice(rawSemi + 1).trim(), line }];
    }
    file.rules.push(rule);
  }

  for (const frame of frames) {
    file.notes.push({ line: frame[0].line, message: `${frame[0].directive} without endif; the conditional runs to the end of the file` });
  }
  if (strayNotes > 5) file.notes.push({ message: `${strayNotes - 5} more line(s) make could not parse` });
  file.defaultTarget = defaultTarget(file);
  return file;
}

/** `.DEFAULT_GOAL`, else the first ordinary target of a rule a user's plain `make` reads. */
function defaultTarget(file: MakeFile): string | undefined {
  const goal = file.assignments.find((a) => a.name === '.DEFAULT_GOAL' && !a.target);
  if (goal?.value && !goal.value.includes('$')) return goal.value.split(/\s+/)[0];
  for (const r of file.rules) {
    if (evalConditions(r.conditions, USER_INVOCATION) === false) continue;
    const t = r.targets.find((x) => !isSpecialTarget(x));
    if (t && !isSpecialTarget(r.targets[0])) return t;
  }
  return undefined;
}

/** Helper for callers: assignments to one variable, in file order. */
export function assignmentsOf(file: MakeFile, name: string): MakeAssignment[] {
  return file.assignments.filter((a) => a.name === name);
}

/** Words of a make list, a `$(...)` reference kept whole (`$(wildcard $(src)/*.Kbuild)` is one word). */
export function makeWords(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text.trim()) {
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
