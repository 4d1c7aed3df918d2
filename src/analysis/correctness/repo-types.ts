// The repository's declared types (typedefs, struct members, globals) and function definitions, to type an lvalue
// such as `priv->stats.err` inside a function and to know what a function returns. Asked per name: only the files
// that may declare it (by the index of their names' hashes) are parsed, in path order, so every answer is the one a
// merge of every file's declarations would give: without their function bodies for a declaration, whole for a
// function's definitions.

import type { RepoModel } from '../../model/types.js';
import { addTiming } from '../../engine/timing.js';
import { type Signedness, signedness, type TypeRef, type TypedefLookup } from '../../model/c/syntax/types.js';
import {
  dropFileFacts,
  type FileDeclarations,
  type FileFacts,
  fileFacts,
  type FunctionFacts,
  type LvaluePath,
  readDeclarations,
} from './file-facts.js';
import { structTag, typedefName } from './fact-candidates.js';
import { NameIndex, nameHash } from '../../text/name-index.js';

export interface RepoTypes {
  /** Every kernel C file's first reading (the functions that hold a fact), in path order. */
  files: Map<string, FileFacts>;
  /** The first typedef of a name, in path order. */
  typedefs: TypedefLookup;
  /** A struct/union's members (`struct foo`), merged over every file that defines it (the first type of each wins). */
  struct(key: string): Map<string, TypeRef> | undefined;
  /** The type every member of this name has, in any struct, when they agree (for a member of an unknown struct). */
  member(name: string): TypeRef | undefined;
  /** The type every file's global of this name has, when they agree. */
  global(name: string): TypeRef | undefined;
  /** The global of this name in one file. */
  fileGlobal(path: string, name: string): TypeRef | undefined;
  /** Every definition of a function of this name, its returns read. */
  definitions(name: string): { path: string; fn: FunctionFacts }[];
}

const cache = new WeakMap<RepoModel, RepoTypes>();
const stats = { questions: 0, filesRead: 0 };

/**
 * What the questions about names have cost in this process: names asked of the index of names, and files then
 * parsed for their declarations or definitions (scripts/declaration-questions.mjs prints them for a tree).
 */
export function declarationStats(): { questions: number; filesRead: number } {
  return { ...stats };
}

/** Forgets the model's types and the file facts they were made of (once the correctness rules have run). */
export function dropRepoTypes(model: RepoModel): void {
  cache.delete(model);
  dropFileFacts();
}

export function repoTypes(model: RepoModel): RepoTypes {
  const hit = cache.get(model);
  if (hit) return hit;
  const files = new Map<string, FileFacts>();
  let errors = 0;
  for (const [path, file] of [...model.c].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const facts = fileFacts(file);
    if (!facts) continue;
    files.set(path, facts);
    errors += facts.syntaxErrors > 0 ? 1 : 0;
  }
  if (errors > 0) {
    model.notes.push({
      message: `correctness rules: the C parser could not read parts of ${errors} file${errors === 1 ? '' : 's'} (macros it cannot expand); those parts are not analysed`,
    });
  }
  // A file's declarations are read without its function bodies; its function definitions, when asked, whole.
  const reading = (functions: boolean) => {
    const read = new Map<string, FileDeclarations | undefined>();
    return (path: string): FileDeclarations | undefined => {
      if (!read.has(path)) {
        const file = model.c.get(path);
        const t0 = performance.now();
        stats.filesRead++;
        read.set(path, file && readDeclarations(file, functions));
        addTiming(`correctness: files parsed for ${functions ? 'definitions' : 'declarations'}`, performance.now() - t0);
      }
      return read.get(path);
    };
  };
  const declared = reading(false);
  const defined = reading(true);
  const inOrder = [...files];
  // made at the first question: most repositories ask none
  let index: NameIndex | undefined;
  /** What every file that may declare `key` (a name, or a name keyed by kind) declares, in path order. */
  function* declaring(key: string, read = declared): Generator<[string, FileDeclarations]> {
    index ??= new NameIndex(inOrder.map(([, facts]) => facts.names));
    stats.questions++;
    for (const i of index.filesHolding(nameHash(key))) {
      const path = inOrder[i][0];
      const d = read(path);
      if (d) yield [path, d];
    }
  }
  const t: RepoTypes = {
    files,
    typedefs: {
      get: memo((name) => {
        for (const [, d] of declaring(typedefName(name))) if (d.typedefs.has(name)) return d.typedefs.get(name);
        return undefined;
      }),
    },
    struct: memo((key) => {
      // an anonymous struct has no key another one could share
      if (key.includes('<anonymous>')) return undefined;
      let members: Map<string, TypeRef> | undefined;
      for (const [, d] of declaring(structTag(key.slice(key.lastIndexOf(' ') + 1)))) {
        const own = d.structs.get(key);
        if (!own) continue;
        members ??= new Map();
        for (const [m, mt] of own) if (!members.has(m)) members.set(m, mt);
      }
      return members;
    }),
    member: memo((name) =>
      agreed(
        (function* () {
          for (const [, d] of declaring(name)) for (const s of d.structs.values()) if (s.has(name)) yield s.get(name) as TypeRef;
        })(),
      ),
    ),
    global: memo((name) =>
      agreed(
        (function* () {
          for (const [, d] of declaring(name)) if (d.globals.has(name)) yield d.globals.get(name) as TypeRef;
        })(),
      ),
    ),
    fileGlobal: (path, name) => declared(path)?.globals.get(name),
    definitions: memo((name) =>
      [...declaring(name, defined)].flatMap(([path, d]) => d.functions.filter((fn) => fn.name === name).map((fn) => ({ path, fn }))),
    ),
  };
  cache.set(model, t);
  return t;
}

/** A function of a name, computed once per name. */
function memo<T>(f: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    if (!known.has(name)) known.set(name, f(name));
    return known.get(name) as T;
  };
}

/** One type when all candidates agree on it, else undefined; read no further than the first disagreement. */
function agreed(types: Iterable<TypeRef>): TypeRef | undefined {
  let first: TypeRef | undefined;
  for (const x of types) {
    if (!first) first = x;
    else if (x.base !== first.base || x.depth !== first.depth) return undefined;
  }
  return first;
}

/** The struct/union key of a type, through typedefs (`foo_t` -> `struct foo`). */
function structKey(type: TypeRef, t: RepoTypes): string | undefined {
  let base = type.base
    .replace(/\b(const|volatile)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 8 && !/^(struct|union) /.test(base); i++) {
    const alias = t.typedefs.get(base);
    if (!alias) return undefined;
    base = alias.base;
  }
  return /^(struct|union) /.test(base) ? base : undefined;
}

/** The declared type of an lvalue in a function of the file at `path`, or undefined when not known for sure. */
export function typeOfPath(lvalue: LvaluePath, fn: FunctionFacts, path: string, t: RepoTypes): TypeRef | undefined {
  const local = fn.vars.get(lvalue.root);
  if (local === null) return undefined;
  let type: TypeRef | undefined = local ?? t.fileGlobal(path, lvalue.root) ?? t.global(lvalue.root);
  for (const step of lvalue.steps) {
    if (step.startsWith('[')) {
      if (!type || type.depth === 0) return undefined;
      type = { base: type.base, depth: type.depth - 1 };
      continue;
    }
    if (type) {
      // A struct of the kernel's headers is not read here: its member's type stays unknown.
      const key = type.depth <= 1 ? structKey(type, t) : undefined;
      type = key ? t.struct(key)?.get(step) : undefined;
    } else {
      // The base's type is unknown (a macro, a call): the member name alone, when every struct of the module agrees.
      type = t.member(step);
    }
    if (!type) return undefined;
  }
  return type;
}

export function signednessOf(type: TypeRef | undefined, t: RepoTypes): Signedness {
  return type ? signedness(type, t.typedefs) : 'other';
}
