// The aliases of in-tree modules, read from `modules.alias` of installed kernels (depmod writes one per
// kernel: `alias <glob> <module>` for every MODULE_ALIAS and device table entry modpost turned into one).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type GlobToken, tokenize } from './glob.js';

export interface KernelAlias {
  pattern: string;
  module: string;
  /** Parsed on first use: most buses are never asked about. */
  tokens?: GlobToken[];
}

export function tokensOf(a: KernelAlias): GlobToken[] {
  a.tokens ??= tokenize(a.pattern);
  return a.tokens;
}

export interface KernelAliasDb {
  /** The file it was read from. */
  file: string;
  /** Kernel release, from `/lib/modules/<release>/modules.alias`, or the file name when not there. */
  kernel: string;
  /** Aliases by bus (the text before the first `:` or wildcard: `usb`, `pci`, `of`, `acpi` ...). */
  byBus: Map<string, KernelAlias[]>;
  count: number;
}

export function busOf(alias: string): string {
  const m = /^[^:*?[]*/.exec(alias);
  return (m ? m[0] : '').toLowerCase();
}

export class AliasFileError extends Error {}

/** Reads one modules.alias; throws AliasFileError naming the file and the problem. */
export function readAliasFile(file: string): KernelAliasDb {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AliasFileError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const byBus = new Map<string, KernelAlias[]>();
  let count = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^alias\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m) throw new AliasFileError(`${file}:${i + 1}: not a modules.alias line ("alias <pattern> <module>")`);
    const bus = busOf(m[1]);
    const list = byBus.get(bus) ?? [];
    list.push({ pattern: m[1], module: m[2] });
    byBus.set(bus, list);
    count++;
  }
  const parent = path.basename(path.dirname(path.resolve(file)));
  const underModules = path.basename(path.dirname(path.dirname(path.resolve(file)))) === 'modules';
  return { file, kernel: underModules ? parent : path.basename(file), byBus, count };
}

/** `/lib/modules/<release>/modules.alias` of every installed kernel, sorted by release. */
export function installedAliasFiles(base = '/lib/modules'): string[] {
  if (!existsSync(base)) return [];
  let releases: string[];
  try {
    releases = readdirSync(base).sort();
  } catch {
    return [];
  }
  return releases.map((r) => path.join(base, r, 'modules.alias')).filter((f) => existsSync(f));
}
