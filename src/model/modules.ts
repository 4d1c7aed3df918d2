// Module discovery: one module per obj-m entry (kbuild's own view), with its sources, entry
// points and MODULE_* facts. Repositories without any obj-m still get their module code found
// from module_init and friends, so the other rules can speak about it.

import path from 'node:path/posix';
import { includeDirLookup } from './c/include-dirs.js';
import { stringValue } from './c/strings.js';
import type { CFile, Define, MacroCall } from './c/types.js';
import { ENTRY_MACROS, entryFunction } from './entry-macros.js';
import type { ObjEntry } from './make/types.js';
import type { AnalysisNote } from '../types.js';
import { type BuildDefine, lookupBuildDefine } from './license/build-defines.js';
import type { EntryPoint, KernelModule, ModuleParam, StringFact } from './types.js';
import { pushTo } from '../util/group.js';
import { joinNormal } from '../util/join-path.js';

const PARAM_MACROS = /^module_param(_named|_array|_array_named|_string|_cb|_call|_hw|_hw_named|_unsafe|_named_unsafe)?$/;

export function discoverModules(
  objEntries: ObjEntry[],
  c: Map<string, CFile>,
  notes: AnalysisNote[],
  buildDefines: Map<string, BuildDefine> = new Map(),
  /** Sources that exist but were not read (over the scan's size cap): the module's facts are then incomplete. */
  unread: ReadonlySet<string> = new Set(),
  includeDirs: readonly string[] = [],
): KernelModule[] {
  const modules: KernelModule[] = [];
  const seen = new Set<string>();
  // Kbuild is read before Makefile by kbuild; keep the first entry per folder and name.
  const ordered = [...objEntries].sort((a, b) => kindRank(a.file) - kindRank(b.file));
  for (const e of ordered) {
    if (e.subdir) continue;
    const dir = e.dir ?? path.dirname(e.file);
    const key = `${dir}\0${e.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const objs = e.parts.length ? e.parts : [`${e.name}.o`];
    const sources: string[] = [];
    const notRead: string[] = [];
    for (const o of objs) {
      const base = path.normalize(path.join(dir, o.replace(/\.o$/, '')));
      const found = ['.c', '.S'].map((ext) => base + ext).find((p) => c.has(p));
      const skipped = ['.c', '.S'].map((ext) => base + ext).find((p) => unread.has(p));
      if (found) sources.push(found);
      else if (skipped) notRead.push(skipped);
      else if (!o.endsWith('/'))
        notes.push({ file: e.file, line: e.partsLine ?? e.line, message: `module ${e.name}: no source found for ${o}` });
    }
    const mod = describe(e.name, dir, e.file, e.line, sources, c, notes, buildDefines, includeDirs);
    if (notRead.length) {
      mod.unread = notRead;
      notes.push({
        file: e.file,
        line: e.line,
        message: `module ${e.name}: ${notRead.join(', ')} not read (over the size cap); facts of the module such as MODULE_LICENSE are not judged`,
      });
    }
    modules.push(mod);
  }
  if (modules.length === 0) modules.push(...orphanModules(c, notes, buildDefines, includeDirs));
  return modules;
}

function kindRank(file: string): number {
  return file.endsWith('Kbuild') ? 0 : 1;
}

/** Without obj-m, each folder whose C files declare entry points is taken as one module. */
function orphanModules(
  c: Map<string, CFile>,
  notes: AnalysisNote[],
  buildDefines: Map<string, BuildDefine>,
  includeDirs: readonly string[],
): KernelModule[] {
  const byDir = new Map<string, string[]>();
  for (const [p, f] of c) {
    if (!p.endsWith('.c')) continue;
    if (
      !f.macros.some((m) => ENTRY_MACROS.has(m.name) || m.name === 'MODULE_LICENSE') &&
      !f.functions.some((fn) => fn.name === 'init_module')
    )
      continue;
    const d = path.dirname(p);
    pushTo(byDir, d, p);
  }
  return [...byDir].map(([dir, sources]) => {
    const name = path.basename(sources[0], '.c');
    return describe(name, dir, '', 0, sources, c, notes, buildDefines, includeDirs);
  });
}

function describe(
  name: string,
  dir: string,
  buildFile: string,
  buildLine: number,
  sources: string[],
  c: Map<string, CFile>,
  notes: AnalysisNote[],
  buildDefines: Map<string, BuildDefine>,
  includeDirs: readonly string[],
): KernelModule {
  const files = sources.map((s) => c.get(s)).filter((f): f is CFile => !!f);
  const headers = includedHeaders(files, dir, c, includeDirs);
  const defineFiles = [...files, ...headers.map((h) => c.get(h)).filter((f): f is CFile => !!f)];
  const lookup = (n: string): Define | undefined => {
    for (const f of defineFiles) {
      const d = f.defines.get(n);
      if (d) return d;
    }
    // Then the build system: -D flags, META, configure.ac, header templates.
    return lookupBuildDefine(buildDefines, n);
  };
  const fact = (f: CFile, m: MacroCall, arg = 0): StringFact | undefined => {
    const raw = m.args[arg];
    if (raw === undefined) return undefined;
    const v = stringValue(raw, lookup);
    if (!v.resolved)
      notes.push({
        file: f.path,
        line: m.line,
        message: `${m.name}(${raw}): value not resolved from the module's own files or its build system`,
      });
    return {
      value: v.value ?? '',
      file: f.path,
      line: m.line,
      column: m.column,
      raw: /^\s*"/.test(raw) ? undefined : raw,
      resolved: v.resolved,
    };
  };
  const mod: KernelModule = { name, dir, buildFile, buildLine, sources, headers, authors: [], params: [], licenses: [] };
  const descs = new Map<string, StringFact>();
  // A header or `.c` file the sources include is compiled into them: its MODULE_LICENSE, module_init ... are the
  // module's (lttng's ring-buffer clients take MODULE_LICENSE from a shared header).
  const headerFiles = headers
    .filter((h) => !sources.includes(h))
    .map((h) => c.get(h))
    .filter((f): f is CFile => !!f);
  for (const f of [...files, ...headerFiles]) {
    for (const m of f.macros) {
      const entry = ENTRY_MACROS.get(m.name) ?? ownEntryMacro(m.name, lookup);
      // `#ifndef MODULE fs_initcall(x); #else module_init(x); #endif`: a module build defines MODULE.
      if (entry && builtInOnly(f, m.line)) continue;
      if (entry?.init && entry.exit) {
        // A macro that declares both (module_platform_driver ...) is one pair: it never completes a module_init of
        // another declaration (two init_module would not link, so they sit in exclusive configurations).
        if (!mod.init && !mod.exit) {
          mod.init = entryPoint(f, m, 'init');
          mod.exit = entryPoint(f, m, 'exit');
        }
      } else {
        if (entry?.init && !mod.init) mod.init = entryPoint(f, m, 'init');
        if (entry?.exit && !mod.exit) mod.exit = entryPoint(f, m, 'exit');
      }
      if (m.name === 'MODULE_LICENSE') {
        // modpost reads every license= tag of a module: each one counts.
        const l = fact(f, m);
        if (l) mod.licenses.push(l);
        mod.license ??= l;
      } else if (m.name === 'MODULE_DESCRIPTION') mod.description ??= fact(f, m);
      else if (m.name === 'MODULE_VERSION') mod.version ??= fact(f, m);
      else if (m.name === 'MODULE_AUTHOR') {
        const a = fact(f, m);
        if (a) mod.authors.push(a);
      } else if (m.name === 'MODULE_PARM_DESC') {
        const d = fact(f, m, 1);
        if (d && m.args[0]) descs.set(m.args[0].trim(), d);
      } else if (PARAM_MACROS.test(m.name)) {
        mod.params.push(param(f, m));
      }
    }
    // Old-style entry points: functions named init_module / cleanup_module.
    for (const fn of f.functions) {
      if (fn.name === 'init_module' && !mod.init) mod.init = { function: fn.name, file: f.path, line: fn.line, via: 'init_module' };
      if (fn.name === 'cleanup_module' && !mod.exit) mod.exit = { function: fn.name, file: f.path, line: fn.line, via: 'cleanup_module' };
    }
  }
  for (const p of mod.params) p.description = descs.get(p.name);
  mod.mainSource =
    mod.init?.file ??
    files.find((f) => f.macros.some((m) => m.name === 'MODULE_LICENSE'))?.path ??
    sources.find((s) => path.basename(s, '.c') === name) ??
    sources[0];
  return mod;
}

const MODULE_DEFINED = /^(defined\s*\(\s*MODULE\s*\)|defined\s+MODULE|MODULE)$/;
const MODULE_UNDEFINED = /^!\s*(defined\s*\(\s*MODULE\s*\)|defined\s+MODULE)$/;

/** The line is compiled only when MODULE is not defined, i.e. never in a module build (obj-m). */
export function builtInOnly(f: Pick<CFile, 'conditionsAt'>, line: number): boolean {
  return f.conditionsAt(line).some((c) => {
    const expr = c.expr.trim();
    if (c.directive === 'ifndef') return expr === 'MODULE';
    if (c.directive === 'ifdef') return false;
    if ((c.directive === 'if' || c.directive === 'elif') && MODULE_UNDEFINED.test(expr)) return true;
    // `#else` / `#elif` after a branch taken whenever MODULE is defined
    return c.directive !== 'if' && c.previous.some((p) => MODULE_DEFINED.test(p.trim()));
  });
}

/**
 * A wrapper the module defines itself around a kernel helper, such as
 * `#define module_gip_driver(drv) module_driver(drv, gip_register_driver, gip_unregister_driver)`:
 * it declares what the helper it expands to declares.
 */
function ownEntryMacro(name: string, lookup: (n: string) => Define | undefined): { init: boolean; exit: boolean } | undefined {
  const d = lookup(name);
  if (!d?.params || d.params.length === 0) return undefined;
  const inner = /^\s*([A-Za-z_]\w*)\s*\(\s*([A-Za-z_]\w*)/.exec(d.value);
  if (!inner || inner[2] !== d.params[0]) return undefined; // the generated names come from the first argument
  const helper = ENTRY_MACROS.get(inner[1]);
  return helper && inner[1] !== 'module_init' && inner[1] !== 'module_exit' ? helper : undefined;
}

function entryPoint(f: CFile, m: MacroCall, which: 'init' | 'exit'): EntryPoint | undefined {
  const fn = entryFunction(ENTRY_MACROS.has(m.name) ? m.name : 'module_driver', m.args, which);
  if (!fn) return undefined;
  const defs = f.functions.filter((d) => d.name === fn);
  const def = defs.find((d) => !builtInOnly(f, d.line)) ?? defs[0];
  return { function: fn, file: f.path, line: def?.line ?? m.line, via: m.name };
}

function param(f: CFile, m: MacroCall): ModuleParam {
  const named = m.name.includes('named');
  const name = (m.args[0] ?? '').trim();
  const type = (m.args[named ? 2 : 1] ?? '').trim() || undefined;
  const perm = (m.args[m.args.length - 1] ?? '').trim();
  return { name, macro: m.name, type, perm, file: f.path, line: m.line, column: m.column };
}

/** Quoted includes of the sources that resolve to headers in the repository. */
function includedHeaders(files: CFile[], dir: string, c: Map<string, CFile>, includeDirs: readonly string[]): string[] {
  const resolve = includeResolver(c, includeDirs);
  const out = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const f = queue.pop() as CFile;
    for (const inc of f.includes) {
      const hit = resolve(f.path, dir, inc);
      if (hit && !out.has(hit)) {
        out.add(hit);
        queue.push(c.get(hit) as CFile);
      }
    }
  }
  return [...out].sort();
}

interface Resolver {
  dirs: string;
  viaDir: (incPath: string) => string | undefined;
  /** Include path -> the file it names beside the including file's folder, by that folder. */
  beside: Map<string, Map<string, string | undefined>>;
  /** Include path -> the file it names in a module's folder (or its include/), by that folder. */
  inModule: Map<string, Map<string, string | undefined>>;
}

const resolvers = new WeakMap<Map<string, CFile>, Resolver>();

/**
 * Where an include of a module's file leads, memoised per model: thousands of modules of one tree include the
 * same headers from the same folders, and each resolution tries several joined paths. Each candidate is kept by
 * the folder it depends on (the including file's, the module's), in maps of maps: no key is built per include.
 */
function includeResolver(
  c: Map<string, CFile>,
  includeDirs: readonly string[],
): (from: string, dir: string, inc: CFile['includes'][number]) => string | undefined {
  const dirs = includeDirs.join('\0');
  let cached = resolvers.get(c);
  if (!cached || cached.dirs !== dirs) {
    // the first -I folder holding the header: once per include text, not once per including folder
    cached = { dirs, viaDir: includeDirLookup(includeDirs, (p) => (c.has(p) ? p : undefined)), beside: new Map(), inModule: new Map() };
    resolvers.set(c, cached);
  }
  const { viaDir, beside, inModule } = cached;
  const known = (dir: string, rel: string) => {
    const n = joinNormal(dir, rel);
    return c.has(n) ? n : undefined;
  };
  return (from, dir, inc) => {
    const via = viaDir(inc.path);
    if (inc.system && !inc.path.includes('/') && via === undefined) return undefined;
    const fromDir = path.dirname(from);
    return (
      memoIn(beside, fromDir, inc.path, () => known(fromDir, inc.path)) ??
      memoIn(inModule, dir, inc.path, () => known(dir, inc.path) ?? known(joinNormal(dir, 'include'), inc.path)) ??
      via
    );
  };
}

function memoIn(memo: Map<string, Map<string, string | undefined>>, outer: string, inner: string, make: () => string | undefined) {
  let m = memo.get(outer);
  if (!m) memo.set(outer, (m = new Map()));
  if (m.has(inner)) return m.get(inner);
  const v = make();
  m.set(inner, v);
  return v;
}
