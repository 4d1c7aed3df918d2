// The audit runs every rule outside the cleanup and correctness categories before it waits for the C parser
// (src/audit.ts): those rules must never parse. Were one to, it would meet no parser and quietly read nothing. Here
// the loader is watched while every such rule runs over every fixture and example: none asks it for the parser.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const asked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/model/c/syntax/loader.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/c/syntax/loader.js')>();
  return {
    ...real,
    cParserIfLoaded: () => {
      asked.count++;
      return real.cParserIfLoaded();
    },
    loadCParser: (...args: Parameters<typeof real.loadCParser>) => {
      asked.count++;
      return real.loadCParser(...args);
    },
  };
});

const { EMPTY_CONFIG } = await import('../../src/config/load.js');
const { buildModel } = await import('../../src/model/build.js');
const { allRules } = await import('../../src/rules/index.js');
const { scanRepository } = await import('../../src/scan/index.js');
const { analyseCleanup } = await import('../../src/analysis/cleanup/module-analysis.js');

const repo = path.join(__dirname, '../..');
const trees = [
  ...readdirSync(path.join(repo, 'test/fixtures')).map((d) => path.join(repo, 'test/fixtures', d)),
  ...readdirSync(path.join(repo, 'examples')).map((d) => path.join(repo, 'examples', d)),
];
const PARSING = new Set(['cleanup', 'correctness']);

describe('rules that run before the C parser is ready', () => {
  it('never ask for the parser, on any fixture or example', () => {
    const lexical = allRules.filter((r) => !PARSING.has(r.category));
    expect(lexical.length).toBeGreaterThan(40);
    for (const tree of trees) {
      const model = buildModel(scanRepository(tree, {}), EMPTY_CONFIG);
      for (const rule of lexical) {
        const before = asked.count;
        rule.check(model);
        expect(asked.count, `${rule.id} on ${path.relative(repo, tree)}`).toBe(before);
      }
    }
  });

  it('the watch sees a rule that parses (the cleanup analysis asks for the parser)', () => {
    const model = buildModel(scanRepository(path.join(repo, 'examples/hello'), {}), EMPTY_CONFIG);
    const before = asked.count;
    analyseCleanup(model);
    expect(asked.count).toBeGreaterThan(before);
  });
});
