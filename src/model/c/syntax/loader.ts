// Loads web-tree-sitter and the tree-sitter-c grammar once. The .wasm files sit next to the bundle
// (dist/, copied by the build) or in node_modules (tests, a source checkout).

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { Language, Parser } from 'web-tree-sitter';
import { BASELINE_PARSER_MAX_BYTES, baselineAtRunTime, userSetWasmFlags } from '../../../engine/parser-compile-policy.js';

export { BASELINE_PARSER_MAX_BYTES };

const RUNTIME_WASM = 'tree-sitter.wasm';
const GRAMMAR_WASM = 'tree-sitter-c.wasm';

/** Where a wasm file may be: beside this module (the bundle), then the installed packages. */
export function locateWasm(file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = [join(here, file), join(here, '..', file), join(process.cwd(), 'dist', file)];
  // The bundle's copy is the usual answer: resolving the package (a walk of node_modules folders, about 3 ms of a
  // short audit) only when it is not there.
  const found = beside.find((p) => existsSync(p));
  if (found) return found;
  const pkgPath = file === RUNTIME_WASM ? 'web-tree-sitter/tree-sitter.wasm' : 'tree-sitter-c/tree-sitter-c.wasm';
  const installed: string[] = [];
  try {
    installed.push(createRequire(import.meta.url).resolve(pkgPath));
  } catch {
    // not installed: looked for below, and named in the error
  }
  installed.push(join(process.cwd(), 'node_modules', ...pkgPath.split('/')));
  const candidates = [...beside, ...installed];
  const atLast = installed.find((p) => existsSync(p));
  if (!atLast) throw new Error(`lkm-audit: cannot find ${file} (looked in ${candidates.join(', ')})`);
  return atLast;
}

// V8 runs a wasm function first as baseline code (Liftoff) and recompiles the hot ones with TurboFan; the parser's
// main loop is one long call, so a file's first parse runs in code that is being replaced: measured on a 96 KB file,
// 95-118 ms for the first parse, then 27-40, then 22 ms each. Compiled by Liftoff alone, all at load (7 ms more), the
// parses take 35 ms, then 32 ms each: less in all below about 900 KB of C, so a small audit has it compiled that way.
const BASELINE_FLAGS = '--liftoff-only --no-wasm-lazy-compilation';
// Set back at once, with what --liftoff-only implies: V8's code cache is keyed by the flags, and the cache written at
// exit must match the next run's flags. The module keeps its baseline code (compiled eagerly, none left to compile).
const DEFAULT_FLAGS = '--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering --wasm-lazy-compilation';

/** How V8 was told to compile the parser: by the baseline compiler alone, as it likes, or as the user said. */
export type ParserCompilation = 'baseline' | 'tiered' | 'user flags';

let loading: Promise<Parser> | undefined;
let parser: Parser | undefined;
let compilation: ParserCompilation | undefined;

/**
 * Loads the parser once; later calls return the same one. `cBytes`, the C the caller is about to parse, chooses how
 * V8 compiles it; the first call decides for the whole process.
 */
export function loadCParser(cBytes?: number): Promise<Parser> {
  loading ??= (async () => {
    compilation = compilationFor(cBytes);
    const baseline = compilation === 'baseline';
    if (baseline) setFlagsFromString(BASELINE_FLAGS);
    try {
      const grammar = new Uint8Array(readFileSync(locateWasm(GRAMMAR_WASM)));
      // Compiled on V8's threads while the runtime starts: V8 keeps a compiled module by its bytes, so that
      // Language.load, which compiles them only after the runtime is up, finds it done (measured: 15 -> 7 ms).
      const compiling = WebAssembly.compile(grammar).catch(() => undefined);
      const runtime = locateWasm(RUNTIME_WASM);
      await Parser.init({ locateFile: () => runtime });
      await compiling;
      const language = await Language.load(grammar);
      const p = new Parser();
      p.setLanguage(language);
      parser = p;
      return p;
    } finally {
      if (baseline) setFlagsFromString(DEFAULT_FLAGS);
    }
  })();
  return loading;
}

/**
 * How the parser is compiled for `cBytes` of C; the user's own wasm flags (node's options, NODE_OPTIONS) win. V8's
 * flags are the process's: a worker thread never changes them, as another may be compiling at the same moment.
 */
export function compilationFor(
  cBytes: number | undefined,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
  mainThread = isMainThread,
  v8Version = process.versions.v8,
): ParserCompilation {
  if (userSetWasmFlags(execArgv, nodeOptions)) return 'user flags';
  const small = cBytes !== undefined && cBytes <= BASELINE_PARSER_MAX_BYTES;
  // (Node 24: the CLI's launcher gives the flag on the command line instead, see launcher/baseline-parser.ts)
  return mainThread && small && baselineAtRunTime(v8Version) ? 'baseline' : 'tiered';
}

/** How the loaded parser was compiled (undefined before the first load). */
export function parserCompilation(): ParserCompilation | undefined {
  return compilation;
}

/** The loaded parser, or undefined before `loadCParser()` has finished. */
export function cParserIfLoaded(): Parser | undefined {
  return parser;
}
