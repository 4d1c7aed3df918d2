// Walks the audited root safely: no symlink leaves the root, loops end, special files are skipped,
// every file is read at most once, and every skip is explained.

import { constants, type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText, isBinary } from './decode.js';
import type { GitView } from './git-files.js';
import { IgnoreRules } from './glob.js';
import { ReadScratch, readRegularFile } from './read-file.js';
import { TextArena } from './text-arena.js';
import type { RepoFiles, ScannedFile } from './types.js';
import { DEFAULT_MAX_FILE_BYTES } from './limits.js';

export interface WalkOptions {
  /** Files larger than this are listed but not read. */
  maxFileBytes: number;
  /** Config `ignore` globs (gitignore syntax). */
  ignore: string[];
  /** Where the `ignore` globs come from (the config file), for notes. */
  ignoreSource?: string;
  /** Directory depth limit, against pathological trees. */
  maxDepth: number;
  /** Stop after this many files. */
  maxFiles: number;
  /** Told of each file as it is read (its text may come later, when the walk ends), with the root resolved. */
  onFile?: (file: ScannedFile, root: string) => void;
}

export const DEFAULT_WALK: WalkOptions = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ignore: [], maxDepth: 64, maxFiles: 50_000 };

export function walkRepository(root: string, git: GitView | undefined, opts: WalkOptions): RepoFiles {
  const realRoot = realpathSync(root);
  // Every .gitignore read, by folder: the walk applies the chain of a folder; `gitignored` asks all.
  const gitignores: { base: string; ig: IgnoreRules }[] = [];
  const relTo = (rel: string, s: { base: string }) => (s.base ? rel.slice(s.base.length + 1) : rel);
  const out: RepoFiles = {
    root: realRoot,
    files: new Map(),
    git: !!git,
    trackedIgnored: [],
    notes: [],
    gitignored: (p) => gitignores.some((g) => (g.base === '' || p.startsWith(`${g.base}/`)) && g.ig.ignores(relTo(p, g))),
  };
  const configIgnore = new IgnoreRules().add(opts.ignore);
  for (const p of configIgnore.problems)
    out.notes.push({ file: opts.ignoreSource, message: `ignore: entry ${p.line} (${excerpt(opts.ignore[p.line - 1])}): ${p.message}` });
  const seenDirs = new Set<string>();
  let count = 0;
  let truncated = false;

  // Files are read through this cache by real path, so a symlink and its target are read once.
  const byRealPath = new Map<string, ScannedFile>();
  const arena = new TextArena();
  // every file's bytes are copied into its text (arena or decoded) before the next file is read
  const scratch = new ReadScratch();
  // `real`: the file's resolved path (a link's target, or a folder's resolved path and the name of a file that is
  // no link); `now`: the text is read at once (a .gitignore), not when its arena chunk is sealed
  const readCached = (real: string, rel: string, now = false): ScannedFile => {
    const tracked = git ? git.tracked.has(rel) : true;
    const hit = byRealPath.get(real);
    if (hit) {
      const f: ScannedFile = { path: rel, size: hit.size, binary: hit.binary, tracked };
      arena.share(hit, f);
      return f;
    }
    const f = readOne(real, rel, tracked, opts, out, scratch, now ? undefined : arena);
    byRealPath.set(real, f);
    return f;
  };

  // gitignore rules apply relative to the folder of the .gitignore that declares them;
  // each entry keeps its base so nested .gitignore files work.
  type Scoped = { base: string; ig: IgnoreRules };
  const visit = (dirAbs: string, dirRel: string, depth: number, scoped: Scoped[]): void => {
    if (depth > opts.maxDepth) {
      out.notes.push({ file: dirRel, message: `skipped: folder nesting deeper than ${opts.maxDepth}` });
      return;
    }
    let real: string;
    try {
      real = realpathSync(dirAbs);
    } catch {
      out.notes.push({ file: dirRel || '.', message: 'skipped: folder could not be resolved' });
      return;
    }
    // (a folder swapped for a link since its parent was listed: not followed out of the root)
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      out.notes.push({ file: dirRel, message: 'skipped: folder resolves outside the audited root' });
      return;
    }
    if (seenDirs.has(real)) return; // a loop or a second link to the same folder
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true }).sort(byName);
    } catch (e) {
      out.notes.push({ file: dirRel || '.', message: `skipped: folder not readable (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    let rules = scoped;
    const giRel = dirRel ? `${dirRel}/.gitignore` : '.gitignore';
    if (entries.some((e) => e.name === '.gitignore') && lstatSafe(path.join(dirAbs, '.gitignore'))?.isFile()) {
      const gi = readCached(path.join(real, '.gitignore'), giRel, true);
      out.files.set(giRel, gi);
      count++;
      if (gi.text !== undefined) {
        const scope = { base: dirRel, ig: new IgnoreRules().add(gi.text) };
        for (const p of scope.ig.problems) out.notes.push({ file: giRel, line: p.line, message: `pattern ${p.message}` });
        gitignores.push(scope);
        rules = [...scoped, scope];
      }
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name === '.git') continue;
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (out.files.has(rel)) continue;
      const abs = path.join(dirAbs, name);
      // The listing's type of a file or folder spares a stat of each (0.5 s of drivers/'s scan): a file is opened
      // without following a link and read only if regular (readRegularFile), a folder is resolved and kept inside the
      // root (above). Any other type, or none known, is asked of the file system as before.
      let st: Pick<Dirent, 'isDirectory' | 'isFile' | 'isSymbolicLink'> = entry;
      if (!entry.isFile() && !entry.isDirectory()) {
        try {
          st = lstatSync(abs);
        } catch {
          out.notes.push({ file: rel, message: 'skipped: could not stat' });
          continue;
        }
      }
      let isDir = st.isDirectory();
      let isFile = st.isFile();
      // A file that is no link, in this resolved folder, is at `real/name`: no resolving of every folder of its path
      // again (a realpath per file was a third of the scan of drivers/, most of it lstat calls).
      let target = path.join(real, name);
      if (st.isSymbolicLink()) {
        try {
          target = realpathSync(abs);
        } catch {
          out.notes.push({ file: rel, message: 'skipped: dangling or looping symbolic link' });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          out.notes.push({ file: rel, message: 'skipped: symbolic link points outside the audited root' });
          continue;
        }
        try {
          const t = statSync(target);
          isDir = t.isDirectory();
          isFile = t.isFile();
        } catch {
          continue;
        }
      }
      const ignoredBy = (d: boolean) =>
        configIgnore.ignores(d ? `${rel}/` : rel) || rules.some((s) => s.ig.ignores(relTo(rel, s) + (d ? '/' : '')));
      if (isDir) {
        if (ignoredBy(true)) {
          if (git) noteTrackedUnder(rel, git, out);
          continue;
        }
        visit(abs, rel, depth + 1, rules);
        continue;
      }
      if (!isFile) {
        out.notes.push({ file: rel, message: 'skipped: not a regular file (FIFO, socket or device)' });
        continue;
      }
      if (ignoredBy(false)) {
        if (git?.tracked.has(rel)) out.trackedIgnored.push(rel);
        continue;
      }
      if (count >= opts.maxFiles) {
        truncated = true;
        continue;
      }
      count++;
      const f = readCached(target, rel);
      out.files.set(rel, f);
      opts.onFile?.(f, realRoot);
    }
  };
  visit(realRoot, '', 0, []);
  arena.seal();
  if (truncated) out.notes.push({ message: `stopped after ${opts.maxFiles} files; the rest was not audited` });
  return out;
}

/** A short, printable excerpt of a pattern for a note. */
function excerpt(s: string | undefined): string {
  const t = JSON.stringify(s ?? '');
  return t.length > 60 ? `${t.slice(0, 57)}..."` : t;
}

function noteTrackedUnder(relDir: string, git: GitView, out: RepoFiles): void {
  const prefix = `${relDir}/`;
  for (const t of git.tracked) if (t.startsWith(prefix)) out.trackedIgnored.push(t);
}

function readOne(
  abs: string,
  rel: string,
  tracked: boolean,
  opts: WalkOptions,
  out: RepoFiles,
  scratch: ReadScratch,
  arena?: TextArena,
): ScannedFile {
  // `abs` is resolved: a link at its end now is one swapped in since, and is not followed
  const r = readRegularFile(abs, opts.maxFileBytes, constants.O_NOFOLLOW, scratch, undefined, out.root);
  if (!r.ok) {
    out.notes.push({ file: rel, message: `skipped: ${r.detail}` });
    return { path: rel, size: r.size ?? 0, binary: false, tracked };
  }
  const data = r.data;
  if (isBinary(data)) {
    if (/\.(c|h|s|S|md|txt|conf)$|Makefile$|Kbuild$|Kconfig$/.test(rel))
      out.notes.push({ file: rel, message: 'skipped: binary content in a file with a text name' });
    return { path: rel, size: data.length, binary: true, tracked };
  }
  const f: ScannedFile = { path: rel, size: data.length, binary: false, tracked, identity: r.identity };
  if (!arena?.add(f, data)) f.text = decodeText(data);
  return f;
}

/** Entries in the order of their names' UTF-16 units, as `sort()` puts names. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function lstatSafe(abs: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}
