#!/usr/bin/env node
// Audits real out-of-tree module repositories (listed with their commits in scripts/accuracy-repos.json)
// and prints findings per repository, per rule and severity. Fetches nothing: it reads a folder of
// checkouts named <owner>+<name>. Not part of `npm test`; docs/accuracy.md publishes its figures.
//
//   node scripts/accuracy.mjs --dir DIR [--only NAME] [--save FILE] [--compare FILE] [--dump DIR] [--rules]
//
//   --dir      folder holding <owner>+<name>/ checkouts at the listed commits (default /tmp/lkm-accuracy)
//   --only     audit only repositories whose name contains NAME
//   --save     write the figures as JSON (to compare a later run with)
//   --compare  print before -> after per repository against figures saved earlier
//   --dump     write each repository's text and JSON reports there, for triage
//   --rules    print the per-rule counts of every repository, not only the totals
//
// Each repository is audited in a child process so one large tree cannot exhaust the heap of the run.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSources } from './lib/load-src.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(`--${name}`);

if (flag('one')) await auditOne(opt('bundle'), opt('one'), opt('dump'));
else await main();

async function main() {
  const dir = opt('dir', '/tmp/lkm-accuracy');
  const only = opt('only', '');
  const list = JSON.parse(readFileSync(path.join(here, 'accuracy-repos.json'), 'utf8')).repositories;
  const bundle = await bundleEngine();
  const results = [];
  try {
    for (const entry of list) {
      if (only && !entry.repo.includes(only)) continue;
      const checkout = path.join(dir, entry.repo.replace('/', '+'));
      if (!existsSync(checkout)) {
        console.error(`skipped ${entry.repo}: no checkout at ${checkout}`);
        continue;
      }
      const started = Date.now();
      const out = execFileSync(
        process.execPath,
        ['--max-old-space-size=3072', fileURLToPath(import.meta.url), '--one', checkout, '--bundle', bundle, ...dumpArgs(entry)],
        { encoding: 'utf8', maxBuffer: 1 << 28 },
      );
      const figures = JSON.parse(out);
      results.push({ repo: entry.repo, commit: entry.commit, seconds: (Date.now() - started) / 1000, ...figures });
      console.error(`${entry.repo}: ${figures.errors}E ${figures.warnings}W ${figures.notes}N`);
    }
  } finally {
    rmSync(bundle, { force: true });
  }
  const save = opt('save');
  if (save) writeFileSync(save, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
  const before = opt('compare') ? JSON.parse(readFileSync(opt('compare'), 'utf8')).results : null;
  printTable(results, before);
  if (flag('rules')) printRules(results);
}

function dumpArgs(entry) {
  const dump = opt('dump');
  return dump ? ['--dump', path.join(dump, entry.repo.replace('/', '+'))] : [];
}

/** The engine API from the TypeScript sources, bundled once into a temp file each repository's process imports. */
function bundleEngine() {
  return bundleSources(
    `
        export { audit } from './src/audit.js';
        export { render } from './src/report/index.js';
      `,
    'accuracy',
  );
}

async function auditOne(bundle, checkout, dump) {
  const api = await import(pathToFileURL(bundle).href);
  const { report } = await api.audit(checkout);
  const text = api.render('text', report, { color: false });
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(path.join(dump, 'report.txt'), text);
    writeFileSync(path.join(dump, 'report.json'), api.render('json', report, { color: false }));
  }
  const rules = {};
  for (const f of report.findings) {
    rules[f.ruleId] ??= { error: 0, warning: 0, note: 0 };
    rules[f.ruleId][f.severity]++;
  }
  // What a reader of the text report sees: finding lines (`file:line:col: severity: message [rule/id]`).
  const shown = text.split('\n').filter((l) => /^\S.*?: (error|warning|note): .*\[[\w-]+\/[\w-]+\]$/.test(l)).length;
  process.stdout.write(
    JSON.stringify({
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notes: report.summary.notes,
      textFindings: shown,
      modules: report.modules.map((m) => m.name),
      licenses: report.modules.map((m) => m.license),
      rules,
    }),
  );
}

function printTable(results, before) {
  const prev = new Map((before ?? []).map((r) => [r.repo, r]));
  const cell = (r) => (r ? `${r.errors}/${r.warnings}/${r.notes}` : '-');
  const head = ['repository', before ? 'before E/W/N' : null, 'E/W/N', 'text lines', 'modules'].filter(Boolean);
  console.log(head.join('\t'));
  const total = { errors: 0, warnings: 0, notes: 0 };
  for (const r of results) {
    for (const k of Object.keys(total)) total[k] += r[k];
    const row = [r.repo, before ? cell(prev.get(r.repo)) : null, cell(r), r.textFindings, r.modules.length].filter((c) => c !== null);
    console.log(row.join('\t'));
  }
  console.log(`total\t${before ? `${cell(sum(before.filter((b) => results.some((r) => r.repo === b.repo))))}\t` : ''}${cell(total)}`);
}

function sum(list) {
  const t = { errors: 0, warnings: 0, notes: 0 };
  for (const r of list) for (const k of Object.keys(t)) t[k] += r[k];
  return t;
}

function printRules(results) {
  for (const r of results) {
    console.log(`\n${r.repo} @ ${r.commit.slice(0, 12)}`);
    const ids = Object.keys(r.rules).sort();
    for (const id of ids) {
      const c = r.rules[id];
      const parts = ['error', 'warning', 'note'].filter((s) => c[s]).map((s) => `${c[s]} ${s}`);
      console.log(`  ${id.padEnd(40)} ${parts.join(', ')}`);
    }
  }
}
