import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { at, callText } from './shared.js';

const HOW: Record<string, string> = {
  'err-ptr': 'IS_ERR()',
  null: 'a NULL check',
  negative: 'a check for a negative error code',
};

export default defineRule({
  id: 'cleanup/unchecked-acquire',
  severity: 'warning',
  title: 'The result of an acquiring call is never checked',
  why: 'Allocation and registration calls fail under memory pressure or name clashes; using the result unchecked dereferences NULL or an error pointer, or leaves the module believing a registration that never happened (kernel-facts §5).',
  fix: 'Check the result (NULL, IS_ERR() or a negative return, as the API documents) and unwind on failure.',
  check(model) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const m of analyseCleanup(model)) {
      for (const p of m.pairs) {
        for (const r of p.setup.unchecked) {
          if (seen.has(r.id) || r.managed) continue;
          seen.add(r.id);
          out.push({
            ...at(r.file, r.call),
            message: `the result of ${callText(r.call)} at line ${r.call.line} is never checked (needs ${HOW[r.spec.failure] ?? 'a check'})`,
          });
        }
      }
    }
    return out;
  },
});
