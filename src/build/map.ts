// Turns diagnostics from a build of the copy into findings on the repository's own files.

import path from 'node:path';
import type { RepoModel } from '../model/types.js';
import type { Diagnostic, Location } from './diagnostics.js';
import type { BuildFinding } from './types.js';

export interface PathContext {
  /** The copy's absolute path (real path). */
  copy: string;
  /** Directories relative paths in the log may be relative to (the headers tree, its real path). */
  bases: string[];
  model: RepoModel;
}

/** Repository path of a log path, when it points into the copy. */
export function toRepoPath(p: string, ctx: PathContext): string | undefined {
  const candidates = path.isAbsolute(p) ? [p] : [...ctx.bases.map((b) => path.resolve(b, p)), path.resolve(ctx.copy, p)];
  for (const abs of candidates) {
    const rel = path.relative(ctx.copy, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return undefined;
}

function mapLocation(at: Location | undefined, ctx: PathContext) {
  if (!at) return undefined;
  const file = toRepoPath(at.path, ctx);
  return file ? { file, line: at.line, column: at.column } : undefined;
}

/** The source a modpost message is about: `hello.o` -> `hello.c`, `hello.ko` -> the module's main source. */
function modpostFile(object: string | undefined, ctx: PathContext): string | undefined {
  if (!object) return undefined;
  const rel = toRepoPath(object, ctx);
  if (!rel) return undefined;
  const stem = rel.replace(/\.k?o$/, '');
  const name = path.posix.basename(stem);
  const dir = path.posix.dirname(stem);
  const mod = ctx.model.modules.find((m) => m.name === name && (m.dir === dir || (m.dir === '.' && dir === '.')));
  if (mod?.mainSource) return mod.mainSource;
  for (const ext of ['.c', '.S']) if (ctx.model.scan.files.has(stem + ext)) return stem + ext;
  return mod?.sources[0];
}

/** A diagnostic as a finding, or undefined when nothing in it points into the repository. */
export function toFinding(d: Diagnostic, kernel: string | undefined, ctx: PathContext): BuildFinding | undefined {
  const ruleId = d.severity === 'error' ? 'build/compile-error' : 'build/compile-warning';
  if (d.source === 'modpost') {
    const file = modpostFile(d.object, ctx);
    const message = `modpost: ${d.message.replaceAll(ctx.copy + path.sep, '')}`;
    return { ruleId, file, message, kernel };
  }
  if (d.source === 'kbuild') return { ruleId, message: `make: ${d.message.replaceAll(ctx.copy + path.sep, '')}`, kernel };
  // The compiler's own location, else the macro expansion in the user's file, else the include chain.
  const direct = mapLocation(d.at, ctx);
  const viaNote = direct ? undefined : d.notes.map((n) => mapLocation(n.at, ctx)).find(Boolean);
  const viaInclude = direct || viaNote ? undefined : d.includedFrom.map((l) => mapLocation(l, ctx)).find(Boolean);
  const loc = direct ?? viaNote ?? viaInclude;
  if (!loc) return undefined;
  let message = d.message;
  if (!direct && d.at) message += ` (reported in ${shorten(d.at.path)}:${d.at.line})`;
  const note = d.notes.find((n) => mapLocation(n.at, ctx) === undefined && !/in expansion of macro/.test(n.message));
  if (note) message += `; note: ${note.message} (${shorten(note.at.path)}:${note.at.line})`;
  return { ruleId, file: loc.file, line: loc.line, column: loc.column, message, kernel };
}

/** Header paths are long; keep from `include/` or `arch/` on. */
function shorten(p: string): string {
  const i = p.search(/\/(include|arch|scripts)\//);
  return i >= 0 ? p.slice(i + 1) : p;
}
