// What a worker thread can be asked to do, and what it sends back: compact, structured-clonable facts
// (never the model's objects), computed by the same functions the main thread would call.

import { type FileFacts, readFileFacts } from '../../analysis/correctness/file-facts.js';
import { analyseModule, type ModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import { constants } from 'node:fs';
import path from 'node:path';
import { maskedCode, readCFile } from '../../model/c/file.js';
import { decodeText } from '../../scan/decode.js';
import { type FileIdentity, ReadScratch, readRegularFile } from '../../scan/read-file.js';
import type { CFile } from '../../model/c/types.js';
import type { KernelModule } from '../../model/types.js';

export interface CleanupInput {
  modules: KernelModule[];
  /** Every C file of those modules (sources and headers) that the model holds, with its text. */
  files: { path: string; text: string }[];
}

/**
 * Files straight from the scan, by their place: the worker reads each again (the very file the scan read, unchanged,
 * or nothing) and masks it itself, as the model's lexer will, to get the code to parse. Posting the texts instead
 * copied every C file through the main thread before the model was built (2.1 s of it on drivers/) and held the
 * copies in the worker's queue.
 */
export interface ScannedFilesInput {
  /** The audited root, resolved (RepoFiles.root). */
  root: string;
  files: { path: string; identity: FileIdentity }[];
}

export interface TaskTypes {
  'scanned-file-facts': { input: ScannedFilesInput; output: (FileFacts | null)[] };
  cleanup: { input: CleanupInput; output: ModuleCleanup[] };
}

export type TaskKind = keyof TaskTypes;
export type TaskInput<K extends TaskKind> = TaskTypes[K]['input'];
export type TaskOutput<K extends TaskKind> = TaskTypes[K]['output'];

export const handlers: { [K in TaskKind]: (input: TaskInput<K>) => TaskOutput<K> } = {
  'scanned-file-facts': ({ root, files }) =>
    files.map((f) => {
      const text = readAgain(root, f);
      // (a file changed since the scan, or reached through a link: its facts are read in the main thread, on demand)
      return text === undefined ? null : (readFileFacts({ text, ...maskedCode(text) }) ?? null);
    }),
  cleanup: ({ modules, files }) => {
    const c = new Map(files.map((f) => [f.path, lexed(f.path, f.text)]));
    return modules.map((m) => analyseModule({ c }, m));
  },
};

const scratch = new ReadScratch();

/** The scanned file's text, read again as the scan read it: undefined unless it is the same file, unchanged. */
function readAgain(root: string, f: { path: string; identity: FileIdentity }): string | undefined {
  const r = readRegularFile(path.join(root, f.path), f.identity.size, constants.O_NOFOLLOW, scratch, f.identity);
  // the scan decodes a text that is not ASCII (or not in its arena) the same way, and ASCII is the same either way
  return r.ok ? decodeText(r.data) : undefined;
}

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
