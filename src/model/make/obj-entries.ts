// Which modules kbuild would build: `obj-m` / `obj-$(CONFIG_X)` entries and their composite parts, resolved from
// the repository's own variables the way kbuild reads the file (KERNELRELEASE set). Nothing is executed.

import { posix } from 'node:path';
import type { AnalysisNote } from '../../types.js';
import { KBUILD_INVOCATION, evalConditions } from './conditions.js';
import { type Expansion, expand } from './expand.js';
import { buildFileBase, hasPlaceholder } from './template.js';
import type { MakeAssignment, MakeFile, ObjEntry } from './types.js';

interface Var {
  value: string;
  /** `:=` variables hold an already expanded value. */
  simple: boolean;
}

const dirOf = (p: string) => {
  const d = posix.dirname(p);
  return d === '' ? '.' : d;
};

const BUILTIN_DIR_VARS = new Set(['src', 'obj', 'M', 'CURDIR', 'PWD', 'KBUILD_EXTMOD', 'srctree']);

/** Resolves an include path written in `file` to a repository path, when it can. */
export function resolveIncludePath(file: MakeFile, written: string, vars?: (n: string) => string | undefined): string | undefined {
  const dir = dirOf(file.path);
  const e = expand(written, (n) => (BUILTIN_DIR_VARS.has(n) && n !== 'srctree' ? `/@root/${dir}` : vars?.(n)));
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
  ) {}

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
    visiting.add(file.path);
    type Ev = { line: number; assign?: MakeAssignment; include?: MakeFile['includes'][number] };
    const events: Ev[] = [
      ...file.assignments.map((a) => ({ line: a.line, assign: a })),
      ...file.includes.map((i) => ({ line: i.line, include: i })),
    ].sort((x, y) => x.line - y.line);
    for (const ev of events) {
      if (ev.include) {
        if (ev.include.conditions && evalConditions(ev.include.conditions, KBUILD_INVOCATION) === false) continue;
        const target = resolveIncludePath(file, ev.include.path, this.lookup);
        const inc = target ? this.byPath.get(target) : undefined;
        if (inc) this.read(inc, visiting);
        continue;
      }
      const a = ev.assign as MakeAssignment;
      if (a.target || evalConditions(a.conditions, KBUILD_INVOCATION) === false) continue;
      const entry: (typeof this.seen)[number] = { a, file };
      if (/^obj-|-(y|m|objs)$|^\$/.test(a.name) || a.name.includes('$')) {
        // obj-m := ... expands now; recursive forms are expanded after the whole file, like kbuild does.
        if (a.op === ':=' || a.op === '::=' || a.op === ':::=') entry.obj = expand(a.value, this.lookup);
      }
      this.seen.push(entry);
      this.assign(a);
    }
    visiting.delete(file.path);
  }

  private assign(a: MakeAssignment): void {
    const name = a.name.includes('$') ? expand(a.name, this.lookup).value.trim() : a.name;
    if (this.cmdline.has(name) && !a.override) return;
    const cur = this.vars.get(name);
    switch (a.op) {
      case '=':
        this.vars.set(name, { value: a.value, simple: false });
        break;
      case ':=':
      case '::=':
      case ':::=':
        this.vars.set(name, { value: expand(a.value, this.lookup).value, simple: true });
        break;
      case '?=':
        if (!cur) this.vars.set(name, { value: a.value, simple: false });
        break;
      case '+=':
        if (!cur) this.vars.set(name, { value: a.value, simple: false });
        else if (cur.simple) cur.value = `${cur.value} ${expand(a.value, this.lookup).value}`.trim();
        else cur.value = `${cur.value} ${a.value}`.trim();
        break;
      case '!=':
        // The shell is never run: the value is unknown.
        this.vars.set(name, { value: '$(shell ...)', simple: false });
        break;
    }
  }
}

/**
 * Resolves `obj-m` entries of every build file kbuild would read (for a folder with both, kbuild reads `Kbuild`, not
 * `Makefile`). Pass every parsed Makefile/Kbuild of the repository and any included fragment; `notes` collects
 * what could not be resolved.
 */
export function resolveObjEntries(files: MakeFile[], notes?: AnalysisNote[]): ObjEntry[] {
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

  for (const root of roots) {
    const dir = dirOf(root.path);
    const reader = new Reader(byPath, cmdline, dir);
    reader.read(root, new Set());
    const names = (a: MakeAssignment) => (a.name.includes('$') ? expand(a.name, reader.lookup).value : a.name);

    // Composite parts by (expanded) module name.
    const partsOf = new Map<string, { parts: string[]; line: number; file: string }>();
    for (const s of reader.seen) {
      const n = names(s.a);
      const m = /^(.+)-(y|m|objs)$/.exec(n.trim());
      if (!m || m[1] === 'obj' || m[1].startsWith('obj-') || m[1].includes('flags') || m[1].startsWith('subdir')) continue;
      const v = s.obj ?? expand(s.a.value, reader.lookup);
      if (!v.resolved)
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
      const suffix = expand(suffixRaw, reader.lookup);
      let kind = suffix.value.trim();
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
      const v = s.obj ?? expand(s.a.value, reader.lookup);
      if (!v.resolved) {
        // A partial value would name modules that do not exist: report nothing from this line.
        const why = v.recursive ? 'a variable that refers to itself' : v.unresolved.join(', ');
        note(s.file.path, s.a.line, `obj-${suffixRaw} uses ${why}, which the audit does not evaluate; its entries are not listed`);
        continue;
      }
      for (const word of v.value.split(/\s+/).filter(Boolean)) {
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
  return out;
}
