// Finds where a module's code uses an API of the compatibility database, in its old or new form, and the kernels
// where that code is compiled (from the enclosing version conditions).

import { COMPAT_DB } from '../../data/compat/index.js';
import type { CompatEntry, Detector } from '../../data/compat/types.js';
import type { CallSite, CFile, FieldInit, FunctionDef, MacroCall, PreprocCondition } from '../c/types.js';
import type { MakeFile } from '../make/types.js';
import { repoDefines } from '../c/define-index.js';
import { type LiveRange, liveRange, type MacroLookup } from './condition.js';
import { wordsFinder } from './needles.js';
import { definitionHead, IDENTIFIER_NAME, nameFollowedBy } from '../../text/name-match.js';
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
  /** The conditions the matched form is compiled under besides the use site's own (a callback whose definition has
   * one signature per kernel version behind `#if`). */
  alsoUnder?: LiveRange;
}

const ALWAYS: LiveRange = { live: VersionSet.all, exact: true, versionGuarded: false };

/**
 * Per-file lookups, so that each database entry costs a map access per file, not a scan. Built on first use: only
 * the files some entry may match (candidateFiles) ever need them. A class, not an object literal with getters
 * (which V8 keeps as a dictionary, searched at each read).
 */
class FileIndex {
  private lazyCalls?: Map<string, (CallSite | MacroCall)[]>;
  private lazyFields?: Map<string, FieldInit[]>;
  private lazyWords?: Set<string>;

  constructor(
    readonly cf: CFile,
    private readonly asked: AskedNames,
    private readonly findWords: (code: string) => Set<string>,
  ) {}

  /** The pattern detectors' words its code holds. */
  get words(): Set<string> {
    this.lazyWords ??= this.findWords(this.cf.code);
    return this.lazyWords;
  }

  /** Only the names some detector asks for: a file has thousands of calls. */
  get calls(): Map<string, (CallSite | MacroCall)[]> {
    const { cf, asked } = this;
    this.lazyCalls ??= group<CallSite | MacroCall>(
      [...cf.callsNamed((n) => asked.calls.has(n)), ...cf.macros.filter((m) => asked.calls.has(m.name))],
      (x) => x.name,
    );
    return this.lazyCalls;
  }

  /** Only the fields some detector asks for (a `*` callback detector reads cf.fieldInits). */
  get fields(): Map<string, FieldInit[]> {
    this.lazyFields ??= group(
      this.cf.fieldInits.filter((f) => this.asked.fields.has(f.field)),
      (f) => f.field,
    );
    return this.lazyFields;
  }
}

interface RepoIndex {
  lookup: MacroLookup;
  own: Set<string>;
  /** Variables declared as `struct T name`, for the struct types the detectors ask about. */
  readonly structVars: StructVariables;
  readonly functions: Map<string, { cf: CFile; fn: FunctionDef }[]>;
}

interface StructVariables {
  /** The names declared with each asked struct type. */
  byType: Map<string, Set<string>>;
  /** Every name declared as a struct: its struct type, or null when it is declared with two or more. */
  typeOf: Map<string, string | null>;
}

/** Every function of the files by name, in file order. */
function functionsByName(files: CFile[]): RepoIndex['functions'] {
  const out: RepoIndex['functions'] = new Map();
  for (const cf of files) {
    for (const fn of cf.functions) {
      const list = out.get(fn.name);
      if (list) list.push({ cf, fn });
      else out.set(fn.name, [{ cf, fn }]);
    }
  }
  return out;
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
  const lookup = repoMacroLookup(c);
  const asked = askedNames(db);
  let structVars: StructVariables | undefined;
  let functions: RepoIndex['functions'] | undefined;
  const repo: RepoIndex = {
    lookup,
    own: ownDefinitions(c, asked.calls),
    // read on first use: only a detector with a struct-typed argument asks, and only when a file calls it
    get structVars() {
      structVars ??= structVariables(files, asked.structTypes);
      return structVars;
    },
    // read on first use too: only a callback's signature asks (a tree's every function, grouped)
    get functions() {
      functions ??= functionsByName(files);
      return functions;
    },
  };
  const findWords = wordsFinder([...asked.words]);
  const indexed = files.map((cf) => new FileIndex(cf, asked, findWords));
  const candidates = candidateFiles(indexed, repo, asked);
  const uses: ApiUse[] = [];
  for (const entry of db) {
    for (const form of ['old', 'new'] as const) {
      const det = entry[form];
      if (!det) continue;
      if (det.type === 'make') {
        for (const mf of make.values()) uses.push(...makeHits(entry, form, det.regex, mf));
        continue;
      }
      for (const fi of candidates(det)) {
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
            live: both(liveRange(withoutIncludeGuards(cf, cf.conditionsAt(line)), lookup), h.alsoUnder),
          });
        }
      }
    }
  }
  return uses;
}

/**
 * The files a detector can match, in file order: those that call one of its names, initialise its field or include
 * its header (from maps built once), or every file for the detectors that scan the text. The files left out are
 * those where `detect` finds nothing, so the result is the same as trying every entry on every file.
 */
function candidateFiles(
  indexed: FileIndex[],
  repo: RepoIndex,
  asked: AskedNames,
): (det: Exclude<Detector, { type: 'make' }>) => FileIndex[] {
  const byCall = new Map<string, number[]>();
  const byField = new Map<string, number[]>();
  const byInclude = new Map<string, number[]>();
  // Only the names some detector asks for are indexed: a tree's millions of calls cost a set lookup each.
  const add = (m: Map<string, number[]>, names: Set<string>, key: string, i: number) => {
    if (!names.has(key)) return;
    const list = m.get(key);
    if (!list) m.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  indexed.forEach(({ cf }, i) => {
    // the names alone: the call sites would be made for every call of the tree
    for (const name of cf.callNames) add(byCall, asked.calls, name, i);
    for (const m of cf.macros) add(byCall, asked.calls, m.name, i);
    for (const f of cf.fieldInits) add(byField, asked.fields, f.field, i);
    for (const inc of cf.includes) add(byInclude, asked.includes, inc.path, i);
  });
  const pick = (lists: (number[] | undefined)[]): FileIndex[] => {
    const present = lists.filter((l): l is number[] => !!l);
    if (present.length === 0) return [];
    const idx = present.length === 1 ? present[0] : [...new Set(present.flat())].sort((a, b) => a - b);
    return idx.map((i) => indexed[i]);
  };
  return (det) => {
    switch (det.type) {
      case 'call':
        return pick(det.names.filter((n) => !repo.own.has(n)).map((n) => byCall.get(n)));
      case 'field':
        return pick([byField.get(det.field)]);
      case 'include':
        return pick([byInclude.get(det.path)]);
      case 'callback':
        return det.field === '*' ? indexed : pick([byField.get(det.field)]);
      default:
        return indexed;
    }
  };
}

interface AskedNames {
  calls: Set<string>;
  fields: Set<string>;
  includes: Set<string>;
  /** The pattern detectors' words (`needle`s). */
  words: Set<string>;
  /** The struct types call detectors want an argument declared with. */
  structTypes: Set<string>;
}

/** The call names, initialised fields, headers and words the database's detectors look for. */
function askedNames(db: readonly CompatEntry[]): AskedNames {
  const asked: AskedNames = { calls: new Set(), fields: new Set(), includes: new Set(), words: new Set(), structTypes: new Set() };
  for (const entry of db)
    for (const det of [entry.old, entry.new]) {
      if (det?.type === 'call') for (const n of det.names) asked.calls.add(n);
      if (det?.type === 'call' && det.arg?.structType) asked.structTypes.add(det.arg.structType);
      if (det?.type === 'field' || det?.type === 'callback') asked.fields.add(det.field);
      if (det?.type === 'include') asked.includes.add(det.path);
      if (det?.type === 'pattern' && typeof det.needle === 'string') asked.words.add(det.needle);
    }
  return asked;
}

const repoLookups = new WeakMap<Map<string, CFile>, MacroLookup>();

/**
 * Object-like macros of the repository, for conditions like `#if MY_KERNEL_IS_NEW`: the first file's definition without
 * parameters wins (DefineIndex), made once for every part of the kernels model that asks.
 */
export function repoMacroLookup(c: Map<string, CFile>): MacroLookup {
  let lookup = repoLookups.get(c);
  if (!lookup) {
    const index = repoDefines(c);
    repoLookups.set(c, (lookup = (name) => index.firstValue(name)));
  }
  return lookup;
}

/** `#ifndef FOO_H` / `#define FOO_H` is an include guard, not a feature test. */
export function withoutIncludeGuards(cf: CFile, conds: PreprocCondition[]): PreprocCondition[] {
  return conds.filter((c) => {
    if (c.directive !== 'ifndef') return true;
    const d = cf.defines.get(c.expr.trim());
    return !(d && d.line > c.line && d.line <= c.line + 2);
  });
}

/**
 * Names of the database's call detectors the repository defines itself (compat shims such as
 * `#define pde_data PDE_DATA`): not kernel API uses. Only those names are kept; a tree defines millions.
 */
function ownDefinitions(c: Map<string, CFile>, asked: Set<string>): Set<string> {
  const names = new Set<string>();
  for (const f of c.values()) for (const fn of f.functions) if (asked.has(fn.name)) names.add(fn.name);
  const defined = repoDefines(c);
  for (const name of asked) if (defined.holders(name).length > 0) names.add(name);
  return names;
}

/**
 * Variables declared as `struct T name`: by T for the asked types only, and for every name whether one struct type
 * or several declare it (a set of types per name, and of names per type, for every struct variable of drivers/ was a
 * third of this index's 0.96 s).
 */
function structVariables(files: CFile[], askedTypes: Set<string>): StructVariables {
  const byType = new Map<string, Set<string>>();
  const typeOf = new Map<string, string | null>();
  for (const f of files) {
    for (const m of f.code.matchAll(/\bstruct\s+([A-Za-z_]\w*)\s+(?:__\w+\s+)*\**\s*([A-Za-z_]\w*)\s*(?=[=;[,)])/g)) {
      const [, type, name] = m;
      if (askedTypes.has(type)) {
        const names = byType.get(type);
        if (names) names.add(name);
        else byType.set(type, new Set([name]));
      }
      const known = typeOf.get(name);
      if (known === undefined) typeOf.set(name, type);
      else if (known !== null && known !== type) typeOf.set(name, null);
    }
  }
  return { byType, typeOf };
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
          if (!repo.structVars.byType.get(det.arg.structType)?.has(v)) return false;
          // Declared with another struct type too (`#if ... struct proc_ops x; #else struct file_operations x;`):
          // a type chosen per #if branch, so each kernel gets the type its branch declares.
          return repo.structVars.typeOf.get(v) !== null;
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
      const needle = det.needle;
      if (needle && !(typeof needle === 'string' ? fi.words.has(needle) : needle.test(cf.code))) return hits;
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
        .flatMap((f) => {
          // A definition may carry one signature per kernel version (`#if ... void foo(...) #else int foo(...)`):
          // each variant matches on the kernels its own branch is compiled for.
          const variants = signaturesOf(f.value.replace(/^&\s*/, ''), cf, repo).filter(
            (sig) =>
              (det.params === undefined || sig.params.length === det.params) &&
              (!det.returns || det.returns.test(sig.returns)) &&
              (!det.firstParam || det.firstParam.test(sig.params[0] ?? '')),
          );
          if (variants.length === 0) return [];
          const under = variants.some((v) => !v.under) ? undefined : variants.map((v) => v.under as LiveRange).reduce(either);
          return [{ offset: f.offset, endOffset: f.endOffset, alsoUnder: under }];
        });
  }
}

/** Code compiled where both ranges hold. */
function both(a: LiveRange, b: LiveRange | undefined): LiveRange {
  if (!b) return a;
  return { live: a.live.intersect(b.live), exact: a.exact && b.exact, versionGuarded: a.versionGuarded || b.versionGuarded };
}

/** Code compiled where either range holds. */
function either(a: LiveRange, b: LiveRange): LiveRange {
  return { live: a.live.union(b.live), exact: a.exact && b.exact, versionGuarded: a.versionGuarded || b.versionGuarded };
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

interface Signature {
  returns: string;
  params: string[];
  /** Set when this is one of several variants chosen by preprocessor conditions. */
  under?: LiveRange;
}

/**
 * Return type and parameter texts of a function defined in the repository (the same file's first). When the
 * definition's head holds several variants behind `#if`/`#else`, one signature per variant, each with the kernels its
 * branch is compiled for.
 */
function signaturesOf(name: string, from: CFile, repo: RepoIndex): Signature[] {
  if (!IDENTIFIER_NAME.test(name)) return [];
  const defs = repo.functions.get(name) ?? [];
  // Whole definitions per branch (`#if X` / `static void f(...) {...}` / `#else` / `static int f(...) {...}`):
  // each is a variant compiled where its own branch is.
  const inFile = defs.filter((d) => d.cf === from);
  if (inFile.length > 1) {
    return inFile.flatMap(({ cf, fn }) => {
      const m = nameFollowedBy(cf.code.slice(fn.offset, fn.bodyStart), name, PARAMETERS);
      if (!m) return [];
      const under = liveRange(withoutIncludeGuards(cf, cf.conditionsAt(cf.lineAt(fn.offset))), repo.lookup);
      return [{ returns: fn.prefix, params: paramList(m.rest[1]), under }];
    });
  }
  const def = inFile[0] ?? (defs.length === 1 ? defs[0] : undefined);
  if (!def) return [];
  const { cf, fn } = def;
  const head = cf.code.slice(fn.offset, fn.bodyStart);
  const m = nameFollowedBy(head, name, PARAMETERS);
  if (!m) return [];
  const variants = conditionalVariants(name, cf, fn);
  if (variants.length > 1) {
    return variants.map((v) => ({
      ...v,
      under: liveRange(withoutIncludeGuards(cf, cf.conditionsAt(v.line)), repo.lookup),
    }));
  }
  return [{ returns: fn.prefix, params: paramList(m.rest[1]) }];
}

/** What follows a function's name in its definition: its parameters. */
const PARAMETERS = /\s*\(([^)]*)\)/y;

function paramList(inner: string): string[] {
  const t = inner.replace(/\s+/g, ' ').trim();
  return t === '' || t === 'void' ? [] : t.split(',').map((p) => p.trim());
}

/** `#if A` / `void foo(struct x *p)` / `#else` / `int foo(struct x *p)` / `#endif` right before the body. */
function conditionalVariants(name: string, cf: CFile, fn: FunctionDef): { returns: string; params: string[]; line: number }[] {
  const out: { returns: string; params: string[]; line: number }[] = [];
  // Walk up from the line of the opening brace over the conditional block that holds the variants.
  const bodyLine = cf.lineAt(fn.bodyStart);
  let sawDirective = false;
  // The lines read upwards from the body's own, found by offset (splitting the whole file per callback was the cost).
  let end = cf.text.indexOf('\n', fn.bodyStart);
  if (end < 0) end = cf.text.length;
  let start = fn.bodyStart > 0 ? cf.text.lastIndexOf('\n', fn.bodyStart - 1) + 1 : 0;
  for (let l = bodyLine; l >= 1 && l > bodyLine - 12; l--) {
    if (l < bodyLine) {
      end = start - 1;
      start = end <= 0 ? 0 : cf.text.lastIndexOf('\n', end - 1) + 1;
    }
    const text = cf.text.slice(start, Math.max(start, end));
    if (/^\s*#\s*(if|ifdef|ifndef)\b/.test(text)) {
      sawDirective = true;
      break;
    }
    if (/^\s*#/.test(text)) {
      sawDirective = true;
      continue;
    }
    const mm = definitionHead(text, name);
    if (mm) out.unshift({ returns: mm.returns.trim(), params: paramList(mm.params), line: l });
    else if (text.trim() && l !== bodyLine && !/^\s*\{?\s*$/.test(text)) break;
  }
  return sawDirective ? out : [];
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
