import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_WEIGHTS, computeScore, grade, ruleCost, SEVERITY_COST } from '../../src/score/index.js';
import { CATEGORIES, type Finding, type Severity } from '../../src/types.js';
import { prng } from '../helpers/prng.js';

const finding = (ruleId: string, severity: Severity, line = 1): Finding => ({
  ruleId,
  severity,
  file: 'x.c',
  line,
  message: 'm',
  help: '',
});

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];
function randomFindings(random: () => number): Finding[] {
  const n = Math.floor(random() * 40);
  return Array.from({ length: n }, (_, i) => {
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const rule = `${category}/rule-${Math.floor(random() * 3)}`;
    return finding(rule, SEVERITIES[Math.floor(random() * 3)], i + 1);
  });
}

const GRADE_ORDER = 'ABCDEF';

describe('score model', () => {
  it('gives 100 and an A to a repository without findings', () => {
    const s = computeScore([]);
    expect(s).toMatchObject({ score: 100, grade: 'A' });
    expect(Object.keys(s.categories).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.values(s.categories).every((c) => c!.score === 100 && c!.reason === '')).toBe(true);
  });

  it('weights add up to 100; upstream weighs most, then cleanup; packaging and style together weigh less than upstream', () => {
    const weights = Object.values(CATEGORY_WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    const sorted = [...weights].sort((a, b) => b - a);
    expect(CATEGORY_WEIGHTS.upstream).toBe(sorted[0]);
    expect(CATEGORY_WEIGHTS.cleanup).toBe(sorted[1]);
    const packagingAndStyle = CATEGORY_WEIGHTS.docs + CATEGORY_WEIGHTS.ci + CATEGORY_WEIGHTS.dkms + CATEGORY_WEIGHTS.style;
    expect(packagingAndStyle).toBeLessThan(CATEGORY_WEIGHTS.upstream);
  });

  it('packaging and style findings cannot outweigh one upstream blocker', () => {
    // Every packaging and style category emptied...
    const noise = ['docs', 'ci', 'dkms', 'style'].flatMap((c) => [
      finding(`${c}/x`, 'error'),
      finding(`${c}/y`, 'error'),
      finding(`${c}/z`, 'error'),
    ]);
    const packagingOnly = computeScore(noise).score;
    expect(packagingOnly).toBe(100 - (CATEGORY_WEIGHTS.docs + CATEGORY_WEIGHTS.ci + CATEGORY_WEIGHTS.dkms + CATEGORY_WEIGHTS.style));
    // ... costs less than an obsolete framework, a duplicate device, an abstraction layer and a TODO list.
    const blockers = ['obsolete-framework', 'duplicate-device-id', 'os-abstraction-layer', 'open-todo'].flatMap((r) => [
      finding(`upstream/${r}`, 'warning'),
      finding(`upstream/${r}`, 'warning'),
    ]);
    expect(computeScore(blockers).score).toBeLessThan(packagingOnly);
  });

  it('costs the first finding of a rule by severity, each further one half the one before', () => {
    expect(ruleCost([finding('a/b', 'error')])).toBe(SEVERITY_COST.error);
    expect(ruleCost([finding('a/b', 'warning'), finding('a/b', 'warning')])).toBe(SEVERITY_COST.warning * 1.5);
    expect(ruleCost(Array.from({ length: 500 }, () => finding('a/b', 'note')))).toBeLessThanOrEqual(2 * SEVERITY_COST.note);
  });

  it('caps a noisy rule and a noisy category', () => {
    const noisyStyle = ['indent-spaces', 'line-length', 'trailing-whitespace', 'printk-without-level', 'checkpatch'].flatMap((name) =>
      Array.from({ length: 300 }, (_, i) => finding(`style/${name}`, 'error', i)),
    );
    const s = computeScore(noisyStyle);
    expect(s.categories.style!.score).toBe(0);
    expect(s.score).toBe(100 - CATEGORY_WEIGHTS.style);
    expect(s.categories.style!.reason).toMatch(/^Lost 100 of 100, the most a category can lose, to style\//);
    // A rule costs at most twice its first finding: 300 warnings of one rule cost 40 points, not 6000.
    const oneRule = noisyStyle.filter((f) => f.ruleId === 'style/line-length').map((f) => ({ ...f, severity: 'warning' as const }));
    expect(computeScore(oneRule).categories.style!.score).toBe(100 - 2 * SEVERITY_COST.warning);
  });

  it('says in one sentence why a category lost points, dearest rule first', () => {
    const s = computeScore([
      finding('license/missing-spdx', 'warning', 1),
      finding('license/missing-spdx', 'warning', 2),
      finding('license/unknown-module-license', 'error'),
    ]);
    expect(s.categories.license).toEqual({
      score: 20,
      findings: 3,
      reason: 'Lost 80 of 100 to license/unknown-module-license (1 error) and license/missing-spdx (2 warnings).',
    });
    expect(s.score).toBe(Math.floor(100 - (CATEGORY_WEIGHTS.license * 80) / 100));
  });

  it('never gives an A with an error finding', () => {
    const s = computeScore([finding('style/line-length', 'error')]);
    expect(s.score).toBeGreaterThanOrEqual(90);
    expect(s.grade).toBe('B');
  });

  it('maps scores to grades A-F', () => {
    expect([100, 90, 89, 80, 79, 70, 69, 60, 59, 50, 49, 0].map((n) => grade(n))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
      'F',
      'F',
    ]);
  });

  it('is deterministic: the order of findings does not matter', () => {
    const random = prng(7);
    for (let run = 0; run < 50; run++) {
      const fs = randomFindings(random);
      const shuffled = [...fs].sort(() => random() - 0.5);
      expect(computeScore(shuffled)).toEqual(computeScore(fs));
    }
  });

  it('never lowers the score or the grade when any one finding is fixed', () => {
    const random = prng(42);
    let checked = 0;
    for (let run = 0; run < 300; run++) {
      const fs = randomFindings(random);
      const before = computeScore(fs);
      fs.forEach((_, i) => {
        const after = computeScore(fs.filter((__, j) => j !== i));
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(GRADE_ORDER.indexOf(after.grade)).toBeLessThanOrEqual(GRADE_ORDER.indexOf(before.grade));
        for (const c of CATEGORIES) expect(after.categories[c]!.score).toBeGreaterThanOrEqual(before.categories[c]!.score);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('docs/scoring.md', () => {
  const doc = readFileSync('docs/scoring.md', 'utf8');

  it('states the weights the code uses', () => {
    const table = new Map([...doc.matchAll(/^\| (\w+) \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])]));
    for (const c of CATEGORIES) expect(table.get(c), c).toBe(CATEGORY_WEIGHTS[c]);
  });

  it('states the severity costs the code uses', () => {
    for (const s of SEVERITIES) expect(doc).toMatch(new RegExp(`^\\| ${s} \\| ${SEVERITY_COST[s]} \\|`, 'm'));
  });
});
