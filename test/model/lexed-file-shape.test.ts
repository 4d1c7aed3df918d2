// A lexed file was an object literal with a getter (`calls`), which V8 kept in dictionary mode: a hash table of its
// properties for each of drivers/' 27,446 files (830 bytes each), searched at every `f.code`, `f.functions`, `f.path`
// of every rule. This asks V8 itself (`%HasFastProperties`, in a node of its own started with natives syntax) whether
// the model's per-file objects have fast properties.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SOURCE = `#include <linux/module.h>
#define REG 0x10
#define SET(r, v) ((r) | (v))
static const struct pci_device_id ids[] = { { .vendor = 1 } };
static int probe(void) { return helper(REG); }
module_init(probe);
`;

describe('the per-file objects of the model', () => {
  it('have fast properties (one shape for every file), not a dictionary of them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lkm-shape-'));
    const bundle = path.join(dir, 'file.cjs');
    buildSync({
      entryPoints: [path.join(__dirname, '../../src/model/c/file.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
    });
    const script = path.join(dir, 'script.cjs');
    writeFileSync(
      script,
      `const { readCFile } = require(${JSON.stringify(bundle)});
const f = readCFile('drv.c', ${JSON.stringify(SOURCE)});
const g = readCFile('other.c', 'int x;\\n');
f.defines.get('REG');
f.defines.functionLike();
process.stdout.write(JSON.stringify({
  file: %HasFastProperties(f),
  sameShape: %HaveSameMap(f, g),
  defines: %HasFastProperties(f.defines),
  calls: f.calls.length,
}));`,
    );
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: true, sameShape: true, defines: true, calls: 2 });
  });
});
