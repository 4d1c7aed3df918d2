// A lexed file was an object literal with a getter (`calls`), which V8 kept in dictionary mode: a hash table of its
// properties for each of drivers/' 27,446 files (830 bytes each), searched at every `f.code`, `f.functions`, `f.path`
// of every rule. This asks V8 itself (`%HasFastProperties`, in a node of its own started with natives syntax) whether
// the model's per-file objects have fast properties.

import { describe, expect, it } from 'vitest';
import { runWithSource } from '../helpers/policy-process.js';

const SOURCE = `#include <linux/module.h>
#define REG 0x10
#define SET(r, v) ((r) | (v))
static const struct pci_device_id ids[] = { { .vendor = 1 } };
static int probe(void) { return helper(REG); }
module_init(probe);
`;

describe('the per-file objects of the model', () => {
  it('have fast properties (one shape for every file), not a dictionary of them', () => {
    const out = runWithSource(
      'src/model/c/file.ts',
      (bundle) => `const { readCFile } = require(${JSON.stringify(bundle)});
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
      ['--allow-natives-syntax'],
    );
    expect(JSON.parse(out)).toEqual({ file: true, sameShape: true, defines: true, calls: 2 });
  });
});
