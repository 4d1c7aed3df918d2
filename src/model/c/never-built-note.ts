// One note per repository for the code a kernel build never compiles, which the C rules do not see.

import type { AnalysisNote } from '../../types.js';
import type { CFile } from './types.js';

export function neverBuiltNote(files: ReadonlyMap<string, CFile>): AnalysisNote | undefined {
  let ifZero = 0;
  let otherOs = 0;
  let lines = 0;
  let inFiles = 0;
  for (const f of files.values()) {
    if (f.neverBuilt.length === 0) continue;
    inFiles++;
    for (const r of f.neverBuilt) {
      if (r.reason === 'if-0') ifZero++;
      else otherOs++;
      if (r.endOffset > r.offset) lines += r.endLine - r.line + 1;
    }
  }
  if (inFiles === 0) return undefined;
  const parts = [
    ifZero ? `${ifZero} \`#if 0\` block${ifZero === 1 ? '' : 's'}` : '',
    otherOs ? `${otherOs} branch${otherOs === 1 ? '' : 'es'} for other operating systems or user space` : '',
  ].filter(Boolean);
  return {
    message:
      `code a kernel build never compiles is left out of the C rules: ${parts.join(' and ')} ` +
      `(${lines} line${lines === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'})`,
  };
}
