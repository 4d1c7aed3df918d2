// modules.alias is checked by one search and its aliases are read only for the bus or device asked about
// (src/model/devices/kernel-aliases.ts). Whatever the file holds, that must give what reading it line by line gives:
// the same first bad line, or the same aliases of every bus and device, in file order.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/util/group.js';
import { AliasFileError, busOf, installedAliasFiles, type KernelAlias, readAliasFile } from '../../src/model/devices/kernel-aliases.js';

/** The plain reading: every line split at \n, blank lines and comments skipped, the rest `alias <pattern> <module>`. */
function lineByLine(text: string): KernelAlias[] {
  const out: KernelAlias[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^alias\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m) throw new AliasFileError(`line ${i + 1}`);
    out.push({ pattern: m[1], module: m[2] });
  }
  return out;
}

/** A pattern's bus as depmod's patterns spell it: the text before the first `:` or wildcard, in lower case. */
const busOfPattern = (pattern: string) => (/^[^:*?[]*/.exec(pattern)?.[0] ?? '').toLowerCase();

const dir = mkdtempSync(path.join(tmpdir(), 'lkm-alias-table-'));
let n = 0;
function fileWith(text: string): string {
  const f = path.join(dir, `${n++}.alias`);
  writeFileSync(f, text);
  return f;
}

/** Both readings agree on `text`: the same error line, or the same aliases by bus and by device prefix. */
function agree(text: string, buses: string[], prefixes: string[]): void {
  let expected: KernelAlias[] | undefined;
  let bad: string | undefined;
  try {
    expected = lineByLine(text);
  } catch (e) {
    bad = (e as Error).message;
  }
  const file = fileWith(text);
  if (bad) {
    expect(() => readAliasFile(file)).toThrow(`${file}:${bad.replace('line ', '')}: not a modules.alias line`);
    return;
  }
  const db = readAliasFile(file);
  const all = expected as KernelAlias[];
  expect(db.all()).toEqual(all);
  for (const bus of new Set([...all.map((a) => busOfPattern(a.pattern)), ...buses])) {
    expect(db.onBus(bus)).toEqual(all.filter((a) => busOfPattern(a.pattern) === bus));
    for (const a of db.onBus(bus)) expect(busOf(a.pattern)).toBe(bus);
  }
  for (const p of prefixes) expect(db.withPrefix(p)).toEqual(all.filter((a) => a.pattern.startsWith(p)));
}

// Lines a file may hold, the awkward ones among them: a bus in capitals, the Kelvin sign (lower case `k`), the long s
// (folds to `s`, lower case itself), white space other than spaces, \r inside a line, comments, blanks, broken lines.
const LINES = [
  'alias usb:v1234p5678d*dc* mod_a',
  'alias USB:v1234p5678* mod_b',
  'alias usb:v1234p9999d* mod_c',
  'alias \u212Aus:x mod_k',
  'alias kus:y mod_k2',
  'alias \u017Fub:z mod_s',
  'alias sub:w mod_s2',
  'alias pci:v00008086d00001234sv* mod_p\r',
  'alias\tof:N*T*Cfoo  mod_o  ',
  'alias\u00a0i2c:chip mod_i',
  'alias fs-ext4 ext4',
  'alias *:x mod_star',
  'alias of?x mod_q',
  'alias acpi[AB]C* mod_br',
  '# alias usb:v1234p5678 commented',
  '',
  '   ',
  '\t\r',
  'alias x',
  'alias a b c',
  'foo\ralias usb:v1234p5678 hidden',
  'alias a\u2028b c',
  ' alias usb:v1234p5678 indented',
  'aliasusb:v1234p5678 glued',
];
const BUSES = ['usb', 'kus', 'sub', 'pci', 'of', 'i2c', 'fs-ext4', '', 'k', 'nosuch'];
// Devices of one bus asked first, so that the later ones of that bus and length are answered from an index
const MANY = Array.from({ length: 10 }, (_, i) => `usb:v0000p000${i}`);
const PREFIXES = [...MANY, 'usb:v1234p5678', 'USB:v1234p5678', 'usb:v1234p9999', 'pci:v00008086d00001234', 'usb:v1234', 'nothing'];

describe('modules.alias read by search', () => {
  it('agrees with a line-by-line reading on any mix of lines, line ends and a final newline or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, finalEol) => agree(lines.join(eol) + (finalEol ? eol : ''), BUSES, PREFIXES),
      ),
      { numRuns: 1500 },
    );
  });

  it('names the first broken line after thousands of good ones', () => {
    const good = Array.from({ length: 5000 }, (_, i) => `alias usb:v${i.toString(16).padStart(4, '0').toUpperCase()}p0001d* mod_${i}`);
    const file = fileWith([...good, 'alias broken', ...good].join('\n'));
    expect(() => readAliasFile(file)).toThrow(`${file}:5001: not a modules.alias line`);
  });

  const installed = installedAliasFiles()[0];
  if (!installed) console.warn('skipping the installed modules.alias comparison: install a Debian linux-image-* package');
  it.skipIf(!installed)("agrees on an installed kernel's modules.alias for a sample of buses and devices", () => {
    const db = readAliasFile(installed as string);
    const all = db.all();
    expect(all.length).toBeGreaterThan(10_000);
    // The largest buses and every 20th of the others (each asked of the whole file: all 1,100 take seconds)
    const sizes = [...groupBy(all, (a) => busOf(a.pattern))].sort((a, b) => b[1].length - a[1].length);
    const buses = sizes.filter((_, i) => i < 8 || i % 20 === 0);
    for (const [bus, list] of buses) expect(db.onBus(bus)).toEqual(list);
    const devices = all.filter((a) => /^(usb:v[0-9A-F]{4}p[0-9A-F]{4}|pci:v[0-9A-F]{8}d[0-9A-F]{8})/.test(a.pattern));
    for (const a of devices.filter((_, i) => i % 50 === 0)) {
      const prefix = a.pattern.slice(0, a.pattern.startsWith('usb') ? 14 : 22);
      expect(db.withPrefix(prefix)).toEqual(all.filter((k) => k.pattern.startsWith(prefix)));
    }
  });

  it('reads each file whole, one after another, a larger after a smaller and a file whose size it cannot know', async () => {
    // Files are read into one buffer kept for the next (sized by the file, with room to spare): a larger file after a
    // smaller one, and a pipe (its size 0 until read), must each be read to their end.
    const lines = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => `alias usb:v${i.toString(16).padStart(4, '0').toUpperCase()}p0001d* ${tag}_${i}`).join('\n');
    const small = fileWith(lines(10, 'small'));
    const large = fileWith(lines(60_000, 'large'));
    expect(readAliasFile(small).all()).toHaveLength(10);
    const all = readAliasFile(large).all();
    expect(all).toHaveLength(60_000);
    expect(all.at(-1)).toEqual({ pattern: 'usb:vEA5Fp0001d*', module: 'large_59999' });
    expect(
      readAliasFile(small)
        .all()
        .map((a) => a.module),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `small_${i}`));
    const fifo = path.join(dir, 'pipe.alias');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return console.warn('skipping the pipe: mkfifo failed');
    // larger than the buffer so far: read on in a larger one
    const larger = fileWith(lines(150_000, 'larger'));
    const writer = spawn('sh', ['-c', `cat "${larger}" > "${fifo}"`]);
    const piped = readAliasFile(fifo).all();
    await new Promise((done) => writer.on('exit', done));
    expect(piped).toHaveLength(150_000);
    expect(piped).toEqual(readAliasFile(larger).all());
  });

  it('stops reading a file given as aliases that never ends, naming it', () => {
    expect(() => readAliasFile('/dev/zero')).toThrow('/dev/zero: more than 64 MiB, not a modules.alias');
    // a file that cannot be read is named with the reason, as before
    expect(() => readAliasFile(dir)).toThrow(`${dir}: cannot read (EISDIR)`);
  });
});
