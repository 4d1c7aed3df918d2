// Every preprocessor condition that tests the kernel version, with the kernels where it holds.

import type { CFile } from '../c/types.js';
import { evaluateCondition, type MacroLookup, mentionsVersion } from './condition.js';
import type { VersionSet } from './range.js';

export interface VersionGuard {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  directive: 'if' | 'elif';
  expr: string;
  /** Kernels where the condition holds; undefined when it mixes in feature tests. */
  holds?: VersionSet;
}

export function findVersionGuards(files: CFile[], lookup: MacroLookup): VersionGuard[] {
  const out: VersionGuard[] = [];
  for (const cf of files) {
    let lines: string[] | undefined;
    for (const m of cf.code.matchAll(/^([ \t]*#[ \t]*(if|elif)\b)((?:[^\n\\]|\\\n?)*)$/gm)) {
      const expr = m[3].replace(/\\\n/g, ' ').trim();
      if (!mentionsVersion(expr)) continue;
      const line = cf.lineAt(m.index);
      lines ??= cf.text.split('\n');
      const lineText = lines[line - 1] ?? '';
      out.push({
        file: cf.path,
        line,
        column: 1,
        endColumn: lineText.length + 1,
        directive: m[2] as 'if' | 'elif',
        expr,
        holds: evaluateCondition(expr, lookup),
      });
    }
  }
  return out;
}
