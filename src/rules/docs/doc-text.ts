// What the documentation rules search: every line of the README and the other prose files,
// code (blocks and inline) kept apart from prose, because "make" in prose is usually English.

import type { ReadmeModel } from '../../model/docs/types.js';
import type { RepoModel } from '../../model/types.js';

export interface DocLine {
  file: string;
  line: number;
  text: string;
  kind: 'code' | 'prose';
}

export function docLines(model: RepoModel): DocLine[] {
  const docs: ReadmeModel[] = [];
  if (model.docs.readme) docs.push(model.docs.readme);
  docs.push(...model.docs.others);
  const lines: DocLine[] = [];
  for (const doc of docs) {
    for (const block of doc.code) {
      block.text.split('\n').forEach((text, i) => {
        lines.push({ file: doc.path, line: block.line + i, text, kind: 'code' });
      });
    }
    for (const p of doc.prose) lines.push({ file: doc.path, line: p.line, text: p.text, kind: 'prose' });
  }
  return lines;
}

/** The first line matching `pattern` (in code, or in code and prose). */
export function findDocLine(lines: DocLine[], pattern: RegExp, where: 'code' | 'any' = 'any'): DocLine | undefined {
  return lines.find((l) => (where === 'any' || l.kind === 'code') && pattern.test(l.text));
}

/** Documentation rules concern repositories that hold kernel code. */
export function holdsKernelCode(model: RepoModel): boolean {
  return model.modules.length > 0 || model.c.size > 0;
}

/** Where a "the docs do not say X" finding points: the README when there is one, else the repository. */
export function docsAnchorFinding(model: RepoModel, message: string) {
  const readme = model.docs.readme;
  return readme ? { file: readme.path, line: 1, message } : { message };
}
