// String macros the build system defines for the C code: a MODULE_LICENSE(PROJECT_META_LICENSE) is resolved
// from here when the module's own files do not define it. Read as text, never run.

import type { Define } from '../c/types.js';
import type { MakeFile } from '../make/types.js';
import type { RepoFiles } from '../../scan/types.js';

export interface BuildDefine extends Define {
  /** Where the value comes from: the Makefile, META, configure.ac or a header template. */
  file: string;
}

/** `-DNAME="value"` / `-DNAME=\"value\"` in a make value. */
const D_FLAG = /-D([A-Za-z_]\w*)=(\\?"(?:[^"\\]|\\[^"])*\\?")/g;
/** `AC_DEFINE([NAME], ["value"]...)` and `AC_DEFINE_UNQUOTED(NAME, "value"...)`. */
const AC_DEFINE = /AC_DEFINE(?:_UNQUOTED)?\(\s*\[?([A-Za-z_]\w*)\]?\s*,\s*\[?("[^"\n]*")\]?/g;
/** `#define NAME "value"` in a template that configure turns into a header. */
const HEADER_DEFINE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+("[^"\n]*")[ \t]*$/gm;

export function buildSystemDefines(scan: RepoFiles, make: Map<string, MakeFile>): Map<string, BuildDefine> {
  const out = new Map<string, BuildDefine>();
  const add = (name: string, literal: string, file: string, line: number) => {
    // `["$ZFS_META_LICENSE"]`: a shell variable of configure, not a value.
    if (literal.includes('$')) return;
    if (!out.has(name)) out.set(name, { name, value: literal.replace(/\\"/g, '"'), line, file });
  };
  for (const mf of make.values())
    for (const a of mf.assignments) for (const m of a.value.matchAll(D_FLAG)) add(m[1], m[2], mf.path, a.line);
  for (const f of scan.files.values()) {
    if (f.text === undefined) continue;
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const lineOf = (offset: number) => f.text!.slice(0, offset).split('\n').length;
    if (base === 'META') {
      // OpenZFS-style META: `License: CDDL` is what configure exports as <PROJECT>_META_LICENSE.
      for (const m of f.text.matchAll(/^([A-Za-z][\w-]*):[ \t]*(\S[^\n]*?)[ \t]*$/gm))
        add(`META_${m[1].toUpperCase().replace(/-/g, '_')}`, `"${m[2]}"`, f.path, lineOf(m.index ?? 0));
    } else if (/^configure\.(ac|in)$/.test(base) || base.endsWith('.m4')) {
      for (const m of f.text.matchAll(AC_DEFINE)) add(m[1], m[2], f.path, lineOf(m.index ?? 0));
    } else if (base.endsWith('.h.in')) {
      for (const m of f.text.matchAll(HEADER_DEFINE)) add(m[1], m[2], f.path, lineOf(m.index ?? 0));
    }
  }
  return out;
}

/** The build system's value of a macro: by its name, or a `<PROJECT>_META_<KEY>` name by its META key. */
export function lookupBuildDefine(defines: Map<string, BuildDefine>, name: string): BuildDefine | undefined {
  const direct = defines.get(name);
  if (direct) return direct;
  const meta = /_(META_[A-Z0-9_]+)$/.exec(name);
  return meta ? defines.get(meta[1]) : undefined;
}
