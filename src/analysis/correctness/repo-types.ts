// The repository's declared types put together (typedefs, struct members, globals of every kernel
// C file), to type an lvalue such as `priv->stats.err` inside a function.

import type { RepoModel } from '../../model/types.js';
import { addTiming } from '../../engine/timing.js';
import { type Signedness, signedness, type TypeRef } from '../../model/c/syntax/types.js';
import { dropFileFacts, type FileFacts, fileFacts, type FunctionFacts, type LvaluePath, readFileFacts, returnFacts } from './file-facts.js';

export interface RepoTypes {
  files: Map<string, FileFacts>;
  typedefs: Map<string, TypeRef>;
  structs: Map<string, Map<string, TypeRef>>;
  /** Member name -> every type it is declared with, in any struct (when the struct is unknown). */
  members: Map<string, TypeRef[]>;
  globals: Map<string, TypeRef[]>;
  /** A function's return facts, read from its file parsed whole (the first reading leaves them unread). */
  returnsOf(path: string, fn: FunctionFacts): Pick<FunctionFacts, 'returnsErrno' | 'returnsResultOf'>;
}

const NO_RETURNS: Pick<FunctionFacts, 'returnsErrno' | 'returnsResultOf'> = { returnsErrno: false, returnsResultOf: [] };

const cache = new WeakMap<RepoModel, RepoTypes>();

/** Forgets the model's types and the file facts they were made of (once the correctness rules have run). */
export function dropRepoTypes(model: RepoModel): void {
  cache.delete(model);
  dropFileFacts();
}

export function repoTypes(model: RepoModel): RepoTypes {
  const hit = cache.get(model);
  if (hit) return hit;
  const whole = new Map<string, FileFacts | undefined>();
  const wholeFacts = (path: string): FileFacts | undefined => {
    if (!whole.has(path)) {
      const file = model.c.get(path);
      const t0 = performance.now();
      whole.set(path, file && readFileFacts(file, true));
      addTiming('correctness: files parsed again for returns', performance.now() - t0);
    }
    return whole.get(path);
  };
  const t: RepoTypes = {
    files: new Map(),
    typedefs: new Map(),
    structs: new Map(),
    members: new Map(),
    globals: new Map(),
    returnsOf: (path, fn) => returnFacts(fn, () => wholeFacts(path)) ?? NO_RETURNS,
  };
  let errors = 0;
  for (const [path, file] of [...model.c].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const facts = fileFacts(file);
    if (!facts) continue;
    t.files.set(path, facts);
    errors += facts.syntaxErrors > 0 ? 1 : 0;
    for (const [k, v] of facts.typedefs) if (!t.typedefs.has(k)) t.typedefs.set(k, v);
    for (const [k, v] of facts.structs) {
      const members = t.structs.get(k) ?? new Map();
      for (const [m, mt] of v) {
        if (!members.has(m)) members.set(m, mt);
        t.members.set(m, [...(t.members.get(m) ?? []), mt]);
      }
      t.structs.set(k, members);
    }
    for (const [k, v] of facts.globals) t.globals.set(k, [...(t.globals.get(k) ?? []), v]);
  }
  if (errors > 0) {
    model.notes.push({
      message: `correctness rules: the C parser could not read parts of ${errors} file${errors === 1 ? '' : 's'} (macros it cannot expand); those parts are not analysed`,
    });
  }
  cache.set(model, t);
  return t;
}

/** One type when all candidates agree on it, else undefined. */
function agreed(types: readonly TypeRef[] | undefined): TypeRef | undefined {
  if (!types || types.length === 0) return undefined;
  const [first] = types;
  return types.every((x) => x.base === first.base && x.depth === first.depth) ? first : undefined;
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

/** The declared type of an lvalue in a function of `file`, or undefined when not known for sure. */
export function typeOfPath(path: LvaluePath, fn: FunctionFacts, file: FileFacts, t: RepoTypes): TypeRef | undefined {
  const local = fn.vars.get(path.root);
  if (local === null) return undefined;
  let type: TypeRef | undefined = local ?? file.globals.get(path.root) ?? agreed(t.globals.get(path.root));
  for (const step of path.steps) {
    if (step.startsWith('[')) {
      if (!type || type.depth === 0) return undefined;
      type = { base: type.base, depth: type.depth - 1 };
      continue;
    }
    if (type) {
      // A struct of the kernel's headers is not read here: its member's type stays unknown.
      const key = type.depth <= 1 ? structKey(type, t) : undefined;
      type = key ? t.structs.get(key)?.get(step) : undefined;
    } else {
      // The base's type is unknown (a macro, a call): the member name alone, when every struct of the module agrees.
      type = agreed(t.members.get(step));
    }
    if (!type) return undefined;
  }
  return type;
}

export function signednessOf(type: TypeRef | undefined, t: RepoTypes): Signedness {
  return type ? signedness(type, t.typedefs) : 'other';
}
