// Analyses several rules share (cleanup walks, correctness facts, split lines) are dropped once the last rule
// of their category has run: the audit's memory is then the model plus one analysis, not the sum of all. Dropping
// must change no finding: a later reader recomputes the same thing.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCleanup } from '../../src/analysis/cleanup/module-analysis.js';
import { repoTypes } from '../../src/analysis/correctness/repo-types.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { releaserFor } from '../../src/engine/shared-analyses.js';
import { buildModel } from '../../src/model/build.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import { allRules } from '../../src/rules/index.js';
import { scanRepository } from '../../src/scan/index.js';

const fixture = path.join(__dirname, '../fixtures/correctness-defects');

beforeAll(async () => {
  await loadCParser();
});

function model() {
  return buildModel(scanRepository(fixture, {}), EMPTY_CONFIG);
}

describe('releaserFor', () => {
  it('drops the cleanup and correctness analyses after the last rule of each category, and only then', () => {
    const m = model();
    const release = releaserFor(allRules);
    const lastOf = (category: string) => allRules.map((r) => r.category).lastIndexOf(category as never);
    const firstOf = (category: string) => allRules.findIndex((r) => r.category === category);

    const cleanup = analyseCleanup(m);
    const types = repoTypes(m);
    release(firstOf('cleanup'), m);
    expect(analyseCleanup(m)).toBe(cleanup); // still shared with the next cleanup rule
    release(lastOf('cleanup'), m);
    const again = analyseCleanup(m);
    expect(again).not.toBe(cleanup); // recomputed...
    expect(again.map((a) => a.pairs.length)).toEqual(cleanup.map((a) => a.pairs.length)); // ...to the same result
    expect(repoTypes(m)).toBe(types); // another category's analysis is untouched

    release(lastOf('correctness'), m);
    const typesAgain = repoTypes(m);
    expect(typesAgain).not.toBe(types);
    expect([...typesAgain.files.keys()]).toEqual([...types.files.keys()]);
  });

  it('gives every rule the same findings whether or not the shared analyses were dropped between them', () => {
    const run = (withRelease: boolean) => {
      const m = model();
      const release = releaserFor(allRules);
      return allRules.map((rule, i) => {
        const found = rule.check(m);
        if (withRelease) release(i, m);
        return found;
      });
    };
    const kept = run(false);
    expect(kept.flat().some((f) => f.message.length > 0)).toBe(true);
    expect(run(true)).toEqual(kept);
  });
});
