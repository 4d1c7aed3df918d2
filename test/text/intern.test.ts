// The lexer keeps one string per distinct name (src/text/intern.ts): what it gives must be the same text, and only a
// text not seen before may grow the table.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intern, internedNames, internSlice } from '../../src/text/intern.js';
import { nameHashAt } from '../../src/text/name-index.js';
import { readCFile } from '../../src/model/c/file.js';

describe('interning names', () => {
  it('gives back the same text, cut from anywhere (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, size: 'max' }), fc.string({ maxLength: 40, size: 'max' }), (before, name) => {
        const text = `${before}${name}${before}`;
        expect(intern(text.slice(before.length, before.length + name.length))).toBe(name);
      }),
    );
  });

  it('gives one string for one text, cut from anywhere, any characters (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20, unit: 'binary' }),
        fc.string({ maxLength: 30, unit: 'binary' }),
        fc.string({ maxLength: 20, unit: 'binary' }),
        (before, name, after) => {
          const text = `${before}${name}${after}`;
          const kept = internSlice(text, before.length, before.length + name.length);
          expect(kept).toBe(name);
          // the same text from elsewhere is found, not kept a second time (JavaScript cannot tell two equal strings
          // apart, so the table's size says whether it kept one copy)
          const size = internedNames();
          expect(internSlice(`${after}${name}`, after.length, after.length + name.length)).toBe(kept);
          expect(intern(name)).toBe(kept);
          expect(internedNames()).toBe(size);
        },
      ),
    );
  });

  it('finds every name again once the table has grown many times over', () => {
    const before = internedNames();
    const made = Array.from({ length: 20_000 }, (_, i) => `n${i.toString(36)}_${process.pid}`);
    const kept = made.map((n) => intern(`(${n})`.slice(1, -1)));
    expect(internedNames()).toBe(before + made.length);
    const text = made.join(' ');
    let at = 0;
    made.forEach((n, i) => {
      expect(internSlice(text, at, at + n.length)).toBe(kept[i]);
      at += n.length + 1;
    });
    expect(internedNames()).toBe(before + made.length);
  });

  it('tells apart two names of the same hash by their text', () => {
    // a birthday search: among 2^18 names of seven characters two share a 32-bit hash
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const name = `h${i.toString(36).padStart(6, '0')}`;
      const h = nameHashAt(name, 0, name.length);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, name];
      else seen.set(h, name);
    }
    const before = internedNames();
    expect(pair.map((n) => intern(n))).toEqual(pair);
    expect(internSlice(`(${pair[1]})`, 1, pair[1].length + 1)).toBe(pair[1]);
    expect(internedNames()).toBe(before + 2);
  });

  it('starts again past 2^20 names, so that a long process never grows it without end', () => {
    const run = `${process.pid}_${Date.now()}`;
    const kept = intern('kfree');
    for (let i = internedNames(); i < 1 << 20; i++) intern(`fill_${run}_${i}`);
    expect(internedNames()).toBe(1 << 20);
    expect(intern(`kf${'ree'}`)).toBe(kept);
    expect(internedNames()).toBe(1 << 20); // a name kept already
    intern(`one_more_${run}`);
    expect(internedNames()).toBe(1);
    // a name kept before is kept again, as the same text
    expect(intern(`k${'free'}`)).toBe(kept);
    expect(internedNames()).toBe(2);
  });

  it('grows the table for a new text only', () => {
    const name = `a_name_never_seen_before_${process.pid}_${Date.now()}`;
    const before = internedNames();
    intern(name);
    expect(internedNames()).toBe(before + 1);
    intern(`${name}  `.trim());
    intern(` ${name}`.slice(1));
    expect(internedNames()).toBe(before + 1);
  });

  it("leaves the lexer's names, prefixes, fields and #define values as written (each #define read by its directive's name)", () => {
    const text = [
      '#ifdef CONFIG_PM',
      '#define LONG_REGISTER_NAME_VALUE 0x1',
      '#define SHORT 16',
      '#endif',
      'static int platform_device_probe_one(struct platform_device *pdev)',
      '{',
      '\tplatform_set_drvdata(pdev, NULL);',
      '\treturn platform_set_drvdata(pdev, NULL), 0;',
      '}',
      'static struct platform_driver drv = { .probe = platform_device_probe_one, .probe = x };',
    ].join('\n');
    const f = readCFile('x.c', text);
    expect(f.functions.map((fn) => [fn.name, fn.prefix])).toEqual([['platform_device_probe_one', 'static int']]);
    expect(f.calls.map((c) => c.name)).toEqual(['platform_set_drvdata', 'platform_set_drvdata']);
    expect(f.fieldInits.map((i) => i.field)).toEqual(['probe', 'probe']);
    expect(f.defines.get('SHORT')?.value).toBe('16');
    expect(f.defines.get('LONG_REGISTER_NAME_VALUE')?.value).toBe('0x1');
  });
});
