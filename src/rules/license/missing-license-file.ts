import { defineRule } from '../rule.js';

export default defineRule({
  id: 'license/missing-license-file',
  severity: 'error',
  title: 'No licence file',
  why: 'Without a LICENSE or COPYING file nobody may legally redistribute or package the module, and distributions and upstream reviewers cannot check that the code is GPL-compatible (process/license-rules.rst).',
  fix: 'Add the licence text as LICENSE or COPYING at the root (GPL-2.0 for code meant for upstream).',
  check(model) {
    // Any LICENSE/LICENCE/COPYING (any case or suffix, any folder) or kernel-style LICENSES/ text counts.
    if (model.license.files.length > 0) return [];
    return [{ message: 'the repository has no LICENSE, LICENCE or COPYING file' }];
  },
});
