// The lexer keeps one string per distinct name (src/text/intern.ts): what it gives must be the same text, and only a
// text not seen before may grow the table.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intern, internedNames } from '../../src/text/intern.js';
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
