import { defineRule } from '../rule.js';

export default defineRule({
  id: 'style/coccinelle',
  severity: 'note',
  title: "Reports of the kernel's Coccinelle scripts (only with --coccinelle DIR)",
  why:
    "The kernel's semantic patches (scripts/coccinelle, run by `make coccicheck MODE=report`) find expression-level " +
    'defects maintainers ask to fix: misuse of APIs, NULL tests after dereference, needless casts. lkm-audit runs the ' +
    'report-mode scripts of the tree you give it with `spatch` over the module and imports each report; those that ' +
    'find what an lkm-audit rule finds are reported under that rule instead, once per line.',
  fix: 'Fix what the named script reports (its header comment explains the pattern), or run `make coccicheck MODE=patch M=<module>` for the scripts that propose a patch.',
  // The findings come from src/coccinelle (an external program, run by the audit when asked); the rule
  // carries the metadata, severity and documentation.
  check() {
    return [];
  },
});
