// What the cleanup analysis reads of a C file: its text, masked code and positions, and some of its lexed facts. A
// worker thread's cleanup batch carries those facts from the main thread's model and masks the text itself, instead
// of lexing each file again (about a fifth of a worker's cleanup time on drivers/net).

import type { CFile, Define, FieldInit, FunctionDef, MacroCall } from '../../model/c/types.js';
import { builtInOnly } from '../../model/modules.js';
import { DefineList } from '../../model/c/defines.js';
import { TEARDOWN_FIELDS } from './entry-functions.js';
import { CALLBACK_FIELD, EXPORTED } from './module-analysis.js';

/** What the analysis reads of a function definition (a batch sends no more: it is most of a batch's message). */
export type CleanupFunction = Pick<FunctionDef, 'name' | 'isStatic' | 'prefix' | 'offset' | 'bodyStart' | 'bodyEnd' | 'line'>;

/** A C file as the cleanup analysis reads it: a model's CFile, or a worker's masked text with the facts sent. */
export type CleanupSource = Pick<
  CFile,
  'path' | 'text' | 'code' | 'lineAt' | 'columnAt' | 'fieldInits' | 'macros' | 'defines' | 'conditionsAt'
> & {
  functions: readonly CleanupFunction[];
};

/**
 * The lexed facts of a file that a cleanup batch sends: plain data, cloned into the message, and only what the
 * analysis reads (test/engine/cleanup-batch.test.ts holds it to that).
 */
export interface CleanupFacts {
  /** The functions a module build compiles: builtInOnly is applied here, where the preprocessor conditions are. */
  functions: CleanupFunction[];
  /** Initialisers of the fields the analysis looks for (`.probe`, `.remove`, `.release` ...). */
  fieldInits: FieldInit[];
  /** The exports of teardown functions (`EXPORT_SYMBOL`): the analysis reads no other file-scope macro. */
  macros: MacroCall[];
  /** The function-like defines: the analysis reads no other (opaqueMacros). */
  defines: readonly Define[];
}

/**
 * A file's facts as a batch sends them: gathered for each batch (a header shared by several batches again), so that
 * they live no longer than the batch's message; kept for the model, they were a copy of every function of the tree.
 */
export function cleanupFacts(file: CFile): CleanupFacts {
  return {
    functions: file.functions
      .filter((def) => !builtInOnly(file, def.line))
      .map(({ name, isStatic, prefix, offset, bodyStart, bodyEnd, line }) => ({
        name,
        isStatic,
        prefix,
        offset,
        bodyStart,
        bodyEnd,
        line,
      })),
    fieldInits: file.fieldInits.filter((fi) => fi.field === 'probe' || TEARDOWN_FIELDS.includes(fi.field) || CALLBACK_FIELD.test(fi.field)),
    macros: file.macros.filter((m) => EXPORTED.test(m.name)),
    defines: file.defines.functionLike(),
  };
}

/** No condition is known at any line: the functions sent are those a module build compiles already. */
const NO_CONDITIONS = () => [];

/** The file a worker's cleanup analysis reads: its text masked there, and the facts the main thread sent. */
export function withFacts(masked: Pick<CFile, 'path' | 'text' | 'code' | 'lineAt' | 'columnAt'>, facts: CleanupFacts): CleanupSource {
  return {
    path: masked.path,
    text: masked.text,
    code: masked.code,
    lineAt: masked.lineAt,
    columnAt: masked.columnAt,
    functions: facts.functions,
    fieldInits: facts.fieldInits,
    macros: facts.macros,
    defines: new DefineList(facts.defines),
    conditionsAt: NO_CONDITIONS,
  };
}
