// What a worker thread can be asked to do, and what it sends back: compact, structured-clonable facts
// (never the model's objects), computed by the same functions the main thread would call.

import { type FileFacts, readFileFacts } from '../../analysis/correctness/file-facts.js';
import { analyseModule, type ModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import { constants } from 'node:fs';
import path from 'node:path';
import { maskedCode, readCFile } from '../../model/c/file.js';
import { decodeText } from '../../scan/decode.js';
import { type FileIdentity, ReadScratch, readRegularFile, sameFile } from '../../scan/read-file.js';
import type { CFile } from '../../model/c/types.js';
import type { KernelModule } from '../../model/types.js';

/**
 * A file a cleanup batch reads: by its place and what the scan read (the worker reads it again, see
 * ScannedFilesInput), or with its text when the scan kept no identity for it (a second path to a file, a link).
 */
export type BatchFile = { path: string; identity: FileIdentity } | { path: string; text: string };

export interface CleanupInput {
  /** The audited root, resolved (RepoFiles.root). */
  root: string;
  modules: KernelModule[];
  /** Every C file of those modules (sources and headers) that the model holds. */
  files: BatchFile[];
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
  cleanup: ({ root, modules, files }) => {
    const c = new Map(files.map((f) => [f.path, lexedFile(root, f)]));
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
/** By path, most recently used last; with the identity of the file read, when it was read here. */
const lexedFiles = new Map<string, { file: CFile; identity?: FileIdentity }>();
let lexedBytes = 0;

/** A file of a cleanup batch: read here again, or lexed from the text the batch carries. */
function lexedFile(root: string, f: BatchFile): CFile {
  const hit = lexedFiles.get(f.path);
  if (hit && ('text' in f ? hit.file.text === f.text : hit.identity && sameFile(hit.identity, f.identity))) {
    lexedFiles.delete(f.path);
    lexedFiles.set(f.path, hit);
    return hit.file;
  }
  if ('text' in f) return remember(f.path, lexed(f.path, f.text));
  const text = readAgain(root, f);
  // then this batch cannot be analysed as the main thread would: it fails, and the main thread analyses its modules
  if (text === undefined) throw new Error(`${f.path}: not the file the scan read`);
  return remember(f.path, lexed(f.path, text), f.identity);
}

/** The worker's lexing of a file: the same readCFile as the main thread's model (without the calls inside bodies). */
function lexed(filePath: string, text: string): CFile {
  // the cleanup analysis parses the bodies it walks and reads no call the lexer finds in them
  return readCFile(filePath, text, { callsInFunctions: false });
}

function remember(filePath: string, file: CFile, identity?: FileIdentity): CFile {
  const old = lexedFiles.get(filePath);
  if (old) lexedBytes -= old.file.text.length;
  lexedFiles.delete(filePath);
  lexedFiles.set(filePath, { file, identity });
  lexedBytes += file.text.length;
  for (const [p, kept] of lexedFiles) {
    if (lexedBytes <= LEXED_BUDGET) break;
    lexedFiles.delete(p);
    lexedBytes -= kept.file.text.length;
  }
  return file;
}
