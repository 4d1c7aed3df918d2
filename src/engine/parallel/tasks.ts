// What a worker thread can be asked to do, and what it sends back: compact, structured-clonable facts
// (never the model's objects), computed by the same functions the main thread would call.

import { type FileFacts, readFileFacts } from '../../analysis/correctness/file-facts.js';
import { analyseModule, type ModuleCleanup } from '../../analysis/cleanup/module-analysis.js';
import { type CleanupFacts, type CleanupSource, withFacts } from '../../analysis/cleanup/source.js';
import { constants } from 'node:fs';
import path from 'node:path';
import { maskedCode } from '../../model/c/file.js';
import { decodeText } from '../../scan/decode.js';
import { type FileIdentity, ReadScratch, readRegularFile, sameFile } from '../../scan/read-file.js';
import type { KernelModule } from '../../model/types.js';

/**
 * A file a cleanup batch reads: by its place and what the scan read (the worker reads it again, see
 * ScannedFilesInput), or with its text when the scan kept no identity for it (a second path to a file, a link); and
 * the model's lexed facts of it, so that the worker only masks the text (see source.ts).
 */
export type BatchFile = ({ path: string; identity: FileIdentity } | { path: string; text: string }) & { facts: CleanupFacts };

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
    const c = new Map(files.map((f) => [f.path, batchFile(root, f)]));
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

/**
 * Headers shared by the modules of several batches are masked once per worker while they fit this budget. Most reuse
 * is of the last few batches' files: on drivers/net 48 MB kept 11.2 MB of 80 MB read from being masked again and
 * 8 MB kept 6.0 MB, but the worker's heap during its cleanup batches was 160 MB (at most 230) against 61 MB (86).
 */
const MASKED_BUDGET = 8 * 1024 * 1024;
/** By path, most recently used last; with the identity of the file read, when it was read here. */
const maskedFiles = new Map<string, { file: CleanupSource; identity?: FileIdentity }>();
let maskedBytes = 0;

/** A file of a cleanup batch: read here again, or masked from the text the batch carries, with the facts it carries. */
function batchFile(root: string, f: BatchFile): CleanupSource {
  const hit = maskedFiles.get(f.path);
  // (the facts sent for the same file are the same: they come from the one model)
  if (hit && ('text' in f ? hit.file.text === f.text : hit.identity && sameFile(hit.identity, f.identity))) {
    maskedFiles.delete(f.path);
    maskedFiles.set(f.path, hit);
    return hit.file;
  }
  if ('text' in f) return remember(withFacts({ path: f.path, text: f.text, ...maskedCode(f.text) }, f.facts));
  const text = readAgain(root, f);
  // then this batch cannot be analysed as the main thread would: it fails, and the main thread analyses its modules
  if (text === undefined) throw new Error(`${f.path}: not the file the scan read`);
  return remember(withFacts({ path: f.path, text, ...maskedCode(text) }, f.facts), f.identity);
}

function remember(file: CleanupSource, identity?: FileIdentity): CleanupSource {
  const old = maskedFiles.get(file.path);
  if (old) maskedBytes -= old.file.text.length;
  maskedFiles.delete(file.path);
  maskedFiles.set(file.path, { file, identity });
  maskedBytes += file.text.length;
  for (const [p, kept] of maskedFiles) {
    if (maskedBytes <= MASKED_BUDGET) break;
    maskedFiles.delete(p);
    maskedBytes -= kept.file.text.length;
  }
  return file;
}
