import { releaseFor } from '../../data/acquire-release.js';
import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { callText, moduleOwned } from './shared.js';

export default defineRule({
  id: 'cleanup/error-path-leak',
  severity: 'error',
  title: 'An error return in init/probe leaks what was acquired before it',
  why: 'When init or probe fails the kernel never calls exit or remove, so whatever was acquired before the failing step stays allocated or registered: memory leaks, and a stale registration crashes the kernel on the next load (kernel-facts §5).',
  fix: 'Unwind in reverse order before returning the error, usually with a `goto` ladder of labels that release what was acquired.',
  check(model) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const m of analyseCleanup(model)) {
      for (const p of m.pairs) {
        for (const leak of p.setup.leaks) {
          const key = `${leak.file}:${leak.returnLine}:${leak.res.id}`;
          if (seen.has(key) || moduleOwned(model, m, p, leak.res)) continue;
          seen.add(key);
          const r = leak.res;
          const release = releaseFor(r.spec, r.call.name);
          out.push({
            file: leak.file,
            line: leak.returnLine,
            message: `this error return in ${leak.fn} leaks ${callText(r.call)} from line ${r.call.line}${r.file !== leak.file ? ` of ${r.file}` : ''}${r.loop ? ' (acquired in a loop: what the earlier iterations acquired)' : ''}: call ${release}() on this path`,
          });
        }
      }
    }
    return out;
  },
});
