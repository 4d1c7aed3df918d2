import { defineRule } from '../rule.js';

// The engine reports this rule itself, after applying suppressions; `check` has nothing to see
// in the model alone.
export default defineRule({
  id: 'hygiene/unused-suppression',
  severity: 'note',
  title: 'A suppression matched nothing',
  why: 'A `lkm-audit-ignore` comment that silences nothing hides the next real finding on that line and misleads readers about the code.',
  fix: 'Remove the comment, or correct the rule id it names.',
  check: () => [],
});
