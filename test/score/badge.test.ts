import { describe, expect, it } from 'vitest';
import { badgeEndpoint, renderBadge } from '../../src/report/badge.js';
import { computeScore } from '../../src/score/index.js';
import type { Finding } from '../../src/types.js';

const error = (ruleId: string): Finding => ({ ruleId, severity: 'error', message: 'm', help: '' });

describe('badge (shields.io endpoint)', () => {
  it('writes the endpoint schema with the score and the grade', () => {
    const json = JSON.parse(renderBadge(computeScore([])));
    expect(json).toEqual({ schemaVersion: 1, label: 'upstream readiness', message: 'A (100/100)', color: 'brightgreen' });
  });

  it('colours by grade, from the real score', () => {
    const failing = computeScore(['license/a', 'cleanup/a', 'build/a', 'security/a', 'compat/a', 'ci/a', 'correctness/a'].map(error));
    expect(failing.grade).toBe('E');
    expect(badgeEndpoint(failing)).toMatchObject({ message: `E (${failing.score}/100)`, color: 'orange' });
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((grade) => badgeEndpoint({ score: 0, grade }).color)).toEqual([
      'brightgreen',
      'green',
      'yellowgreen',
      'yellow',
      'orange',
      'red',
    ]);
  });

  it('ends with a newline, so the published file diffs cleanly', () => {
    expect(renderBadge({ score: 91, grade: 'A' }).endsWith('}\n')).toBe(true);
  });
});
