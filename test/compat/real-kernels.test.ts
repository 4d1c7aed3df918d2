// The database against the compiler: every entry whose change lies between 6.1 and 6.12 is built in its old and
// new form against Debian's 6.1 and 6.12 header trees, and the outcome must be what the entry predicts.

import { beforeAll, describe, expect, test } from 'vitest';
import { COMPAT_DB } from '../../src/data/compat/index.js';
import { changesBetween, predictBuild } from '../../src/model/kernels/predict.js';
import { seriesOf } from '../../src/model/kernels/version.js';
import { buildProbes, headerTrees, type ProbeResult } from './probe-build.js';
import { SNIPPETS, snippetSource } from './snippets.js';

const KERNELS = [headerTrees('6.1')[0], headerTrees('6.12')[0]].filter(Boolean) as string[];
const IN_RANGE = COMPAT_DB.filter((e) => changesBetween(e, '6.1', '6.12'));
const probeName = (id: string, form: 'old' | 'new') => `${form}_${id.replace(/-/g, '_')}`;

const sources: Record<string, string> = {};
for (const e of IN_RANGE) {
  for (const form of ['old', 'new'] as const) {
    const body = SNIPPETS[e.id]?.[form];
    if (body) sources[probeName(e.id, form)] = snippetSource(SNIPPETS[e.id], body);
  }
}

test('the 6.1-6.12 entries have probes', () => {
  expect(IN_RANGE.length).toBeGreaterThanOrEqual(25);
  for (const e of IN_RANGE) expect(sources[probeName(e.id, 'old')] ?? sources[probeName(e.id, 'new')], e.id).toBeDefined();
});

describe.skipIf(KERNELS.length < 2)(
  `real kernels (${KERNELS.length < 2 ? 'SKIPPED: Debian 6.1 and 6.12 linux-headers not installed' : KERNELS.join(', ')})`,
  () => {
    const results = new Map<string, ProbeResult>();

    beforeAll(async () => {
      const built = await Promise.all(KERNELS.map((k) => buildProbes(k, sources)));
      for (const [i, k] of KERNELS.entries()) results.set(k, built[i]);
    }, 400_000);

    for (const kernel of KERNELS) {
      const release = kernel.replace(/^.*linux-headers-/, '');
      const series = seriesOf(release) as string;
      for (const e of IN_RANGE) {
        for (const form of ['old', 'new'] as const) {
          const name = probeName(e.id, form);
          if (!sources[name]) continue;
          const expected = predictBuild(e, form, release);
          const title = `${e.id} (${form} form) on ${series}: ${expected === undefined ? 'no claim (backports)' : expected ? 'builds' : 'fails'}`;
          test(title, () => {
            const result = results.get(kernel) as ProbeResult;
            const compiled = result.compiled.get(name);
            expect(compiled, `${name}.c`).toBeDefined();
            if (expected !== undefined) {
              const diag = result.log
                .split('\n')
                .filter((l) => l.includes(`${name}.c`) && /error/.test(l))
                .slice(0, 3)
                .join('\n');
              expect(compiled, `${name}.c on ${release}\n${diag}`).toBe(expected);
            }
          });
        }
      }
    }
  },
);
