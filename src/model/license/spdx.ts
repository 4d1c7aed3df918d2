// SPDX-License-Identifier tags at the top of files, and SPDX expressions reduced to the licence
// ids they offer (parsed with spdx-expression-parse, which knows the SPDX licence and exception lists).

import parse, { type SpdxNode } from 'spdx-expression-parse';
import type { ParsedSpdx } from './types.js';

/** How far down a tag is still looked for: a tag below its place is misplaced, not missing. */
export const SPDX_SEARCH_LINES = 20;

export function parseSpdx(expression: string): ParsedSpdx {
  let node: SpdxNode;
  try {
    node = parse(expression);
  } catch (e) {
    return { ids: [], exceptions: [], alternatives: [], error: e instanceof Error ? e.message : String(e) };
  }
  const ids: string[] = [];
  const exceptions: string[] = [];
  const walk = (n: SpdxNode): string[][] => {
    if ('license' in n) {
      const id = n.plus ? `${n.license}+` : n.license;
      ids.push(id);
      if (n.exception) exceptions.push(n.exception);
      return [[id]];
    }
    const l = walk(n.left);
    const r = walk(n.right);
    if (n.conjunction === 'or') return [...l, ...r];
    return l.flatMap((a) => r.map((b) => [...a, ...b]));
  };
  const alternatives = walk(node);
  return { ids: [...new Set(ids)], exceptions: [...new Set(exceptions)], alternatives };
}

export interface TagLine {
  line: number;
  column: number;
  /** Text before the tag, trimmed: `//`, `/*`, `#`, `..`, `*` (inside a block comment), `` (none) ... */
  style: string;
  expression: string;
  /** For `/*` tags: the comment closes on the same line. */
  closed: boolean;
}

/** The first SPDX tag among the first lines of a file. */
export function findSpdxTag(text: string): TagLine | undefined {
  const lines = text.split('\n', SPDX_SEARCH_LINES + 1).slice(0, SPDX_SEARCH_LINES);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const at = raw.indexOf('SPDX-License-Identifier');
    if (at < 0) continue;
    const style = raw.slice(0, at).trim();
    let rest = raw.slice(at + 'SPDX-License-Identifier'.length).replace(/^\s*:?/, '');
    const closed = /\*\/\s*$/.test(rest);
    rest = rest
      .replace(/\*\/\s*$/, '')
      .replace(/-->\s*$/, '')
      .trim();
    return { line: i + 1, column: at + 1, style, expression: rest, closed };
  }
  return undefined;
}
