// Third-party code a repository carries (a compression library, a scripting language, a vendor SDK): a folder of
// kernel C whose headers name another copyright holder under another licence than the rest of the project, or a
// folder named for vendored code (`third_party/`, `vendor/`). It is reported once as a tree, not file by file:
// its style and tags are the upstream project's business.

import path from 'node:path/posix';
import type { CFile } from './c/types.js';
import { findSpdxTag } from './license/spdx.js';

export interface VendoredTree {
  /** Folder, relative to the root. */
  dir: string;
  /** Kernel C files (sources and headers) under it. */
  files: number;
  /** Who the headers name, and under which licence, when read from them. */
  holder?: string;
  license?: string;
  /** Why the folder counts as vendored. */
  reason: 'folder name' | 'headers';
}

const VENDOR_DIR = /^(third[_-]?party|3rd[_-]?party|vendor(ed)?|external)$/i;
/** A folder needs this many files of one foreign provenance to count. */
const MIN_FILES = 2;
const HEADER_CHARS = 3000;

interface Provenance {
  holder?: string;
  license?: string;
}

/** The copyright holder and licence a file's leading comment names. */
export function provenanceOf(text: string): Provenance {
  const head = text.slice(0, HEADER_CHARS);
  const license = findSpdxTag(head)?.expression || grantIn(head);
  const see = /See Copyright Notice in\s+(\S+)/i.exec(head)?.[1];
  // \u00a9 is ©, written as an escape: the CLI's bundle is ASCII.
  const copyright =
    /SPDX-FileCopyrightText:\s*(?:Copyright\s*)?(?:\(c\)|\u00a9)?\s*(?:[\d,\s-]+)?([^\n*]+)/i.exec(head)?.[1] ??
    /Copyright\s*(?:\(c\)|\u00a9|(?=\d{4}))\s*(?:[\d,\s-]+)?\s*(?:by\s+)?([^\n*]+)/i.exec(head)?.[1];
  const holder = see ? `copyright notice of ${see}` : copyright ? normalizeHolder(copyright) : undefined;
  return { holder, license };
}

function grantIn(head: string): string | undefined {
  if (/GNU General Public License|GPL/.test(head)) return 'GPL (text)';
  if (/Common Development and Distribution License/i.test(head)) return 'CDDL (text)';
  if (/Redistribution and use in source and binary forms/i.test(head)) return 'BSD (text)';
  if (/Permission is hereby granted, free of charge/i.test(head)) return 'MIT (text)';
  if (/Licensed under the Apache License/i.test(head)) return 'Apache-2.0 (text)';
  return undefined;
}

function normalizeHolder(s: string): string | undefined {
  const h = s
    .replace(/\b(19|20)\d\d\b[\s,-]*/g, '')
    .replace(/All rights reserved\.?/i, '')
    .replace(/\. .*/, '')
    .replace(/[.,;\s]+$/, '')
    .trim();
  return h.length >= 3 ? h : undefined;
}

/** The vendored trees among the kernel C files, topmost folders only, in path order. */
export function vendoredTrees(files: Iterable<CFile>): VendoredTree[] {
  const list = [...files];
  if (list.length === 0) return [];
  const prov = new Map(list.map((f) => [f.path, provenanceOf(f.text)]));
  // The project is what its module's main files say (those with MODULE_LICENSE), not what most files say: a
  // bundled library can outnumber the module's own sources.
  const main = list.filter((f) => f.text.includes('MODULE_LICENSE('));
  const own = (key: 'holder' | 'license') =>
    new Set(
      main.length > 0
        ? main.flatMap((f) => prov.get(f.path)?.[key] ?? [])
        : [mostCommon(list.map((f) => prov.get(f.path)?.[key]))].filter((v): v is string => !!v),
    );
  const projectHolders = own('holder');
  const projectLicenses = [...own('license')];

  // Folders whose own files mostly share one provenance that is not the project's.
  const byDir = new Map<string, CFile[]>();
  for (const f of list) {
    const d = path.dirname(f.path);
    const inDir = byDir.get(d);
    if (inDir) inDir.push(f);
    else byDir.set(d, [f]);
  }
  const foreign = new Map<string, Provenance>();
  for (const [dir, inDir] of byDir) {
    if (dir === '.') continue;
    const key = (f: CFile) => `${prov.get(f.path)?.holder ?? ''}\u0000${prov.get(f.path)?.license ?? ''}`;
    const top = mostCommon(inDir.map(key));
    const share = inDir.filter((f) => key(f) === top).length;
    if (!top || share < MIN_FILES || share < inDir.length * 0.8) continue;
    const p = prov.get(inDir.find((f) => key(f) === top)?.path as string) as Provenance;
    // GPL code is the kernel's own world: a tree is foreign by a licence that offers something else (BSD, MIT,
    // public domain, or such a licence beside the GPL as zstd's "BSD-3-Clause OR GPL-2.0-only").
    const otherLicense =
      p.license !== undefined && !onlyGpl(p.license) && !projectLicenses.some((l) => sameLicense(p.license as string, l));
    const otherHolder = p.holder !== undefined && !projectHolders.has(p.holder);
    if (otherLicense && otherHolder) foreign.set(dir, p);
  }
  const byName = new Set([...byDir.keys()].flatMap((d) => vendorAncestor(d) ?? []));

  // A tree is the topmost folder under which every kernel C file sits in a foreign folder of one provenance.
  const under = (dir: string) => list.filter((f) => f.path.startsWith(`${dir}/`));
  const trees: VendoredTree[] = [];
  for (const dir of byName) trees.push({ dir, files: under(dir).length, reason: 'folder name' });
  for (const [dir, p] of foreign) {
    let top = dir;
    for (let up = path.dirname(top); up !== '.'; up = path.dirname(up)) {
      const all = under(up);
      const same = all.every((f) => {
        const q = foreign.get(path.dirname(f.path));
        return q && q.holder === p.holder && q.license === p.license;
      });
      if (!same) break;
      top = up;
    }
    if (trees.some((t) => top === t.dir || top.startsWith(`${t.dir}/`))) continue;
    trees.push({ dir: top, files: under(top).length, holder: p.holder, license: p.license, reason: 'headers' });
  }
  // Keep the topmost trees only.
  return trees.filter((t) => !trees.some((o) => o !== t && t.dir.startsWith(`${o.dir}/`))).sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

/** `lib/third_party/zlib/deflate` -> `lib/third_party/zlib`: the folder right under a vendor folder. */
function vendorAncestor(dir: string): string | undefined {
  const parts = dir.split('/');
  const i = parts.findIndex((p) => VENDOR_DIR.test(p));
  if (i < 0) return undefined;
  return parts.slice(0, Math.min(i + 2, parts.length)).join('/');
}

/** Every licence the expression names is a GPL (GPL-2.0-only, GPL-2.0+, "GPL (text)", LGPL ...). */
function onlyGpl(license: string): boolean {
  const ids = license
    .split(/\s+(?:OR|AND|WITH|or|and)\s+|[()]/)
    .map((x) => x.trim())
    .filter(Boolean);
  return ids.length > 0 && ids.every((id) => /^L?GPL/i.test(id) || /Linux-syscall-note/i.test(id));
}

function sameLicense(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const norm = (s: string) => s.replace(/-only|-or-later|\+| \(text\)/g, '').toUpperCase();
  return norm(a) === norm(b);
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

export function isVendored(trees: readonly VendoredTree[], file: string): boolean {
  return trees.some((t) => file.startsWith(`${t.dir}/`));
}
