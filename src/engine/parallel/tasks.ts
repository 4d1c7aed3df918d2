// What a worker thread can be asked to do, and what it sends back: compact, structured-clonable facts
// (never the model's objects), computed by the same functions the main thread would call.

import { type FileFacts, readFileFacts } from '../../analysis/correctness/file-facts.js';
import { analyseModule, type ModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import { maskedCode, readCFile } from '../../model/c/file.js';
import type { CFile } from '../../model/c/types.js';
import type { KernelModule } from '../../model/types.js';

export interface CleanupInput {
  modules: KernelModule[];
  /** Every C file of those modules (sources and headers) that the model holds, with its text. */
  files: { path: string; text: string }[];
}

/** Files straight from the scan: the worker masks them itself, as the model's lexer will, to get the code to parse. */
export interface ScannedFilesInput {
  files: { path: string; text: string }[];
}

export interface TaskTypes {
  'scanned-file-facts': { input: ScannedFilesInput; output: (FileFacts | null)[] };
  cleanup: { input: CleanupInput; output: ModuleCleanup[] };
}

export type TaskKind = keyof TaskTypes;
export type TaskInput<K extends TaskKind> = TaskTypes[K]['input'];
export type TaskOutput<K extends TaskKind> = TaskTypes[K]['output'];

export const handlers: { [K in TaskKind]: (input: TaskInput<K>) => TaskOutput<K> } = {
  'scanned-file-facts': ({ files }) => files.map(({ text }) => readFileFacts({ text, ...maskedCode(text) }) ?? null),
  cleanup: ({ modules, files }) => {
    const c = new Map(files.map((f) => [f.path, lexed(f.path, f.text)]));
    return modules.map((m) => analyseModule({ c }, m));
  },
};

/** Headers shared by the modules of several batches are lexed once per worker while they fit this budget. */
const LEXED_BUDGET = 48 * 1024 * 1024;
const lexedFiles = new Map<string, CFile>();
let lexedBytes = 0;

/** The worker's lexing of a file: the same readCFile as the main thread's model (without the calls inside bodies). */
function lexed(path: string, text: string): CFile {
  const hit = lexedFiles.get(path);
  if (hit && hit.text === text) {
    lexedFiles.delete(path);
    lexedFiles.set(path, hit); // most recently used last
    return hit;
  }
  // the cleanup analysis parses the bodies it walks and reads no call the lexer finds in them
  const file = readCFile(path, text, { callsInFunctions: false });
  if (hit) lexedBytes -= hit.text.length;
  lexedFiles.set(path, file);
  lexedBytes += text.length;
  for (const [p, f] of lexedFiles) {
    if (lexedBytes <= LEXED_BUDGET) break;
    lexedFiles.delete(p);
    lexedBytes -= f.text.length;
  }
  return file;
}
