// upstream/duplicate-device-id asks which in-tree aliases match a device through an index of their literal text
// (src/model/devices/glob-index.ts) instead of trying each: the index must never leave out a glob that matches.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnmatch, literalRuns } from '../../src/model/devices/glob.js';
import { GlobIndex } from '../../src/model/devices/glob-index.js';
import { installedAliasFiles, readAliasFile } from '../../src/model/devices/kernel-aliases.js';

/** Pieces of a glob: plain characters of a small alphabet (so that runs repeat), and every kind of wildcard. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', ':', ',') },
  { weight: 1, arbitrary: fc.constantFrom('*', '?', '\\a', '\\*', '[ab]', '[!a]', '[abca]', '[]ab]', '[a-c]', '[[:alpha:]]', '[') },
);
const glob = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));

/** A string the glob matches, its wildcards filled from `fill` (literal escapes and classes by a member they take). */
function instance(pattern: string, fill: string): string {
  const inside = pattern
    .replace(/\[!a\]/g, 'b')
    .replace(/\[[^\]]*\]|\[\]ab\]/g, 'a')
    .replace(/\\(.)/g, '$1');
  return inside.replace(/\?/g, 'c').replace(/\*/g, fill);
}

describe('glob index', () => {
  it('offers every glob that matches a string, among others (property)', () => {
    fc.assert(
      fc.property(
        fc.array(glob, { minLength: 1, maxLength: 30 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ':', ','), maxLength: 16 }), { maxLength: 4 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ','), maxLength: 5 }),
        (globs, strings, fill) => {
          const index = new GlobIndex(globs, (g) => g);
          // strings that some glob matches (when the instance is one), and free ones
          const asked = [...strings, ...globs.slice(0, 3).map((g) => instance(g, fill))];
          for (const s of asked) {
            const offered = new Set(index.candidates([s]));
            for (const g of globs) if (fnmatch(g, s)) expect(offered.has(g), `${g} matches ${s}`).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads as literal only what matches itself: not a bracket expression, a wildcard or an escape', () => {
    expect(literalRuns('of:N*T*Cfsl,imx6q-fecC*')).toEqual(['of:N', 'T', 'Cfsl,imx6q-fecC']);
    expect(literalRuns('usb:v[0-9A-F]p12?4abcd\\*efg')).toEqual(['usb:v', 'p12', '4abcd', 'efg']);
    expect(literalRuns('pci:[abcdef]xyz')).toEqual(['pci:', 'xyz']);
  });

  it('offers a string only the globs filed under a piece it holds, and those without one', () => {
    const globs = ['of:N*T*Cacme,chipC*', 'of:N*T*Cother,partC*', '*:ab', 'acpi*:ACME0001:*'];
    const index = new GlobIndex(globs, (g) => g);
    // `*:ab` has no literal run of four characters: it is offered to every string
    expect(index.candidates(['of:NnameTtypeCacme,chip'])).toEqual(['of:N*T*Cacme,chipC*', '*:ab']);
    expect(index.candidates(['acpi:ACME0001:'])).toEqual(['*:ab', 'acpi*:ACME0001:*']);
    // several strings: each glob once, in the order given
    expect(index.candidates(['of:NxTyCother,part', 'of:NxTyCacme,chip', 'of:NxTyCacme,chipC'])).toEqual([
      'of:N*T*Cacme,chipC*',
      'of:N*T*Cother,partC*',
      '*:ab',
    ]);
  });

  const aliasFile = installedAliasFiles()[0];
  if (!aliasFile) console.warn('skipping the modules.alias case: no /lib/modules/*/modules.alias (install a linux-image-* package)');
  it.skipIf(!aliasFile)('finds the same matches as trying every alias, on the of, acpi and i2c aliases of an installed kernel', () => {
    const db = readAliasFile(aliasFile as string);
    for (const bus of ['of', 'acpi', 'i2c']) {
      const all = db.onBus(bus);
      const index = new GlobIndex(all, (k) => k.pattern);
      let offered = 0;
      for (const k of all.filter((_, i) => i % 7 === 0)) {
        const device = instance(k.pattern, '');
        const want = all.filter((a) => fnmatch(a.pattern, device));
        const got = index.candidates([device]);
        offered += got.length;
        expect(got.filter((a) => fnmatch(a.pattern, device))).toEqual(want);
      }
      // and it narrows: a device meets a few dozen aliases, not the bus's thousand or more
      expect(offered / Math.ceil(all.length / 7)).toBeLessThan(all.length / 10);
    }
  });
});
