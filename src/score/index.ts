// Upstream-readiness score: 0-100 from weighted categories, a grade A-F, and a sentence per category
// on why points were lost. Pure and deterministic; removing a finding never lowers the score.
// See docs/scoring.md.

import type { CategoryScore } from '../report/types.js';
import { CATEGORIES, type Category, type Finding } from '../types.js';
import { CATEGORY_WEIGHTS, GRADE_FLOORS, GRADE_WITH_ERRORS, REPEAT_FACTOR, SEVERITY_COST } from './model.js';
import { pushTo } from '../util/group.js';

export { CATEGORY_WEIGHTS, GRADE_FLOORS, SEVERITY_COST } from './model.js';

export interface Score {
  score: number;
  grade: string;
  categories: Partial<Record<Category, CategoryScore>>;
}

/** Floating sums such as 99.99999 must not lose a point. */
const EPSILON = 1e-9;

export function computeScore(findings: readonly Finding[]): Score {
  const categories: Partial<Record<Category, CategoryScore>> = {};
  let total = 0;
  for (const category of CATEGORIES) {
    const own = findings.filter((f) => categoryOf(f) === category);
    const byRule = groupByRule(own);
    const lost = Math.min(
      100,
      [...byRule.values()].reduce((sum, fs) => sum + ruleCost(fs), 0),
    );
    categories[category] = {
      score: Math.floor(100 - lost + EPSILON),
      findings: own.length,
      reason: reason(category, byRule, lost),
    };
    total += (CATEGORY_WEIGHTS[category] * (100 - lost)) / 100;
  }
  const score = Math.floor(total + EPSILON);
  const hasErrors = findings.some((f) => f.severity === 'error');
  return { score, grade: grade(score, hasErrors), categories };
}

export function grade(score: number, hasErrors = false): string {
  const byScore = GRADE_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'F';
  return hasErrors && byScore === 'A' ? GRADE_WITH_ERRORS : byScore;
}

/** Costs of one rule's findings, dearest first, each further one worth REPEAT_FACTOR of the one before. */
export function ruleCost(findings: readonly Finding[]): number {
  const costs = findings.map((f) => SEVERITY_COST[f.severity]).sort((a, b) => b - a);
  return costs.reduce((sum, cost, i) => sum + cost * REPEAT_FACTOR ** i, 0);
}

function categoryOf(f: Finding): Category | undefined {
  const prefix = f.ruleId.slice(0, f.ruleId.indexOf('/'));
  return (CATEGORIES as readonly string[]).includes(prefix) ? (prefix as Category) : undefined;
}

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))) {
    pushTo(byRule, f.ruleId, f);
  }
  return byRule;
}

/** One sentence: the points lost and the rules that cost them, dearest first. */
function reason(category: Category, byRule: Map<string, Finding[]>, lost: number): string {
  if (byRule.size === 0) return '';
  const parts = [...byRule.entries()]
    .map(([id, fs]) => ({ id, fs, cost: ruleCost(fs) }))
    .sort((a, b) => b.cost - a.cost || (a.id < b.id ? -1 : 1))
    .map(({ id, fs }) => `${id} (${severityCounts(fs)})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  if (CATEGORY_WEIGHTS[category] === 0) return `No points at stake (weight 0), but reported: ${list}.`;
  const capped = lost >= 100 ? ', the most a category can lose,' : '';
  return `Lost ${Math.ceil(lost - EPSILON)} of 100${capped} to ${list}.`;
}

function severityCounts(findings: readonly Finding[]): string {
  const counts = (['error', 'warning', 'note'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);
  return counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
}
