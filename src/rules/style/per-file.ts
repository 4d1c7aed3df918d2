// Style rules report one finding per file and rule (never hundreds): the count and the first lines.

import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import { isVendored } from '../../model/vendored.js';
import type { RawFinding } from '../../types.js';

const SHOWN_LINES = 5;

/** Kernel C sources and headers (the model leaves user-space C out), in path order. */
export function kernelCFiles(model: RepoModel): CFile[] {
  // Vendored third-party trees keep their upstream's style: one upstream/vendored-code note says so.
  const vendored = model.vendored ?? [];
  return [...model.c.values()]
    .filter((f) => vendored.length === 0 || !isVendored(vendored, f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One finding for `file` when `lines` is not empty: "<count> <what> (lines a, b, c ...)". */
export function summarise(file: string, lines: number[], what: (count: number) => string): RawFinding[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  const more = lines.length > SHOWN_LINES ? ', ...' : '';
  const label = lines.length === 1 ? 'line' : 'lines';
  return [{ file, line: lines[0], message: `${what(lines.length)} (${label} ${shown}${more})` }];
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
