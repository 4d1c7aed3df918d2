// Every preprocessor condition that tests the kernel version, with the kernels where it holds.

import type { CFile } from '../c/types.js';
import { evaluateCondition, type MacroLookup, mayMentionVersion, mentionsVersion } from './condition.js';
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
  /** A branch of this `#if` chain is a `#error`: the guard sets the code's hard kernel limit. */
  setsLimit?: boolean;
}

/** How far a guard's branches are followed to find a `#error` (floors are short blocks). */
const LIMIT_SCAN_LINES = 40;

/** Whether the `#if`/`#elif` at `line` (1-based) has, at its own nesting level, a `#error` in a branch. */
function chainHasError(codeLines: string[], line: number): boolean {
  let depth = 0;
  for (let i = line; i < codeLines.length && i < line + LIMIT_SCAN_LINES; i++) {
    const d = /^[ \t]*#[ \t]*(if|ifdef|ifndef|endif|error)\b/.exec(codeLines[i])?.[1];
    if (!d) continue;
    if (d === 'endif') {
      if (depth === 0) return false;
      depth--;
    } else if (d === 'error') {
      if (depth === 0) return true;
    } else depth++;
  }
  return false;
}

export function findVersionGuards(files: CFile[], lookup: MacroLookup): VersionGuard[] {
  const out: VersionGuard[] = [];
  for (const cf of files) {
    // A file that mentions no version has no guard, and is not searched line by line
    if (!mayMentionVersion(cf.code)) continue;
    let lines: string[] | undefined;
    let codeLines: string[] | undefined;
    for (const m of cf.code.matchAll(/^([ \t]*#[ \t]*(if|elif)\b)((?:[^\n\\]|\\\n?)*)$/gm)) {
      const expr = m[3].replace(/\\\n/g, ' ').trim();
      if (!mentionsVersion(expr)) continue;
      const line = cf.lineAt(m.index);
      lines ??= cf.text.split('\n');
      const lineText = lines[line - 1] ?? '';
      const holds = evaluateCondition(expr, lookup);
      codeLines ??= holds && cf.code.includes('#error') ? cf.code.split('\n') : undefined;
      out.push({
        file: cf.path,
        line,
        column: 1,
        endColumn: lineText.length + 1,
        directive: m[2] as 'if' | 'elif',
        expr,
        holds,
        ...(codeLines && chainHasError(codeLines, line) ? { setsLimit: true } : {}),
      });
    }
  }
  return out;
}
