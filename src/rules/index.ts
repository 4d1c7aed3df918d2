// The registry: every rule, by category. Each category folder exports its own list.

import { rules as build } from './build/index.js';
import { rules as ci } from './ci/index.js';
import { rules as cleanup } from './cleanup/index.js';
import { rules as compat } from './compat/index.js';
import { rules as correctness } from './correctness/index.js';
import { rules as dkms } from './dkms/index.js';
import { rules as docs } from './docs/index.js';
import { rules as hygiene } from './hygiene/index.js';
import { rules as license } from './license/index.js';
import type { Rule } from './rule.js';
import { rules as security } from './security/index.js';
import { rules as style } from './style/index.js';
import { rules as upstream } from './upstream/index.js';

export const allRules: readonly Rule[] = [
  ...build,
  ...dkms,
  ...license,
  ...docs,
  ...ci,
  ...compat,
  ...cleanup,
  ...correctness,
  ...security,
  ...style,
  ...upstream,
  ...hygiene,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
