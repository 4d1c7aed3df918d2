import { defineRule } from '../rule.js';

const LICENSE_FILE = /(^|\/)(licen[cs]e|copying)([.-][^/]*)?$/i;

export default defineRule({
  id: 'license/missing-license-file',
  severity: 'error',
  title: 'No licence file',
  why: 'Without a LICENSE or COPYING file nobody may legally redistribute or package the module, and distributions and upstream reviewers cannot check that the code is GPL-compatible (process/license-rules.rst).',
  fix: 'Add the licence text as LICENSE or COPYING at the root (GPL-2.0 for code meant for upstream).',
  check(model) {
    for (const p of model.scan.files.keys()) if (LICENSE_FILE.test(p) && !p.includes('node_modules/')) return [];
    return [{ message: 'the repository has no LICENSE, LICENCE or COPYING file' }];
  },
});
