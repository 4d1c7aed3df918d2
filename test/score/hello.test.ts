// The example module scores an A, and each defect added to it (cumulatively) lowers the score.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { auditFiles } from '../helpers/rule-tester.js';

const HELLO = 'examples/hello';

function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, readTree(path.join(dir, entry.name), rel));
    else files[rel] = readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return files;
}

type Files = Record<string, string>;
const edit =
  (file: string, from: string | RegExp, to: string) =>
  (f: Files): Files => {
    const text = f[file].replace(from, to);
    if (text === f[file]) throw new Error(`defect did not apply to ${file}: ${from}`);
    return { ...f, [file]: text };
  };
const remove =
  (file: string) =>
  (f: Files): Files => {
    if (!(file in f)) throw new Error(`no ${file} to remove`);
    const { [file]: _, ...rest } = f;
    return rest;
  };

// Each step adds one more defect (a warning or an error) on top of the previous ones.
const DEFECTS: [string, (f: Files) => Files][] = [
  ['an undocumented parameter', edit('hello_main.c', /MODULE_PARM_DESC\(greeting.*\n/, '')],
  ['no MODULE_DESCRIPTION', edit('hello_main.c', /MODULE_DESCRIPTION\(.*\n/, '')],
  ['no licence file', remove('LICENSE')],
  ['no README', remove('README.md')],
];

// Notes weigh little by design (a style note costs 0.15 points): they lower their category, never raise the score.
const NOTES: [string, string, (f: Files) => Files][] = [
  ['trailing whitespace', 'style', edit('hello_main.c', /;\n/, ';   \n')],
  ['spaces for indent', 'style', edit('hello_buf.c', /\n\t/g, '\n        ')],
  ['no signing guidance', 'docs', (f) => ({ ...f, 'README.md': f['README.md'].replace(/sign|MOK|Secure Boot/gi, 'x') })],
];

describe('the score of examples/hello', () => {
  it('is an A', async () => {
    const { report } = await audit(HELLO);
    expect(report.grade).toBe('A');
    expect(report.score).toBeGreaterThanOrEqual(90);
  });

  it('falls with every defect added', async () => {
    let files = readTree(HELLO);
    let previous = (await auditFiles(files)).score;
    const steps: string[] = [];
    let grade = 'A';
    for (const [what, add] of DEFECTS) {
      files = add(files);
      const report = await auditFiles(files);
      steps.push(`${what}: ${report.score} ${report.grade}`);
      expect(report.score, steps.join('; ')).toBeLessThan(previous);
      previous = report.score;
      grade = report.grade;
    }
    // A missing licence file is an error: the grade can be B at best, whatever the points.
    expect(grade, steps.join('; ')).not.toBe('A');
  });

  it.each(NOTES)('loses category points to %s', async (_, category, add) => {
    const files = readTree(HELLO);
    const before = await auditFiles(files);
    const after = await auditFiles(add(files));
    const cat = category as keyof typeof before.categories;
    expect(after.categories[cat]!.score).toBeLessThan(before.categories[cat]!.score);
    expect(after.score).toBeLessThanOrEqual(before.score);
  });
});
