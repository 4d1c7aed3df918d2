import { describe, expect, test } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { DefineIndex } from '../../src/model/c/define-index.js';
import { repoMacroLookup } from '../../src/model/kernels/api-usage.js';

// The lookup is indexed once (it was a scan of every file per name): the first file's object-like definition must
// still win, function-like definitions must still be skipped, and files added to the list before the first lookup count.
describe("the repository's macro lookup", () => {
  test('the first object-like definition in file order wins', () => {
    const files = [
      readCFile('a.c', '#define NEW_API(x) (x)\n#define HAVE_FOO 1\n'),
      readCFile('b.c', '#define NEW_API 5\n#define HAVE_FOO 2\n'),
    ];
    const lookup = repoMacroLookup(new Map(files.map((f) => [f.path, f])));
    expect(lookup('NEW_API')).toBe('5');
    expect(lookup('HAVE_FOO')).toBe('1');
    expect(lookup('MISSING')).toBeUndefined();
  });

  test('files pushed before the first lookup are seen', () => {
    const files = [readCFile('a.c', 'int x;\n')];
    const index = new DefineIndex(files);
    const lookup = (name: string) => index.firstValue(name);
    files.push(readCFile('compat.h', '#define KERNEL_IS_NEW 1\n'));
    expect(lookup('KERNEL_IS_NEW')).toBe('1');
  });
});
