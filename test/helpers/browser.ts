// A real headless Chromium (Debian's `chromium`) for what a person sees: the DOM after loading, and screenshots.
// Screenshots are read back with a tiny PNG decoder in Python (standard library only) to check colours on screen.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const BASE = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions', '--mute-audio'];

export interface BrowserRun {
  ms: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

function chromium(bin: string, args: string[]): BrowserRun {
  // A fresh profile each time: nothing from another run, and no network (every page is a file).
  const profile = mkdtempSync(path.join(tmpdir(), 'lkm-chromium-'));
  const started = Date.now();
  const r = spawnSync(bin, [...BASE, `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  rmSync(profile, { recursive: true, force: true });
  return { ms, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

/** The DOM as Chromium built it after loading the page. */
export function dumpDom(bin: string, url: string): BrowserRun {
  return chromium(bin, ['--dump-dom', url]);
}

export function screenshot(
  bin: string,
  url: string,
  file: string,
  opts: { width?: number; height?: number; dark?: boolean } = {},
): BrowserRun {
  const size = `--window-size=${opts.width ?? 1100},${opts.height ?? 1600}`;
  return chromium(bin, [size, ...(opts.dark ? ['--force-dark-mode'] : []), `--screenshot=${file}`, url]);
}

const PNG_COLOURS = `
import struct, sys, zlib, json
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
pos, idat = 8, b''
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]; pos += 12 + n
    if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
    if kind == b'IDAT': idat += body
assert depth == 8 and ctype in (2, 6), 'only 8-bit RGB/RGBA'
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat); stride = w * bpp; prev = bytearray(stride); counts = {}; i = 0
for y in range(min(h, int(sys.argv[2]))):
    f = raw[i]; line = bytearray(raw[i+1:i+1+stride]); i += 1 + stride
    for x in range(stride):
        a = line[x-bpp] if x >= bpp else 0; b = prev[x]; c = prev[x-bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if y % 2 == 0:
        for x in range(0, w, 2):
            k = '#%02x%02x%02x' % tuple(line[x*bpp:x*bpp+3]); counts[k] = counts.get(k, 0) + 1
print(json.dumps({'width': w, 'height': h, 'colours': counts}))
`;

/** Pixel colours of the top `rows` rows of a screenshot (every other pixel of every other row), with its size. */
export function pngColours(file: string, rows = 600): { width: number; height: number; colours: Record<string, number> } {
  const r = spawnSync('python3', ['-c', PNG_COLOURS, file, String(rows)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`cannot read ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
