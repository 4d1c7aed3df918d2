// What renderers need to know about a rule: its metadata, never its check.

import type { Rule } from '../rules/rule.js';

export type RuleInfo = Pick<Rule, 'id' | 'category' | 'severity' | 'title' | 'why' | 'fix' | 'docs'>;
