// Finds where a module's code uses an API of the compatibility database, in its old or new form, and the kernels
// where that code is compiled (from the enclosing version conditions).

import { COMPAT_DB } from '../../data/compat/index.js';
import type { CompatEntry, Detector } from '../../data/compat/types.js';
import type { CallSite, CFile, FieldInit, FunctionDef, MacroCall, PreprocCondition } from '../c/types.js';
import type { MakeFile } from '../make/types.js';
import { type LiveRange, liveRange, type MacroLookup } from './condition.js';
import { VersionSet } from './range.js';

export interface ApiUse {
  entry: CompatEntry;
  form: 'old' | 'new';
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The code as written, for messages. */
  text: string;
  live: LiveRange;
}

interface Hit {
  offset: number;
  endOffset: number;
}

const ALWAYS: LiveRange = { live: VersionSet.all, exact: true, versionGuarded: false };

/** Per-file lookups built once, so that each database entry costs a map access per file, not a scan. */
interface FileIndex {
  cf: CFile;
  calls: Map<string, (CallSite | MacroCall)[]>;
  fields: Map<string, FieldInit[]>;
}

interface RepoIndex {
  own: Set<string>;
  structVars: Map<string, Set<string>>;
  functions: Map<string, { cf: CFile; fn: FunctionDef }[]>;
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

export function findApiUses(c: Map<string, CFile>, make: Map<string, MakeFile>, db: readonly CompatEntry[] = COMPAT_DB): ApiUse[] {
  const files = [...c.values()];
  const lookup = macroLookup(files);
  const repo: RepoIndex = {
    own: ownDefinitions(files),
    structVars: structVariables(files),
    functions: group(
      files.flatMap((cf) => cf.functions.map((fn) => ({ cf, fn }))),
      (x) => x.fn.name,
    ),
  };
  const indexed: FileIndex[] = files.map((cf) => ({
    cf,
    calls: group<CallSite | MacroCall>([...cf.calls, ...cf.macros], (x) => x.name),
    fields: group(cf.fieldInits, (f) => f.field),
  }));
  const uses: ApiUse[] = [];
  for (const entry of db) {
    for (const form of ['old', 'new'] as const) {
      const det = entry[form];
      if (!det) continue;
      if (det.type === 'make') {
        for (const mf of make.values()) uses.push(...makeHits(entry, form, det.regex, mf));
        continue;
      }
      for (const fi of indexed) {
        const cf = fi.cf;
        for (const h of detect(det, fi, repo)) {
          const line = cf.lineAt(h.offset);
          uses.push({
            entry,
            form,
            file: cf.path,
            line,
            column: cf.columnAt(h.offset),
            endLine: cf.lineAt(h.endOffset),
            endColumn: cf.columnAt(h.endOffset),
            text: cf.text.slice(h.offset, h.endOffset).split('\n')[0].trim(),
            live: liveRange(withoutIncludeGuards(cf, cf.conditionsAt(line)), lookup),
          });
        }
      }
    }
  }
  return uses;
}

/** Object-like macros of the repository, for conditions like `#if MY_KERNEL_IS_NEW`. */
export function macroLookup(files: CFile[]): MacroLookup {
  return (name) => {
    for (const f of files) {
      const d = f.defines.get(name);
      if (d && !d.params) return d.value;
    }
    return undefined;
  };
}

/** `#ifndef FOO_H` / `#define FOO_H` is an include guard, not a feature test. */
export function withoutIncludeGuards(cf: CFile, conds: PreprocCondition[]): PreprocCondition[] {
  return conds.filter((c) => {
    if (c.directive !== 'ifndef') return true;
    const d = cf.defines.get(c.expr.trim());
    return !(d && d.line > c.line && d.line <= c.line + 2);
  });
}

/** Names the repository defines itself (compat shims such as `#define pde_data PDE_DATA`): not kernel API uses. */
function ownDefinitions(files: CFile[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    for (const d of f.defines.keys()) names.add(d);
    for (const fn of f.functions) names.add(fn.name);
  }
  return names;
}

/** Variables declared as `struct T name`, by T. */
function structVariables(files: CFile[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    for (const m of f.code.matchAll(/\bstruct\s+([A-Za-z_]\w*)\s+(?:__\w+\s+)*\**\s*([A-Za-z_]\w*)\s*(?=[=;[,)])/g)) {
      if (!out.has(m[1])) out.set(m[1], new Set());
      out.get(m[1])?.add(m[2]);
    }
  }
  return out;
}

function detect(det: Exclude<Detector, { type: 'make' }>, fi: FileIndex, repo: RepoIndex): Hit[] {
  const { cf } = fi;
  switch (det.type) {
    case 'call':
      return det.names
        .filter((n) => !repo.own.has(n))
        .flatMap((n) => fi.calls.get(n) ?? [])
        .filter(
          (c) => (det.arity === undefined || c.args.length === det.arity) && (det.minArity === undefined || c.args.length >= det.minArity),
        )
        .filter((c) => {
          if (!det.arg) return true;
          const a = c.args[det.arg.index];
          if (a === undefined || !det.arg.matches.test(a)) return false;
          if (!det.arg.structType) return true;
          const v = a.replace(/^&\s*/, '').trim();
          return repo.structVars.get(det.arg.structType)?.has(v) ?? false;
        })
        .map((c) => ({ offset: c.offset, endOffset: c.endOffset }));
    case 'field':
      return (fi.fields.get(det.field) ?? [])
        .filter((f) => (f.struct ? det.structs.includes(f.struct) : !!det.anyStruct))
        .filter((f) => !det.value || det.value.test(f.value))
        .map((f) => ({ offset: f.offset, endOffset: f.endOffset }));
    case 'include':
      return cf.includes.filter((i) => i.path === det.path).map((i) => lineHit(cf, i.line));
    case 'pattern': {
      const hits: Hit[] = [];
      if (det.needle && !cf.code.includes(det.needle)) return hits;
      const re = globalRegex(det.regex);
      for (const m of cf.code.matchAll(re)) {
        const lineStart = cf.code.lastIndexOf('\n', m.index) + 1;
        if (/^\s*#/.test(cf.code.slice(lineStart, m.index))) continue; // a shim's #define, not a use
        hits.push({ offset: m.index, endOffset: m.index + m[0].length });
      }
      return hits;
    }
    case 'callback':
      return (det.field === '*' ? cf.fieldInits : (fi.fields.get(det.field) ?? []))
        .filter((f) => f.struct && det.structs.includes(f.struct))
        .filter((f) => {
          const sig = signatureOf(f.value.replace(/^&\s*/, ''), cf, repo);
          if (!sig) return false;
          if (det.params !== undefined && sig.params.length !== det.params) return false;
          if (det.returns && !det.returns.test(sig.returns)) return false;
          if (det.firstParam && !det.firstParam.test(sig.params[0] ?? '')) return false;
          return true;
        })
        .map((f) => ({ offset: f.offset, endOffset: f.endOffset }));
  }
}

const globals = new WeakMap<RegExp, RegExp>();
/** The detector's regex with the `g` flag, compiled once. */
function globalRegex(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags.replace('g', '')}g`)));
  return g;
}

function lineHit(cf: CFile, line: number): Hit {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = cf.text.indexOf('\n', offset) + 1;
  const end = cf.text.indexOf('\n', offset);
  return { offset, endOffset: end < 0 ? cf.text.length : end };
}

/** Return type and parameter texts of a function defined in the repository (the same file's first). */
function signatureOf(name: string, from: CFile, repo: RepoIndex): { returns: string; params: string[] } | undefined {
  if (!/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const defs = repo.functions.get(name) ?? [];
  const def = defs.find((d) => d.cf === from) ?? (defs.length === 1 ? defs[0] : undefined);
  if (!def) return undefined;
  const head = def.cf.code.slice(def.fn.offset, def.fn.bodyStart);
  const m = new RegExp(`\\b${name}\\s*\\(([^)]*)\\)`).exec(head);
  if (!m) return undefined;
  const inner = m[1].replace(/\s+/g, ' ').trim();
  const params = inner === '' || inner === 'void' ? [] : inner.split(',').map((p) => p.trim());
  return { returns: def.fn.prefix, params };
}

function makeHits(entry: CompatEntry, form: 'old' | 'new', regex: RegExp, mf: MakeFile): ApiUse[] {
  const lines: { text: string; line: number }[] = [
    ...mf.rules.flatMap((r) => r.recipe),
    ...mf.assignments.map((a) => ({ text: `${a.name} ${a.op} ${a.value}`, line: a.line })),
  ];
  return lines
    .filter((l) => regex.test(l.text))
    .map((l) => ({
      entry,
      form,
      file: mf.path,
      line: l.line,
      column: 1,
      endLine: l.line,
      endColumn: l.text.length + 1,
      text: l.text.trim(),
      live: ALWAYS,
    }));
}
