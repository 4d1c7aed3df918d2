// obj-m lines in Kbuild fragments that a Kbuild includes by computed names (NVIDIA open-gpu-kernel-modules'
// kernel-open/Kbuild: `$(foreach m, $(NV_KERNEL_MODULES), $(eval include $(src)/$(m)/$(m).Kbuild))`, the list
// coming from the make command line) and through `include $(wildcard ...)`: each fragment adds a module.

import path from 'node:path';
import { expect, test } from 'vitest';
import { audit } from '../../src/audit.js';
import { parseMakefile } from '../../src/model/make/parse.js';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'fidelity-kbuild-foreach');

test('the modules of fragments included through $(foreach ...) and $(wildcard ...) are found, with their objects', async () => {
  const { model, report } = await audit(FIXTURE);
  expect(model.modules.map((m) => [m.name, m.buildFile, m.sources]).sort()).toEqual([
    ['alpha', 'alpha/alpha.Kbuild', ['alpha/alpha_main.c', 'alpha/alpha_util.c']],
    ['beta', 'beta/beta.Kbuild', ['beta/beta_main.c']],
    ['gamma', 'extra/gamma.kbuild', ['extra/gamma_main.c']],
  ]);
  expect(report.findings.filter((f) => f.ruleId === 'build/no-obj-m')).toEqual([]);
});

test('a foreach include is parsed as an include per word of its list', () => {
  const mf = parseMakefile('Kbuild', '$(foreach m, a b, \\\n $(eval include $(src)/$(m)/$(m).Kbuild))\n', 'Kbuild');
  expect(mf.includes).toEqual([
    expect.objectContaining({ path: '$(src)/$(m)/$(m).Kbuild', each: { variable: 'm', list: 'a b' }, line: 1 }),
  ]);
  expect(mf.notes).toEqual([]);
  expect(parseMakefile('Kbuild', 'include $(wildcard $(src)/x/*.kbuild)\n', 'Kbuild').includes.map((i) => i.path)).toEqual([
    '$(wildcard $(src)/x/*.kbuild)',
  ]);
});
