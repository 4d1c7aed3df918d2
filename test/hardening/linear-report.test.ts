// 50,000 findings (a Makefile listing 50,000 objects, each a module without a Kconfig entry) go from rules through
// suppressions, score and every reporter in linear time. Before grouping stopped copying arrays, this took close to
// a minute; the bound (10 s of CPU) is generous but far below that.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { checkAnnotations, selectInline } from '../../src/report/annotations.js';
import { batches, checkRunOutput } from '../../src/report/checkrun.js';
import { renderComment } from '../../src/report/comment.js';
import { diffFindings } from '../../src/report/fingerprint.js';
import { FORMATS, render } from '../../src/report/index.js';
import { computeScore } from '../../src/score/index.js';

const N = 50_000;

function bigRepo(form: 'one-line' | 'append'): string {
  const root = path.join(tmpdir(), `lkm-50k-${form}-${process.pid}`);
  mkdirSync(root, { recursive: true });
  const objs = Array.from({ length: N }, (_, i) => `m${i}.o`);
  const mk = form === 'one-line' ? `obj-m := ${objs.join(' ')}\n` : objs.map((o) => `obj-m += ${o}`).join('\n');
  writeFileSync(path.join(root, 'Makefile'), mk);
  writeFileSync(path.join(root, 'LICENSE'), 'GPL\n');
  return root;
}

describe('report building is linear in findings', () => {
  for (const form of ['one-line', 'append'] as const) {
    it(`audits and renders ${N} findings (obj-m ${form === 'one-line' ? ':= on one line' : '+= one a line'}) in under 10 s`, async () => {
      const root = bigRepo(form);
      const started = performance.now();
      // CPU time, not wall time: the bound must hold on a machine shared with other jobs.
      const cpu = process.cpuUsage();
      const { report } = await audit(root);
      const audited = performance.now();
      expect(report.findings.filter((f) => f.ruleId === 'upstream/missing-kconfig')).toHaveLength(N);
      const sizes: Record<string, number> = {};
      const steps: string[] = [];
      let t = performance.now();
      const step = (name: string) => {
        const now = performance.now();
        steps.push(`${name} ${Math.round(now - t)}`);
        t = now;
      };
      for (const format of FORMATS) {
        sizes[format] = render(format, report, { color: false }).length;
        step(format);
      }
      computeScore(report.findings);
      step('score');
      const { added } = diffFindings(report.findings.slice(0, N / 2), report.findings);
      step('diff');
      renderComment(report, { added, fixed: [] });
      step('comment');
      batches(checkAnnotations(report, report.findings));
      selectInline(report.findings);
      step('annotations');
      checkRunOutput(report);
      step('check run');
      console.log(steps.join(', '));
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      console.log(
        `${form}: audit ${Math.round(audited - started)} ms, all reporters ${Math.round(ms - (audited - started))} ms (wall); ${Math.round(cpuMs)} ms CPU`,
      );
      expect(sizes.json).toBeGreaterThan(N * 50);
      expect(cpuMs).toBeLessThan(10_000);
    }, 120_000);
  }
});
