// The documentation rules search the README first and read (lex) the other documents only when the README does not
// answer: a long CHANGELOG costs nothing when the README says how to build.

import { Lexer } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { DocLines, findDocLine } from '../../src/rules/docs/doc-text.js';
import type { ReadmeModel } from '../../src/model/docs/types.js';
import { buildDocsModel } from '../../src/model/docs/readme.js';
import type { RepoFiles } from '../../src/scan/types.js';

/** A document that counts how often its lines are read. */
function counted(path: string, code: string[], prose: string[]) {
  const reads = { count: 0 };
  const doc: ReadmeModel = {
    path,
    text: '',
    sections: [],
    get code() {
      reads.count++;
      return code.map((text, i) => ({ text, line: i + 1 }));
    },
    get prose() {
      reads.count++;
      return prose.map((text, i) => ({ text, line: 100 + i }));
    },
  };
  return { doc, reads };
}

describe('DocLines', () => {
  it('answers from the README without reading the other documents', () => {
    const readme = counted('README.md', ['make KDIR=/lib/modules/6.1/build'], ['Build it']);
    const changelog = counted('CHANGELOG', ['make install'], []);
    const lines = new DocLines([readme.doc, changelog.doc]);
    expect(findDocLine(lines, /\bmake\b/, 'code')).toMatchObject({ file: 'README.md', line: 1, kind: 'code' });
    expect(changelog.reads.count).toBe(0);
  });

  it('goes on to the next documents, in order, when the README does not answer', () => {
    const readme = counted('README.md', [], ['Load it and enjoy.']);
    const install = counted('INSTALL', [], ['sudo insmod foo.ko']);
    const changelog = counted('CHANGELOG', ['insmod bar.ko'], []);
    const lines = new DocLines([readme.doc, install.doc, changelog.doc]);
    expect(findDocLine(lines, /insmod/)).toMatchObject({ file: 'INSTALL', line: 100, kind: 'prose' });
    expect(changelog.reads.count).toBe(0);
    // a later search sees the lines read so far and reads on from there
    expect(findDocLine(lines, /insmod/, 'code')).toMatchObject({ file: 'CHANGELOG', line: 1 });
    expect(findDocLine(lines, /dkms/)).toBeUndefined();
    expect(readme.reads.count).toBe(2);
  });

  it('another document of the docs model is lexed when first read, once, and reads as before', () => {
    const lexed = vi.spyOn(Lexer.prototype, 'blockTokens');
    try {
      const file = (path: string, text: string) => ({ path, text, size: text.length, binary: false });
      const files = new Map([
        ['README.md', file('README.md', '# foo\n\n```\nmake\n```\n')],
        ['CHANGELOG', file('CHANGELOG', '    make install\n')],
      ]);
      const docs = buildDocsModel({ root: '/x', files } as unknown as RepoFiles);
      expect(lexed).toHaveBeenCalledTimes(1); // the README only
      expect(docs.readme?.code).toEqual([{ text: 'make', line: 4, lang: undefined }]);
      const [changelog] = docs.others;
      expect(changelog.path).toBe('CHANGELOG');
      expect(lexed).toHaveBeenCalledTimes(1);
      // read as it was read before it was lazy: an indented block is code
      expect(changelog.code).toEqual([{ text: 'make install', line: 1, lang: undefined }]);
      expect(changelog.prose).toEqual([]);
      expect(lexed).toHaveBeenCalledTimes(2);
    } finally {
      lexed.mockRestore();
    }
  });
});
