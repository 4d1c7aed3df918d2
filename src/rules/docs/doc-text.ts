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

/**
 * The lines of the README, then of the other documents, each document's code before its prose: read a document at a
 * time as a search goes on, so that a search the README answers never reads (lexes) the rest.
 */
export class DocLines {
  private readonly lines: DocLine[] = [];
  private nextDoc = 0;

  constructor(private readonly docs: readonly ReadmeModel[]) {}

  /** The first line, in the order above, that `test` accepts. */
  find(test: (line: DocLine) => boolean): DocLine | undefined {
    for (let i = 0; ; i++) {
      if (i === this.lines.length && !this.readNextDoc()) return undefined;
      if (test(this.lines[i])) return this.lines[i];
    }
  }

  /** Adds the next document with any lines; false when none is left. */
  private readNextDoc(): boolean {
    while (this.nextDoc < this.docs.length) {
      const doc = this.docs[this.nextDoc++];
      const before = this.lines.length;
      for (const block of doc.code) {
        block.text.split('\n').forEach((text, i) => {
          this.lines.push({ file: doc.path, line: block.line + i, text, kind: 'code' });
        });
      }
      for (const p of doc.prose) this.lines.push({ file: doc.path, line: p.line, text: p.text, kind: 'prose' });
      if (this.lines.length > before) return true;
    }
    return false;
  }
}

export function docLines(model: RepoModel): DocLines {
  return new DocLines(model.docs.readme ? [model.docs.readme, ...model.docs.others] : model.docs.others);
}

/** The first line matching `pattern` (in code, or in code and prose). */
export function findDocLine(lines: DocLines, pattern: RegExp, where: 'code' | 'any' = 'any'): DocLine | undefined {
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
