// A device table's entries are read with the file's `#` lines blanked (both branches of an #ifdef kept); a table
// without any `#` from its first line to where its reading stops is read without blanking the whole file
// (src/model/devices/tables.ts, tableElements). Either way the entries must be those of the blanked reading.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { deviceTables, tableElements, withoutDirectiveLines } from '../../src/model/devices/tables.js';

// Braces, parentheses and commas decide where entries start and end; `#` lines may hold them too.
const PIECES = [
  '{',
  '}',
  '(',
  ')',
  ',',
  ' ',
  '\n',
  '\r',
  '\u2028',
  'a',
  'USB_DEVICE(1, 2)',
  '#ifdef X',
  '#endif',
  '# if {',
  ' #}',
  'x # y',
  '#',
];

describe('device table reading', () => {
  it('reads the entries the blanked reading reads, on any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (pieces, pick) => {
        const code = pieces.join('');
        const opens = [...code.matchAll(/\{/g)].map((m) => m.index);
        if (opens.length === 0) return;
        const open = opens[pick % opens.length];
        const blanked = withoutDirectiveLines(code);
        expect(tableElements(code, open, () => blanked)).toEqual(tableElementsBlanked(blanked, open));
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps the entries of both branches of an #ifdef inside a table, and reads a table with none as before', () => {
    const text = `#include <linux/usb.h>
static const struct usb_device_id plain[] = {
	{ USB_DEVICE(0x1234, 0x0001) },
	{ }
};
MODULE_DEVICE_TABLE(usb, plain);
static const struct usb_device_id guarded[] = {
	{ USB_DEVICE(0x1234, 0x0002) },
#ifdef CONFIG_EXTRA
	{ USB_DEVICE(0x1234, 0x0003) },
#endif
	{ }
};
MODULE_DEVICE_TABLE(usb, guarded);
`;
    const found = deviceTables([readCFile('drv.c', text)], () => undefined).aliases.map((a) => a.alias);
    expect(found).toEqual([
      'usb:v1234p0001d*dc*dsc*dp*ic*isc*ip*in*',
      'usb:v1234p0002d*dc*dsc*dp*ic*isc*ip*in*',
      'usb:v1234p0003d*dc*dsc*dp*ic*isc*ip*in*',
    ]);
  });
});

/** The reading as it was: always on the blanked text. */
function tableElementsBlanked(blanked: string, open: number) {
  return tableElements(blanked, open, () => blanked);
}
