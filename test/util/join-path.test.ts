// joinNormal puts a folder and a path together without node:path when nothing needs normalising: it must give what
// path.posix.normalize(path.posix.join(dir, rel)) gives, for any folder and path.

import path from 'node:path/posix';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinNormal } from '../../src/util/join-path.js';

const SEGMENTS = ['a', 'include', 'x.h', '.', '..', '', '...', '.h', 'a.', '\\', ' ', 'é'];
const pathOf = fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 5 }).map((s) => s.join('/'));

describe('joinNormal', () => {
  it('joins as path.join and normalize do (property)', () => {
    fc.assert(
      fc.property(fc.oneof(pathOf, fc.constant('.')), pathOf, (dir, rel) => {
        expect(joinNormal(dir, rel)).toBe(path.normalize(path.join(dir, rel)));
      }),
      { numRuns: 20000 },
    );
  });

  it('puts a scanned folder and a plain path together', () => {
    expect(joinNormal('drivers/net', 'e1000/e1000.h')).toBe('drivers/net/e1000/e1000.h');
    expect(joinNormal('.', 'compat.h')).toBe('compat.h');
    expect(joinNormal('src', '../include/x.h')).toBe('include/x.h');
  });
});
