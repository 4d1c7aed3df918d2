import { describe, expect, it } from 'vitest';
import { rules as buildRules } from '../../src/rules/build/index.js';
import { rules as dkmsRules } from '../../src/rules/dkms/index.js';
import { buildTestModel as modelFromFiles } from './model.js';
import { GOOD_REPOS } from './wrappers.js';

// Every build and dkms rule, on each well-formed layout: nothing to report.
describe('build and dkms rules on good layouts', () => {
  for (const [name, files] of Object.entries(GOOD_REPOS)) {
    it(`are silent on ${name}`, () => {
      const model = modelFromFiles(files);
      expect(model.objEntries.length).toBeGreaterThan(0);
      const findings = [...buildRules, ...dkmsRules].flatMap((r) => r.check(model).map((f) => `${r.id}: ${f.message}`));
      expect(findings).toEqual([]);
    });
  }
});
