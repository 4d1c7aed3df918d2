// Which modules kbuild would build: `obj-m` / `obj-$(CONFIG_X)` entries and their composite parts, resolved from
// the repository's own variables the way kbuild reads the file (KERNELRELEASE set). Nothing is executed.

import { posix } from 'node:path';
import { reEscape } from '../../text/regexp.js';
import type { AnalysisNote } from '../../types.js';
import { KBUILD_INVOCATION, comparisonOperands } from './conditions.js';
import { type ExpandContext, type Expansion, ExpansionBudget, UNKNOWN_VALUE, expand } from './expand.js';
import { buildFileBase, hasPlaceholder } from './template.js';
import type { MakeAssignment, MakeCondition, MakeFile, MakeInclude, ObjEntry } from './types.js';
import { makeWords } from './parse.js';

/** Includes nested deeper than this are not followed (a chain of thousands of fragments). */
const MAX_INCLUDE_DEPTH = 32;

class Var {
  /** Pieces appended with `+=`, joined when read: appending stays linear in the number of lines. */
  private parts: string[];
  private joined: string | undefined;
  constructor(
    value: string,
    /** `:=` variables hold an already expanded value. */
    readonly simple: boolean,
  ) {
    this.parts = [value];
    this.joined = value;
  }
  get value(): string {
    if (this.joined === undefined) this.joined = this.parts.filter(Boolean).join(' ');
    return this.joined;
  }
  append(v: string): void {
    if (v === '') return;
    this.parts.push(v);
    this.joined = undefined;
  }
}

const dirOf = (p: string) => {
  const d = posix.dirname(p);
  return d === '' ? '.' : d;
};

/** Stands for the loop variable of a `$(foreach ...)` include whose list is unknown. */
const EACH = '\u0000each\u0000';

const BUILTIN_DIR_VARS = new Set(['src', 'obj', 'M', 'CURDIR', 'PWD', 'KBUILD_EXTMOD', 'srctree']);

/** Resolves an include path written in `file` to a repository path, when it can. */
export function resolveIncludePath(
  file: MakeFile,
  written: string,
  vars?: (n: string) => string | undefined,
  ctx?: ExpandContext,
  /** The folder make runs in and `$(src)` names: the including build file's, unless it is a fragment read from one. */
  baseDir = dirOf(file.path),
): string | undefined {
  const dir = baseDir;
  const e = expand(written, (n) => (BUILTIN_DIR_VARS.has(n) && n !== 'srctree' ? `/@root/${dir}` : vars?.(n)), ctx);
  if (!e.resolved) return undefined;
  const v = e.value.trim();
  const joined = v.startsWith('/@root/') ? v.slice('/@root/'.length) : v.startsWith('/') ? undefined : posix.join(dir, v);
  return joined === undefined ? undefined : posix.normalize(joined);
}

/** `CONFIG_X=m` passed on a make command line in any recipe: the wrapper's way of enabling kbuild objects. */
function commandLineConfig(files: MakeFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    for (const r of f.rules) {
      for (const step of r.recipe) {
        if (!/(\$[({]MAKE[)}]|\bmake\b)/.test(step.text)) continue;
        for (const m of step.text.matchAll(/(?:^|\s)(CONFIG_[A-Za-z0-9_]+)=([^\s'"]*)/g)) out.set(m[1], m[2]);
      }
    }
  }
  return out;
}

class Reader {
  readonly vars = new Map<string, Var>();
  /** Assignments kbuild sees, in reading order, with the file they came from. */
  readonly seen: { a: MakeAssignment; file: MakeFile; obj?: Expansion }[] = [];

  constructor(
    private readonly byPath: Map<string, MakeFile>,
    private readonly cmdline: Map<string, string>,
    private readonly rootDir: string,
    private readonly budget: ExpansionBudget,
    private readonly note: (file: string, line: number | undefined, message: string) => void,
  ) {}

  /** Expands text written at `file`:`line` within the audit's budget. */
  expand(text: string, file: MakeFile, line: number): Expansion {
    return expand(text, this.lookup, { budget: this.budget, file: file.path, line });
  }

  lookup = (name: string): string | undefined => {
    const c = this.cmdline.get(name);
    if (c !== undefined) return c;
    const v = this.vars.get(name);
    if (v) return v.simple ? v.value.replace(/\$/g, '$$$$') : v.value;
    if (BUILTIN_DIR_VARS.has(name)) return this.rootDir;
    return undefined;
  };

  read(file: MakeFile, visiting: Set<string>): void {
    if (visiting.has(file.path)) return;
    if (visiting.size >= MAX_INCLUDE_DEPTH) {
      this.note(file.path, undefined, `included more than ${MAX_INCLUDE_DEPTH} levels deep; not read`);
      return;
    }
    visiting.add(file.path);
    type Ev = { line: number; assign?: MakeAssignment; include?: MakeFile['includes'][number] };
    const events: Ev[] = [
      ...file.assignments.map((a) => ({ line: a.line, assign: a })),
      ...file.includes.map((i) => ({ line: i.line, include: i })),
    ].sort((x, y) => x.line - y.line);
    for (const ev of events) {
      if (ev.include) {
        if (ev.include.conditions && this.holds(ev.include.conditions, file) === false) continue;
        for (const target of this.includeTargets(file, ev.include)) {
          const inc = this.byPath.get(target);
          if (inc) this.read(inc, visiting);
        }
        continue;
      }
      const a = ev.assign as MakeAssignment;
      if (a.target || this.holds(a.conditions, file) === false) continue;
      const entry: (typeof this.seen)[number] = { a, file };
      if (/^obj-|-(y|m|objs)$|^\$/.test(a.name) || a.name.includes('$')) {
        // obj-m := ... expands now; recursive forms are expanded after the whole file, like kbuild does.
        if (a.op === ':=' || a.op === '::=' || a.op === ':::=') entry.obj = this.expand(a.value, file, a.line);
      }
      this.seen.push(entry);
      this.assign(a, file);
    }
    visiting.delete(file.path);
  }

  /** Each conditional decided once, as make decides it when it reads the `ifeq` line. */
  private decided = new Map<MakeCondition, boolean | undefined>();

  /**
   * Whether lines under these conditionals are read: with kbuild's own variables and the values the build files set
   * so far (`CONFIG_RTL8822B = n` makes `ifeq ($(CONFIG_RTL8822B), y)` false). A variable nobody sets (the
   * environment's, the kernel config's) leaves the outcome open, and the lines are kept.
   */
  private holds(conds: MakeCondition[], file: MakeFile): boolean | undefined {
    let unknown = false;
    for (const c of conds) {
      if (!this.decided.has(c)) this.decided.set(c, this.decide(c, file));
      const r = this.decided.get(c);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }

  private decide(c: MakeCondition, file: MakeFile): boolean | undefined {
    const known = (n: string) => (n in KBUILD_INVOCATION ? KBUILD_INVOCATION[n] : this.lookup(n));
    let result: boolean;
    if (c.directive === 'ifdef' || c.directive === 'ifndef') {
      const v = known(c.args.trim());
      if (v === undefined) return undefined;
      result = c.directive === 'ifdef' ? v !== '' : v === '';
    } else {
      const ops = comparisonOperands(c.args);
      if (!ops) return undefined;
      const [a, b] = ops.map((o) => expand(o, known, { budget: this.budget, file: file.path, line: c.line }));
      if (!a.resolved || !b.resolved || a.exhausted || b.exhausted) return undefined;
      result = a.value.trim() === b.value.trim();
      if (c.directive === 'ifneq') result = !result;
    }
    return c.negated ? !result : result;
  }

  /**
   * The files an include names. A `$(foreach V, LIST, ...)` include is read once per word of LIST; when LIST is
   * unknown here (NVIDIA passes its module list on the make command line) and for `include $(wildcard ...)`, the
   * build files that match the path's pattern are the ones make would find.
   */
  private includeTargets(file: MakeFile, inc: MakeInclude): string[] {
    const ctx = { budget: this.budget, file: file.path, line: inc.line };
    const wildcard = /^\$[({]wildcard\s+(.+)[)}]$/.exec(inc.path);
    const base = this.rootDir;
    if (wildcard) return makeWords(wildcard[1]).flatMap((w) => this.matching(resolveIncludePath(file, w, this.lookup, ctx, base), '*'));
    if (!inc.each) {
      const target = resolveIncludePath(file, inc.path, this.lookup, ctx, base);
      return target ? [target] : [];
    }
    const { variable, list } = inc.each;
    const words = this.expand(list, file, inc.line);
    if (words.resolved && words.value.trim()) {
      return words.value
        .trim()
        .split(/\s+/)
        .flatMap((w) => resolveIncludePath(file, inc.path, (n) => (n === variable ? w : this.lookup(n)), ctx, base) ?? []);
    }
    return this.matching(
      resolveIncludePath(file, inc.path, (n) => (n === variable ? EACH : this.lookup(n)), ctx, base),
      EACH,
    );
  }

  /** Build files whose path matches `pattern`, where `hole` stands for one path segment (the same one each time). */
  private matching(pattern: string | undefined, hole: string): string[] {
    if (!pattern?.includes(hole)) return pattern ? [pattern] : [];
    const parts = pattern.split(hole).map(reEscape);
    const same = hole === EACH;
    const re = new RegExp(
      `^${parts.map((p, i) => (i === 0 ? p : `${same && i > 1 ? '\\1' : same ? '([^/]+)' : '([^/]*)'}${p}`)).join('')}$`,
    );
    return [...this.byPath.keys()].filter((p) => re.test(p)).sort();
  }

  private assign(a: MakeAssignment, file: MakeFile): void {
    const name = a.name.includes('$') ? this.expand(a.name, file, a.line).value.trim() : a.name;
    if (this.cmdline.has(name) && !a.override) return;
    const cur = this.vars.get(name);
    /** The expanded value, or a marker that expands to "unknown" when the budget stopped it. */
    const now = () => {
      const e = this.expand(a.value, file, a.line);
      return e.exhausted ? UNKNOWN_VALUE : e.value;
    };
    switch (a.op) {
      case '=':
        this.vars.set(name, new Var(a.value, false));
        break;
      case ':=':
      case '::=':
      case ':::=':
        this.vars.set(name, new Var(now(), true));
        break;
      case '?=':
        if (!cur) this.vars.set(name, new Var(a.value, false));
        break;
      case '+=':
        if (!cur) this.vars.set(name, new Var(a.value, false));
        else cur.append(cur.simple ? now() : a.value);
        break;
      case '!=':
        // The shell is never run: the value is unknown.
        this.vars.set(name, new Var('$(shell ...)', false));
        break;
    }
  }
}

/**
 * Resolves `obj-m` entries of every build file kbuild would read (for a folder with both, kbuild reads `Kbuild`, not
 * `Makefile`). Pass every parsed Makefile/Kbuild of the repository and any included fragment; `notes` collects
 * what could not be resolved.
 */
export function resolveObjEntries(files: MakeFile[], notes?: AnalysisNote[], budget = new ExpansionBudget()): ObjEntry[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const cmdline = commandLineConfig(files);
  const kbuildDirs = new Set(files.filter((f) => buildFileBase(f.path) === 'Kbuild').map((f) => dirOf(f.path)));
  const roots = files.filter((f) => {
    const base = buildFileBase(f.path);
    if (base === 'Kbuild') return true;
    return base === 'Makefile' && !kbuildDirs.has(dirOf(f.path));
  });

  const out: ObjEntry[] = [];
  const keys = new Set<string>();
  const note = (file: string, line: number | undefined, message: string) => notes?.push({ file, line, message });
  for (const f of files) budget.sizeFile(f.path, f.chars ?? 0);
  const budgetNotes = budget.notes.length;

  for (const root of roots) {
    const dir = dirOf(root.path);
    const reader = new Reader(byPath, cmdline, dir, budget, note);
    reader.read(root, new Set());
    const names = (s: Reader['seen'][number]) => (s.a.name.includes('$') ? reader.expand(s.a.name, s.file, s.a.line).value : s.a.name);

    // Composite parts by (expanded) module name.
    const partsOf = new Map<string, { parts: string[]; line: number; file: string }>();
    for (const s of reader.seen) {
      const n = names(s);
      const m = /^(.+)-(y|m|objs)$/.exec(n.trim());
      if (!m || m[1] === 'obj' || m[1].startsWith('obj-') || m[1].includes('flags') || m[1].startsWith('subdir')) continue;
      const v = s.obj ?? reader.expand(s.a.value, s.file, s.a.line);
      if (!v.resolved && !v.exhausted)
        note(s.file.path, s.a.line, `parts of ${m[1]} depend on ${v.unresolved.join(', ')}, which the audit does not evaluate`);
      const cur = partsOf.get(m[1]) ?? { parts: [], line: s.a.line, file: s.file.path };
      if (s.a.op === ':=' || s.a.op === '=') cur.parts = [];
      cur.parts.push(...v.value.split(/\s+/).filter(Boolean));
      partsOf.set(m[1], cur);
    }

    for (const s of reader.seen) {
      const suffixRaw = /^obj-(.+)$/.exec(s.a.name)?.[1];
      if (suffixRaw === undefined) continue;
      let unresolvedConfig: string | undefined;
      const suffix = reader.expand(suffixRaw, s.file, s.a.line);
      let kind = suffix.value.trim();
      if (suffix.exhausted) continue;
      if (!suffix.resolved) {
        const cfg = /^\$[({](CONFIG_[A-Za-z0-9_]+)[)}]$/.exec(suffixRaw)?.[1];
        if (!cfg) {
          note(s.file.path, s.a.line, `obj-${suffixRaw} depends on ${suffix.unresolved.join(', ')}; its entries were not resolved`);
          continue;
        }
        unresolvedConfig = cfg;
        kind = 'm';
        note(
          s.file.path,
          s.a.line,
          `${cfg} is never set in the repository; obj-$(${cfg}) builds only when the kernel config or the command line sets it to m`,
        );
      }
      if (kind !== 'm' && kind !== 'y') continue;
      const v = s.obj ?? reader.expand(s.a.value, s.file, s.a.line);
      if (v.exhausted) continue; // the budget's note names the file and line
      let words = v.value.split(/\s+/).filter(Boolean);
      if (!v.resolved) {
        // A partial value would name modules that do not exist: keep only the objects written out on the line
        // (`obj-$(CONFIG_FB_MATROX) += matroxfb_base.o ... $(my-obj-y)`), which are modules whatever the rest holds.
        const why = v.recursive ? 'a variable that refers to itself' : v.unresolved.join(', ');
        words = v.recursive ? [] : literalObjects(s.a.value);
        const which = words.length ? `the entries it names through them are not listed` : `its entries are not listed`;
        note(s.file.path, s.a.line, `obj-${suffixRaw} uses ${why}, which the audit does not evaluate; ${which}`);
        if (!words.length) continue;
      }
      for (const word of words) {
        const subdir = word.endsWith('/');
        if (!subdir && kind === 'y') continue; // built-in objects are not modules
        if (!subdir && (!word.endsWith('.o') || word === '.o')) continue;
        const name = subdir ? word : word.slice(0, -2);
        if (hasPlaceholder(name)) {
          // `obj-m += @DRIVER_NAME@.o`: the name comes from configure; the module is found from its C instead.
          note(s.file.path, s.a.line, `obj-${suffixRaw} names ${word}, which configure fills in; the module is found from its sources`);
          continue;
        }
        const key = `${s.file.path}:${s.a.line}:${name}`;
        if (keys.has(key)) continue;
        keys.add(key);
        const entry: ObjEntry = {
          name,
          subdir,
          file: s.file.path,
          line: s.a.line,
          parts: [],
          dir: subdir ? posix.normalize(posix.join(dir, word)).replace(/\/$/, '') : dir,
          via: `obj-${suffixRaw}`,
        };
        if (unresolvedConfig) entry.unresolvedConfig = unresolvedConfig;
        const parts = subdir ? undefined : partsOf.get(name);
        if (parts) {
          entry.parts = parts.parts;
          entry.partsLine = parts.line;
          entry.partsFile = parts.file;
        }
        out.push(entry);
      }
    }
  }
  for (const n of budget.notes.slice(budgetNotes)) notes?.push(n);
  return out;
}

/** Objects written out in a make value, outside any `$(...)` reference: `a.o b.o $(x-y)` -> a.o b.o. */
function literalObjects(value: string): string[] {
  if (/\$[^({]/.test(value)) return []; // `$x`, `$$`: not worth reading
  let depth = 0;
  let plain = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '$' || (depth > 0 && (ch === '(' || ch === '{'))) {
      if (ch === '$') i++;
      depth++;
    } else if (depth > 0 && (ch === ')' || ch === '}')) depth--;
    else if (depth === 0) {
      plain += ch;
      continue;
    }
    plain += ' ';
  }
  return plain.split(/\s+/).filter((w) => /^[\w.+-]+\.o$/.test(w));
}
