// The scan keeps ASCII texts in shared chunks: each file's text must be what decoding it alone gives, shared paths
// included, and a large tree's texts must be held outside V8's heap (the reason for the chunks).

import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/scan/decode.js';
import { scanRepository } from '../../src/scan/index.js';
import { TextArena } from '../../src/scan/text-arena.js';

const ASCII = [0x0a, 0x20, 0x61, 0x7b, 0x2f, 0x2a, 0x7f];
const OTHER = [0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xef, 0xbb, 0xbf, 0xff];
const bytes = (set: number[]) => fc.array(fc.constantFrom(...set), { maxLength: 40, size: 'max' }).map((a) => Buffer.from(a));
// mostly ASCII files (the arena's), some with other bytes (decoded alone)
const bufArb = fc.oneof({ arbitrary: bytes(ASCII), weight: 3 }, { arbitrary: bytes([...ASCII, ...OTHER]), weight: 1 });

describe('TextArena', () => {
  it('gives every file the text decoding it alone gives, across chunk ends and shared paths', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bufArb, fc.boolean()), { maxLength: 12 }), fc.integer({ min: 13, max: 90 }), (files, chunk) => {
        const arena = new TextArena(chunk);
        const read: { want: string; target: { text?: string } }[] = [];
        for (const [data, shared] of files) {
          const target: { text?: string } = {};
          if (!arena.add(target, data)) target.text = decodeText(data);
          read.push({ want: decodeText(data), target });
          if (shared) {
            const second: { text?: string } = {};
            arena.share(target, second);
            read.push({ want: decodeText(data), target: second });
          }
        }
        arena.seal();
        for (const r of read) expect(r.target.text).toBe(r.want);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out what it cannot hold as Latin-1 slices', () => {
    const arena = new TextArena(64);
    expect(arena.add({}, Buffer.from('short'))).toBe(false);
    expect(arena.add({}, Buffer.from('caf\u00e9 au lait, s\u2019il vous pla\u00eet'))).toBe(false);
    expect(arena.add({}, Buffer.alloc(65, 0x61))).toBe(false);
    expect(arena.add({}, Buffer.from('int main(void) { return 0; }'))).toBe(true);
  });
});

/** V8's collector as a function, in a process not started with --expose-gc. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('the scan of a large tree', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lkm-arena-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('holds its ASCII texts outside the heap, each file read as written', () => {
    const line = 'static int x_probe(struct device *dev) { return 0; } /* a line of C */\n';
    const files = 48;
    const perFile = line.repeat(Math.ceil((256 * 1024) / line.length));
    for (let i = 0; i < files; i++) writeFileSync(path.join(root, `f${i}.c`), `// file ${i}\n${perFile}`);
    writeFileSync(path.join(root, 'utf8.c'), '// caf\u00e9\nint x;\n');
    symlinkSync('f1.c', path.join(root, 'link.c'));
    // collected before each reading, so that what the heap gains is what the scan keeps
    const gc = exposedGc();
    const usage = () => {
      gc();
      const m = process.memoryUsage();
      return { heap: m.heapUsed, strings: m.external - m.arrayBuffers };
    };
    const before = usage();
    const scan = scanRepository(root);
    const after = usage();
    for (let i = 0; i < files; i++) expect(scan.files.get(`f${i}.c`)?.text).toBe(`// file ${i}\n${perFile}`);
    expect(scan.files.get('link.c')?.text).toBe(scan.files.get('f1.c')?.text);
    expect(scan.files.get('utf8.c')?.text).toBe('// caf\u00e9\nint x;\n');
    // 12 MB of text: kept outside the heap (external strings), not in it
    expect(after.strings - before.strings).toBeGreaterThan(10 * 1024 * 1024);
    expect(after.heap - before.heap).toBeLessThan(4 * 1024 * 1024);
  });

  it('gives each file its own bytes although one buffer is reused for every read, across its growths', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lkm-scratch-'));
    try {
      // sizes around and over the reused buffer's first 64 KB; ASCII, UTF-8 and a BOM in turn, so that the arena,
      // the decoder and the buffer's growth all meet bytes a later read overwrites
      const sizes = [40, 70_000, 13, 300_000, 12, 5_000, 140_000, 65_536, 20, 1_000_000];
      const kinds = ['int a;\n', '/* caf\u00e9 */ int b;\n', '\ufeffint c;\n'];
      const written: string[] = [];
      sizes.forEach((size, i) => {
        const unit = kinds[i % kinds.length].replace('int', `int f${i}_`);
        const text = unit.startsWith('\ufeff')
          ? `\ufeff${unit.slice(1).repeat(Math.ceil(size / unit.length))}`
          : unit.repeat(Math.ceil(size / unit.length));
        const name = `f${String(i).padStart(2, '0')}.c`;
        writeFileSync(path.join(dir, name), text);
        written.push(name);
      });
      const scan = scanRepository(dir);
      for (const name of written) expect(scan.files.get(name)?.text).toBe(decodeText(readFileSync(path.join(dir, name))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
