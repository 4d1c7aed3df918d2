import { analyseCleanup } from '../../analysis/cleanup/module-analysis.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { callText } from './shared.js';

export default defineRule({
  id: 'cleanup/wrong-error-check',
  severity: 'error',
  title: 'NULL check on an ERR_PTR-returning call, or IS_ERR on a NULL-returning one, in any function',
  why: 'Calls such as class_create, kthread_run, filp_open and debugfs_create_dir return ERR_PTR(-E...) on failure, never NULL, and kmalloc returns NULL, never an error pointer: the wrong check never fires, and the error pointer or NULL is used as a valid object (kernel-facts §5).',
  fix: 'Use IS_ERR()/PTR_ERR() for ERR_PTR-returning calls and a NULL check for NULL-returning ones.',
  check(model) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const m of analyseCleanup(model)) {
      for (const w of [...m.pairs.flatMap((p) => p.setup.wrongChecks), ...m.otherWrongChecks]) {
        const key = `${w.file}:${w.line}:${w.res.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = w.res.call;
        out.push({
          file: w.file,
          line: w.line,
          message:
            w.check === 'null'
              ? `${callText(c)} (line ${c.line}) returns an ERR_PTR on failure, never NULL: this NULL check never sees the error; use IS_ERR()`
              : `${callText(c)} (line ${c.line}) returns NULL on failure, never an ERR_PTR: IS_ERR() never sees the error; check for NULL`,
        });
      }
    }
    return out;
  },
});
