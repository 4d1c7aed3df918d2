// The registry: every rule, by category. Each category folder exports its own list.

import { rules as build } from './build/index.js';
import { rules as docs } from './docs/index.js';
import { rules as hygiene } from './hygiene/index.js';
import { rules as license } from './license/index.js';
import type { Rule } from './rule.js';

export const allRules: readonly Rule[] = [...build, ...license, ...docs, ...hygiene];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
