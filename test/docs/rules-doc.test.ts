// The rule catalogue holds together: every rule file is registered, tested and documented from its
// metadata; docs/rules.md is not stale; every documented example behaves (bad fires, good does not).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DOC_PATH, renderRulesDoc } from '../../scripts/rules-doc.js';
import { allRules } from '../../src/rules/index.js';
import { DOCS_BASE, docsAnchor, type Rule } from '../../src/rules/rule.js';
import { CATEGORIES } from '../../src/types.js';
import { runRule } from '../helpers/rule-tester.js';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')],
  );
}

/** Rule modules: `src/rules/<category>/<name>.ts` files whose default export is a `defineRule(...)`. */
const ruleFiles = walk('src/rules').filter(
  (f) => /^src\/rules\/[^/]+\/[^/]+\.ts$/.test(f) && /export default defineRule\(/.test(readFileSync(f, 'utf8')),
);
const testTexts = walk('test')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(f, 'utf8'));
const doc = readFileSync(RULES_DOC_PATH, 'utf8');

describe('rule registry', () => {
  it('has unique ids of the form category/name, in a known category', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATEGORIES).toContain(rule.category);
    }
  });

  it('registers every rule file, under the id its path names', async () => {
    const registered = new Set(allRules.map((r) => r.id));
    const missing: string[] = [];
    for (const file of ruleFiles) {
      const rule = (await import(`../../${file}`)).default as Rule;
      expect(rule.id, file).toBe(file.replace(/^src\/rules\//, '').replace(/\.ts$/, ''));
      if (!registered.has(rule.id)) missing.push(rule.id);
    }
    expect(missing, 'rules missing from src/rules/index.ts').toEqual([]);
  });

  it('has complete metadata: title, why (the kernel fact), fix, docs link', () => {
    for (const rule of allRules) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.title.endsWith('.'), `${rule.id}: title without a final period`).toBe(false);
      expect(rule.why.length, rule.id).toBeGreaterThan(40);
      expect(rule.fix.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs).toBe(`${DOCS_BASE}#${docsAnchor(rule.id)}`);
    }
  });

  it('has a test for every rule (a test file that imports the rule or names its id)', () => {
    const tested = (r: Rule) => testTexts.some((t) => t.includes(`src/rules/${r.id}.js`) || t.includes(`'${r.id}'`));
    const untested = allRules.filter((r) => !tested(r)).map((r) => r.id);
    expect(untested).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  it('is generated from the rules (run `node scripts/gen-docs.mjs` when this fails)', () => {
    expect(doc).toBe(renderRulesDoc(allRules));
  });

  it('is what the generator script writes (`node scripts/gen-docs.mjs --check`)', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('docs/rules.md is up to date');
  });

  it('has a section with an explicit anchor for every rule, which the finding help links to', () => {
    for (const rule of allRules) {
      const anchor = docsAnchor(rule.id);
      expect(doc, rule.id).toContain(`<a id="${anchor}"></a>\n\n### ${rule.id}\n`);
      expect(rule.docs.endsWith(`rules.md#${anchor}`)).toBe(true);
    }
  });

  it('tells how to suppress every rule', () => {
    for (const rule of allRules) {
      expect(doc).toContain(`lkm-audit-ignore ${rule.id}: reason`);
      expect(doc).toContain(`  ${rule.id}: off`);
    }
  });
});

const withExamples = allRules.filter((r) => r.example);

describe.each(withExamples.map((r) => [r.id, r] as const))('the example of %s', (_, rule) => {
  it('fires on the bad example and not on the good one', () => {
    expect(runRule(rule, rule.example!.bad).length, 'bad example').toBeGreaterThan(0);
    expect(runRule(rule, rule.example!.good), 'good example').toEqual([]);
  });
});
