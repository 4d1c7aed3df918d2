// Which files of a list define a macro, without reading every file's defines: one index of their names' hashes
// (NameIndex), made at the first question. Questions come by the hundred; a tree defines millions of macros.

import { NameIndex, nameHash } from '../../text/name-index.js';
import type { CFile, Define } from './types.js';

export class DefineIndex<F extends Pick<CFile, 'defines'> = CFile> {
  private index?: NameIndex;

  constructor(private readonly files: readonly F[]) {}

  /** Each file defining `name`, with its last definition there, in the files' order. */
  holders(name: string): { file: F; define: Define }[] {
    this.index ??= new NameIndex(this.files.map((f) => f.defines.nameHashes));
    const out: { file: F; define: Define }[] = [];
    for (const i of this.index.filesHolding(nameHash(name))) {
      const define = this.files[i].defines.get(name);
      if (define) out.push({ file: this.files[i], define });
    }
    return out;
  }

  /** The value of the first file's definition of `name` without parameters (a file defining it with, skipped). */
  firstValue(name: string): string | undefined {
    return this.holders(name).find((h) => !h.define.params)?.define.value;
  }
}

const repoIndexes = new WeakMap<ReadonlyMap<string, CFile>, DefineIndex>();

/** The index of a model's C files (`model.c`), made once for every part of the audit that asks. */
export function repoDefines(c: ReadonlyMap<string, CFile>): DefineIndex {
  let index = repoIndexes.get(c);
  if (!index) repoIndexes.set(c, (index = new DefineIndex([...c.values()])));
  return index;
}
