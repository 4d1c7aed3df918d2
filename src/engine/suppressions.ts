// Inline suppressions: `/* lkm-audit-ignore <rule-id>: reason */` or `// lkm-audit-ignore <rule-id>`
// on the finding's line or the line above. One that matches nothing is itself reported.

import type { RepoFiles } from '../scan/types.js';
import type { Finding } from '../types.js';
import { pushTo } from '../util/group.js';

export interface Suppression {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  used: boolean;
}

const MARK = /(?:\/\/|\/\*|#)\s*lkm-audit-ignore\s+([a-z]+\/[a-z0-9-]+)/g;

export function findSuppressions(scan: RepoFiles): Suppression[] {
  const out: Suppression[] = [];
  for (const f of scan.files.values()) {
    if (f.text === undefined || !f.text.includes('lkm-audit-ignore')) continue;
    const lines = f.text.split('\n');
    lines.forEach((text, i) => {
      MARK.lastIndex = 0;
      for (let m = MARK.exec(text); m; m = MARK.exec(text))
        out.push({ file: f.path, line: i + 1, column: m.index + 1, ruleId: m[1], used: false });
    });
  }
  return out;
}

/** Splits findings into kept and suppressed, marking the suppressions that were used. */
export function applySuppressions(findings: Finding[], sups: Suppression[]): { kept: Finding[]; suppressed: Finding[] } {
  const byKey = new Map<string, Suppression[]>();
  for (const s of sups) {
    for (const line of [s.line, s.line + 1]) {
      const k = `${s.file}\0${line}\0${s.ruleId}`;
      pushTo(byKey, k, s);
    }
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const hits = f.file && f.line ? byKey.get(`${f.file}\0${f.line}\0${f.ruleId}`) : undefined;
    if (hits) {
      for (const h of hits) h.used = true;
      suppressed.push(f);
    } else kept.push(f);
  }
  return { kept, suppressed };
}
