// Loads web-tree-sitter and the tree-sitter-c grammar once. The .wasm files sit next to the bundle
// (dist/, copied by the build) or in node_modules (tests, a source checkout).

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

const RUNTIME_WASM = 'tree-sitter.wasm';
const GRAMMAR_WASM = 'tree-sitter-c.wasm';

/** Where a wasm file may be: beside this module (the bundle), then the installed packages. */
export function locateWasm(file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, file), join(here, '..', file), join(process.cwd(), 'dist', file)];
  const require = createRequire(import.meta.url);
  const pkgPath = file === RUNTIME_WASM ? 'web-tree-sitter/tree-sitter.wasm' : 'tree-sitter-c/tree-sitter-c.wasm';
  try {
    candidates.push(require.resolve(pkgPath));
  } catch {
    // not installed: the bundle's copy must exist
  }
  candidates.push(join(process.cwd(), 'node_modules', ...pkgPath.split('/')));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`lkm-audit: cannot find ${file} (looked in ${candidates.join(', ')})`);
  return found;
}

let loading: Promise<Parser> | undefined;
let parser: Parser | undefined;

/** Loads the parser once; later calls return the same one. */
export function loadCParser(): Promise<Parser> {
  loading ??= (async () => {
    const runtime = locateWasm(RUNTIME_WASM);
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(new Uint8Array(readFileSync(locateWasm(GRAMMAR_WASM))));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
    return p;
  })();
  return loading;
}

/** The loaded parser, or undefined before `loadCParser()` has finished. */
export function cParserIfLoaded(): Parser | undefined {
  return parser;
}
