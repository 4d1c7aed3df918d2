// Builds the repository model from the scan: every parser runs once, here, and rules only read.

import path from 'node:path/posix';
import {
  generatedBuildFileTemplates,
  isAuxiliaryPath,
  isBuildFile,
  isCPath,
  isFeatureProbePath,
  isOtherWorldPath,
  looksLikeKernelC,
} from './classify.js';
import { readCFile } from './c/file.js';
import { maskAll } from './c/mask-arena.js';
import { foldersOf, includeDirLookup, projectIncludeDirs } from './c/include-dirs.js';
import type { CFile } from './c/types.js';
import { repoDefines } from './c/define-index.js';
import { buildCiModel } from './ci/index.js';
import { parseDkmsConf } from './dkms/parse.js';
import { detectTreeContext } from './context/in-tree.js';
import { deviceTables } from './devices/tables.js';
import { buildDocsModel } from './docs/readme.js';
import { readTodoLists } from './docs/todo.js';
import { buildKernelsModel } from './kernels/index.js';
import { buildLicenseModel } from './license/index.js';
import { buildSystemDefines } from './license/build-defines.js';
import { readKconfig } from './kconfig.js';
import { discoverModules } from './modules.js';
import { neverBuiltNote } from './c/never-built-note.js';
import { parseMakefile } from './make/parse.js';
import { resolveObjEntries } from './make/obj-entries.js';
import { buildFileBase, instantiateTemplate } from './make/template.js';
import type { MakeFile } from './make/types.js';
import type { Config } from '../config/types.js';
import type { RepoFiles } from '../scan/types.js';
import type { AnalysisNote } from '../types.js';
import type { RepoModel } from './types.js';
import { pushTo } from '../util/group.js';
import { timed } from '../engine/timing.js';
import { isVendored, vendoredTrees } from './vendored.js';
import { joinNormal } from '../util/join-path.js';

export interface ModelOptions {
  /** Audit as a folder of a kernel tree even when no tree is detected around it (`--in-tree`). */
  inTree?: boolean;
  /**
   * Called once the C files and the modules are known, before the rest of the model (docs, device tables, licence,
   * kernels: a quarter of building it on drivers/): work that needs only these can start on worker threads.
   */
  onModules?: (found: Pick<RepoModel, 'c' | 'modules'>) => void;
}

export function buildModel(scan: RepoFiles, config: Config, options: ModelOptions = {}): RepoModel {
  const notes: AnalysisNote[] = scan.notes.map((n) => ({ file: n.file, line: n.line, message: n.message }));

  const make = new Map<string, MakeFile>();
  for (const f of scan.files.values()) {
    const kind = isBuildFile(f.path);
    if (!kind || f.text === undefined) continue;
    const mf = parseMakefile(f.path, f.text, kind);
    make.set(f.path, mf);
    for (const n of mf.notes) notes.push({ file: f.path, line: n.line, message: n.message });
  }
  // `./configure` writes these from their templates: the template is the build file the repository holds.
  for (const t of generatedBuildFileTemplates(scan.files.values())) {
    const mf = parseMakefile(t.path, instantiateTemplate(t.path, t.text), buildFileBase(t.path) === 'Kbuild' ? 'Kbuild' : 'Makefile');
    make.set(t.path, mf);
    for (const n of mf.notes) notes.push({ file: t.path, line: n.line, message: n.message });
  }
  const kconfig = readKconfig(scan);
  const objNotes: AnalysisNote[] = [];
  // An entry behind a `bool` symbol is built-in only: kbuild never makes a module of it. A feature probe
  // (configure tests compiled to learn what the kernel offers) is no module either.
  const objEntries = resolveObjEntries([...make.values(), ...kbuildFragments(scan, make)], objNotes).filter(
    (e) =>
      (!e.unresolvedConfig || kconfig.get(e.unresolvedConfig.replace(/^CONFIG_/, ''))?.type !== 'bool') &&
      !isFeatureProbePath(`${e.dir ?? '.'}/`),
  );
  notes.push(...objNotes);
  // Every object kbuild builds is known only when every obj-m line and composite resolved.
  const objectsKnown = objEntries.length > 0 && !objNotes.some((n) => /not evaluate|not resolved|depend on/.test(n.message));

  // Kernel C: every source an obj-m entry names, plus files that look like kernel code outside
  // auxiliary folders (tools/, tests/ ...), plus the headers they include.
  const stems = kbuildStems(objEntries);
  const includedC = includedSources(scan);
  const neverBuilt: string[] = [];
  const kernelC = [...scan.files.values()].filter((f): f is typeof f & { text: string } => {
    if (!isCPath(f.path) || f.text === undefined) return false;
    const named = stems.has(f.path.replace(/\.[ch]$/, ''));
    if (!named && (isAuxiliaryPath(f.path) || isFeatureProbePath(f.path))) return false;
    // Headers of a FreeBSD or Windows variant (OpenZFS's include/os/freebsd/) are no Linux kernel code either.
    if (!named && f.path.endsWith('.h') && isOtherWorldPath(f.path)) return false;
    // A C source no Kbuild object reaches (a Windows or FreeBSD variant, a user-space tool) is not built code.
    if (!named && f.path.endsWith('.c') && !includedC.has(f.path) && (objectsKnown || isOtherWorldPath(f.path))) {
      if (looksLikeKernelC(f.text) || isOtherWorldPath(f.path)) neverBuilt.push(f.path);
      return false;
    }
    return named || f.path.endsWith('.h') || looksLikeKernelC(f.text);
  });
  if (neverBuilt.length)
    notes.push({
      message: `${neverBuilt.length} C file(s) are built by no Kbuild object and were not audited as kernel code: ${neverBuilt.slice(0, 5).join(', ')}${neverBuilt.length > 5 ? ', ...' : ''}`,
    });
  const c = new Map<string, CFile>();
  const read = timed('model: C files', () => {
    const masked = maskAll(kernelC.map((f) => f.text));
    return kernelC.map((f, i) => readCFile(f.path, f.text, { masked: masked[i] }));
  });
  const includeDirs = projectIncludeDirs(make, foldersOf(scan.files.keys()));
  for (const cf of timed('model: headers reached', () => kernelHeadersReached(read, stems, includeDirs))) {
    c.set(cf.path, cf);
    for (const n of cf.notes) notes.push({ file: cf.path, message: n });
  }
  const skipped = neverBuiltNote(c);
  if (skipped) notes.push(skipped);
  const unread = new Set([...scan.files.values()].filter((f) => isCPath(f.path) && f.text === undefined && !f.binary).map((f) => f.path));
  const vendored = vendoredTrees(c.values());
  const modules = timed('model: modules', () => discoverModules(objEntries, c, notes, buildSystemDefines(scan, make), unread, includeDirs));
  options.onModules?.({ c, modules });
  const docs = timed('model: docs', () => buildDocsModel(scan));
  const ci = timed('model: CI', () => buildCiModel(scan));
  for (const n of ci.notes ?? []) notes.push(n);
  const dkms = [...scan.files.values()]
    .filter((f) => f.text !== undefined && (/(^|\/)dkms\.conf$/.test(f.path) || isDkmsTemplate(f.path, scan)))
    .map((f) => parseDkmsConf(f.path, f.text as string));

  // The first object-like definition of each name, in file order: indexed, not a scan of every file per lookup
  const defines = repoDefines(c);
  const defineOf = (name: string) => defines.firstValue(name);
  const devices = timed('model: device tables', () => deviceTables([...c.values()], defineOf));
  for (const u of devices.unresolved) notes.push({ file: u.file, line: u.line, message: `device table entry skipped: ${u.why}` });

  return {
    root: scan.root,
    devices,
    scan,
    config,
    make,
    includeDirs,
    objEntries,
    kconfig,
    c,
    vendored,
    modules,
    docs,
    todo: readTodoLists(scan),
    license: timed('model: licence', () =>
      buildLicenseModel(
        scan,
        kernelFiles(scan, c, make).filter((p) => !isVendored(vendored, p)),
      ),
    ),
    ci,
    dkms,
    kernels: timed('model: kernels', () => buildKernelsModel({ c, make, docs, dkms, config, ci })),
    context: detectTreeContext(scan.root, options.inTree),
    notes,
  };
}

/**
 * Keeps the sources, and of the headers those that are kernel code themselves, sit beside kernel sources, or
 * that kernel code includes (also through other headers): the headers of a user-space program in the same
 * repository (a daemon's `src/*.h`, a bundled crypto library) are not kernel code and must not meet kernel
 * style or licence rules. `#include "x.h"` is looked up beside the including file first, then as a path
 * suffix anywhere (kbuild adds `-I` folders the audit does not evaluate); `<x/y.h>` only as a suffix.
 */
function kernelHeadersReached(files: CFile[], stems: Set<string>, includeDirs: readonly string[]): CFile[] {
  const headers = new Map<string, CFile>();
  const byBase = new Map<string, CFile[]>();
  for (const f of files) {
    if (!f.path.endsWith('.h')) continue;
    headers.set(f.path, f);
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    pushTo(byBase, base, f);
  }
  const kept = new Set<CFile>();
  const queue: CFile[] = [];
  const keep = (f: CFile) => {
    if (kept.has(f)) return;
    kept.add(f);
    queue.push(f);
  };
  const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
  // What an include names through the -I folders or by its tail depends on its text alone: found once per text.
  const viaDirs = includeDirLookup(includeDirs, (p) => headers.get(p));
  const byTail = new Map<string, CFile[]>();
  const sourceDirs = new Set(files.filter((f) => !f.path.endsWith('.h')).map((f) => dirOf(f.path)));
  for (const f of files) {
    const header = f.path.endsWith('.h');
    if (!header || sourceDirs.has(dirOf(f.path)) || stems.has(f.path.replace(/\.h$/, '')) || looksLikeKernelC(f.text)) keep(f);
  }
  while (queue.length) {
    const f = queue.pop() as CFile;
    for (const inc of f.includes) {
      const beside = inc.system ? undefined : headers.get(joinNormal(dirOf(f.path), inc.path));
      if (beside) {
        keep(beside);
        continue;
      }
      // `<drv_types.h>` with `-I$(src)/include`: a header of the project's own include folders.
      const viaDir = viaDirs(inc.path);
      if (viaDir && !/^(linux|asm|uapi|net)\//.test(inc.path)) {
        keep(viaDir);
        continue;
      }
      // `"../hal/x.h"` from another folder than the one it was written for: `hal/x.h` under an -I folder
      let tailed = byTail.get(inc.path);
      if (!tailed) {
        const tail = path.normalize(inc.path).replace(/^(\.\.\/)+/, '');
        const base = tail.slice(tail.lastIndexOf('/') + 1);
        tailed = (byBase.get(base) ?? []).filter((h) => h.path === tail || h.path.endsWith(`/${tail}`));
        byTail.set(inc.path, tailed);
      }
      for (const h of tailed) keep(h);
    }
  }
  return files.filter((f) => kept.has(f));
}

/** Paths (without extension) of every object an obj-m entry names: `drv/foo_main` for `foo-y := foo_main.o` in drv/Kbuild. */
function kbuildStems(entries: { file: string; dir?: string; name: string; parts: string[] }[]): Set<string> {
  const stems = new Set<string>();
  for (const e of entries) {
    const dir = e.dir ?? (e.file.includes('/') ? e.file.slice(0, e.file.lastIndexOf('/')) : '.');
    for (const o of [`${e.name}.o`, ...e.parts]) stems.add(path.normalize(path.join(dir, o.replace(/\.o$/, ''))));
  }
  return stems;
}

/** Files that carry the module's licence: kernel C, build files and Kconfig outside auxiliary folders. */
function kernelFiles(scan: RepoFiles, c: Map<string, CFile>, make: Map<string, MakeFile>): string[] {
  const out = new Set([...c.keys(), ...[...make.keys()].filter((p) => !isAuxiliaryPath(p))]);
  for (const p of scan.files.keys()) if (/(^|\/)Kconfig$/.test(p) && !isAuxiliaryPath(p)) out.add(p);
  return [...out].sort();
}

/**
 * Kbuild fragments (`nvidia/nvidia.Kbuild`, `Kbuild.include`): read only where a Kbuild includes them, so that the
 * `obj-m` they add counts. They are no build file of their own.
 */
function kbuildFragments(scan: RepoFiles, make: Map<string, MakeFile>): MakeFile[] {
  const out: MakeFile[] = [];
  for (const f of scan.files.values()) {
    if (f.text === undefined || make.has(f.path) || !/(^|\/)([^/]+\.[Kk]build|Kbuild\.(?!in$)[^/.]+)$/.test(f.path)) continue;
    out.push(parseMakefile(f.path, f.text, 'Kbuild'));
  }
  return out;
}

/** `dkms.conf.in`, which a Makefile or ./configure turns into the dkms.conf beside it, when that is absent. */
function isDkmsTemplate(p: string, scan: RepoFiles): boolean {
  return /(^|\/)dkms\.conf\.in$/.test(p) && !scan.files.has(p.slice(0, -'.in'.length));
}

const C_FILE_CLOSED = /\.c[">]/;

/** `.c` files another C file includes (`#include "hal_com.c"`): compiled inside it, so built though no object names them. */
function includedSources(scan: RepoFiles): Set<string> {
  const out = new Set<string>();
  // Files by base name, built on the first `#include "x.c"`: a tail can only match a file of the same name
  let byBase: Map<string, string[]> | undefined;
  const named = (base: string): string[] => {
    if (!byBase) {
      byBase = new Map();
      for (const p of scan.files.keys()) pushTo(byBase, p.slice(p.lastIndexOf('/') + 1), p);
    }
    return byBase.get(base) ?? [];
  };
  for (const f of scan.files.values()) {
    // (what every such include holds: `.c` then its closing quote; `.c` alone is in most files, `x.cmd` and all)
    if (!isCPath(f.path) || f.text === undefined || !C_FILE_CLOSED.test(f.text)) continue;
    const dir = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '.';
    for (const m of f.text.matchAll(/^[ \t]*#[ \t]*include[ \t]*["<]([^">]+\.c)[">]/gm)) {
      out.add(path.normalize(path.join(dir, m[1])));
      // Through an -I folder or from another folder: match by the path's tail too.
      const tail = m[1].replace(/^(\.\.\/)+/, '');
      for (const p of named(tail.slice(tail.lastIndexOf('/') + 1))) if (p.endsWith(`/${tail}`) || p === tail) out.add(p);
    }
  }
  return out;
}
