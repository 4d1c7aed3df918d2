// Lookup into src/data/gpl-only-symbols.json: in which kernel versions a name is GPL-only, directly
// or through a wrapper macro that expands to a GPL-only symbol.

import data from '../../data/gpl-only-symbols.json' with { type: 'json' };

interface GplData {
  kernels: { version: string; release: string }[];
  gplOnly: Record<string, string[]>;
  wrappers: Record<string, { symbol: string; versions: string[] }[]>;
}

const D = data as GplData;
// Made on first use: only a module under a licence that is not GPL-compatible asks.
let direct: Map<string, string[]> | undefined;
function directUses(): Map<string, string[]> {
  if (direct) return direct;
  direct = new Map();
  for (const [versions, names] of Object.entries(D.gplOnly)) for (const n of names) direct.set(n, versions.split(' '));
  return direct;
}

/** The kernels the table was made from (major.minor), oldest first. */
export function gplSymbolKernels(): readonly string[] {
  return D.kernels.map((k) => k.version);
}

export interface GplUse {
  /** The name as called. */
  name: string;
  /** Kernel versions (major.minor) where the call needs a GPL-only symbol. */
  versions: string[];
  /** GPL-only symbols reached through a wrapper macro, when the name is not itself exported. */
  via: { symbol: string; versions: string[] }[];
}

export function gplOnlyUse(name: string): GplUse | undefined {
  const direct = directUses().get(name) ?? [];
  const via = D.wrappers[name] ?? [];
  const versions = [...new Set([...direct, ...via.flatMap((w) => w.versions)])];
  if (versions.length === 0) return undefined;
  const kernels = gplSymbolKernels();
  const order = (v: string) => kernels.indexOf(v);
  return { name, versions: versions.sort((a, b) => order(a) - order(b)), via };
}
