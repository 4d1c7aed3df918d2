#!/usr/bin/env node
// Seeded-defect benchmark of the cleanup rules (recall). Copies module folders of the Linux 6.1
// drivers, injects one defect per copy mechanically, audits mutant and original, and counts a
// defect as found when the right rule points at the mutated function (and line, where the rule
// has one) in the mutant and not in the original. Not part of `npm test`.
//
//   npm run seeded [-- --src DIR] [--max N] [--quiet] [--only drivers/some/folder[,drivers/other]] [--kind KIND]
//
// Defect kinds:
//   deleted-release   one release call on an error path of init/probe deleted  -> cleanup/error-path-leak in that function
//   swapped-exit      two releases of exit/remove whose order the kernel needs swapped -> cleanup/release-order in that function
//   wrong-check       `IS_ERR(x)` of an ERR_PTR-returning call replaced by `!(x)` -> cleanup/wrong-error-check on that line
//   missing-exit      the `module_exit(...)` line deleted                        -> cleanup/missing-module-exit

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './lib/load-src.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const _repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const src = opt('src', existsSync('/work/linux-6.1/drivers') ? '/work/linux-6.1' : '/tmp/lkm-corpus/linux-source-6.1');
const max = Number(opt('max', '120'));
const showMisses = !args.includes('--quiet');
// Re-run the benchmark on a few folders (or one defect kind) while triaging misses.
const only = opt('only', '')
  .split(',')
  .filter(Boolean)
  .map((d) => d.replace(/\/$/, ''));
const onlyKind = opt('kind', '');
if (!existsSync(path.join(src, 'drivers'))) {
  console.error(`no ${src}/drivers: pass --src DIR (a Linux 6.1 source tree)`);
  process.exit(2);
}

const _out = path.join('/tmp', `lkm-audit-seeded-${process.pid}.mjs`);
const api = await loadSources(
  `
      export { scanRepository } from './src/scan/index.js';
      export { buildModel } from './src/model/build.js';
      export { EMPTY_CONFIG } from './src/config/load.js';
      export { rules as cleanup } from './src/rules/cleanup/index.js';
      export { loadCParser } from './src/model/c/syntax/loader.js';
      export { analyseCleanup } from './src/analysis/cleanup/module-analysis.js';
      export { releasedKinds, returnsErrPtr, ACQUIRE_SPECS } from './src/data/acquire-release.js';
    `,
  'seeded',
);
await api.loadCParser();

// ---- auditing a folder -----------------------------------------------------------------------

function audit(dir) {
  const model = api.buildModel(api.scanRepository(dir, { ignore: [] }), api.EMPTY_CONFIG);
  const findings = [];
  for (const rule of api.cleanup) {
    try {
      for (const f of rule.check(model)) findings.push({ rule: rule.id, file: f.file, line: f.line, message: f.message });
    } catch (e) {
      console.error(`${rule.id} failed on ${dir}: ${e.message}`);
    }
  }
  return { model, findings };
}

const key = (f) => `${f.rule}|${f.file}|${f.line}|${f.message}`;

// ---- where defects can be seeded ---------------------------------------------------------------

function moduleFolders(root) {
  const found = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const subdirs = entries.filter((e) => e.isDirectory());
    for (const d of subdirs) walk(path.join(dir, d.name));
    if (subdirs.length) return;
    const cFiles = entries.filter((e) => e.isFile() && e.name.endsWith('.c'));
    let bytes = 0;
    let hasModule = false;
    for (const e of cFiles) {
      const text = readFileSync(path.join(dir, e.name), 'latin1');
      bytes += text.length;
      if (/\bmodule_(init|\w+_driver)\s*\(/.test(text)) hasModule = true;
    }
    if (hasModule && bytes < 400_000 && entries.some((e) => e.name === 'Makefile' || e.name === 'Kbuild')) found.push(dir);
  };
  walk(path.join(root, 'drivers'));
  return found.sort();
}

/** [first, last] lines of a function definition. */
function span(file, def) {
  return [file.lineAt(def.offset), file.lineAt(def.bodyEnd)];
}

const CALL_STMT = /^\s*([A-Za-z_]\w*)\s*\((.*)\);\s*$/;
const DEPENDENT = new Map(api.ACQUIRE_SPECS.filter((s) => s.dependsOn?.length).map((s) => [s.kind, s.dependsOn]));

function sites(model) {
  const out = [];
  const fnOf = (fileName, name) => {
    const file = model.c.get(fileName);
    const def = file?.functions.find((d) => d.name === name);
    return def ? { file, def } : undefined;
  };
  const lines = (file) => file.text.split('\n');
  for (const m of api.analyseCleanup(model)) {
    for (const p of m.pairs) {
      const setup = fnOf(p.pair.file, p.pair.setup) ?? [...model.c.values()].map((f) => fnOf(f.path, p.pair.setup)).find(Boolean);
      if (setup) {
        const [from, to] = span(setup.file, setup.def);
        const ls = lines(setup.file);
        let afterLabel = false;
        for (let n = from; n < to; n++) {
          const text = ls[n - 1];
          if (/^\s*[A-Za-z_]\w*:\s*$/.test(text) && !/default:/.test(text)) afterLabel = true;
          const call = CALL_STMT.exec(text);
          if (!call || !api.releasedKinds(call[1]).length) continue;
          const next = ls.slice(n, n + 3).join('\n');
          const errorPath = afterLabel || /\b(return\s+(-|ret|err|rc|error|status)|goto\s)/.test(next);
          if (errorPath)
            out.push({ kind: 'deleted-release', file: setup.file.path, line: n, fn: p.pair.setup, span: [from, to], what: call[1] });
        }
      }
      const teardown =
        p.pair.teardown &&
        (fnOf(p.pair.file, p.pair.teardown) ?? [...model.c.values()].map((f) => fnOf(f.path, p.pair.teardown)).find(Boolean));
      if (teardown) {
        const [from, to] = span(teardown.file, teardown.def);
        const ls = lines(teardown.file);
        const rels = [];
        for (let n = from; n < to; n++) {
          const call = CALL_STMT.exec(ls[n - 1]);
          if (call) for (const s of api.releasedKinds(call[1])) rels.push({ n, name: call[1], kind: s.kind });
        }
        for (const a of rels) {
          const deps = DEPENDENT.get(a.kind);
          const b = deps && rels.find((r) => r.n > a.n && deps.includes(r.kind) && r.name !== a.name);
          if (b)
            out.push({
              kind: 'swapped-exit',
              file: teardown.file.path,
              line: a.n,
              other: b.n,
              fn: p.pair.teardown,
              span: [from, to],
              what: `${a.name}/${b.name}`,
            });
        }
      }
    }
  }
  for (const file of model.c.values()) {
    const ls = file.text.split('\n');
    for (const def of file.functions) {
      const [from, to] = span(file, def);
      for (let n = from; n < to; n++) {
        const m = /\bif\s*\(\s*(?:unlikely\s*\(\s*)?IS_ERR\(\s*([\w>.-]+)\s*\)/.exec(ls[n - 1]);
        if (!m) continue;
        const x = m[1].replace(/[.*+?^${}()|[\]-]/g, '\\$&');
        const assigned = ls.slice(Math.max(from, n - 8) - 1, n - 1).join('\n');
        const call = new RegExp(`${x}\\s*=\\s*([A-Za-z_]\\w*)\\s*\\(`).exec(assigned);
        if (call && api.returnsErrPtr(call[1]))
          out.push({ kind: 'wrong-check', file: file.path, line: n, fn: def.name, span: [from, to], what: call[1], x: m[1] });
      }
    }
    const exitAt = ls.findIndex((l) => /^\s*module_exit\s*\(/.test(l));
    if (exitAt >= 0 && ls.some((l) => /^\s*module_init\s*\(/.test(l)))
      out.push({ kind: 'missing-exit', file: file.path, line: exitAt + 1, fn: '', span: [1, ls.length], what: 'module_exit' });
  }
  return out;
}

function mutate(text, site) {
  const ls = text.split('\n');
  const i = site.line - 1;
  switch (site.kind) {
    case 'deleted-release':
    case 'missing-exit':
      ls[i] = '';
      break;
    case 'swapped-exit': {
      const j = site.other - 1;
      const indentA = /^\s*/.exec(ls[i])[0];
      const indentB = /^\s*/.exec(ls[j])[0];
      const a = ls[i].trim();
      ls[i] = indentA + ls[j].trim();
      ls[j] = indentB + a;
      break;
    }
    case 'wrong-check':
      ls[i] = ls[i].replace(`IS_ERR(${site.x})`, `!(${site.x})`);
      break;
  }
  return ls.join('\n');
}

const RULE = {
  'deleted-release': 'cleanup/error-path-leak',
  'swapped-exit': 'cleanup/release-order',
  'wrong-check': 'cleanup/wrong-error-check',
  'missing-exit': 'cleanup/missing-module-exit',
};

function isFound(site, original, mutant) {
  const before = new Set(original.map(key));
  return mutant.some((f) => {
    if (f.rule !== RULE[site.kind] || before.has(key(f))) return false;
    if (site.kind === 'missing-exit') return true;
    if (f.file !== site.file) return false;
    if (site.kind === 'wrong-check') return f.line === site.line;
    return f.line >= site.span[0] && f.line <= site.span[1];
  });
}

// ---- the run ---------------------------------------------------------------------------------

const work = path.join('/tmp', `lkm-seeded-${process.pid}`);
const all = moduleFolders(src).filter((d) => !only.length || only.includes(path.relative(src, d)));
// a spread of folders across drivers/, the same on every run
const order = all
  .map((d, i) => [((i * 2654435761) >>> 0) % 1_000_003, d])
  .sort((a, b) => a[0] - b[0])
  .map(([, d]) => d);
const counts = Object.fromEntries(Object.keys(RULE).map((k) => [k, { tried: 0, found: 0 }]));
const misses = [];
const perFolderCap = 3;
const t0 = performance.now();
let folders = 0;
for (const dir of order) {
  if (Object.entries(counts).every(([k, c]) => c.tried >= max || (onlyKind && k !== onlyKind))) break;
  const original = audit(dir);
  const candidates = sites(original.model);
  if (!candidates.length) continue;
  folders++;
  const taken = {};
  for (const site of candidates) {
    if ((onlyKind && site.kind !== onlyKind) || counts[site.kind].tried >= max || (taken[site.kind] ?? 0) >= perFolderCap) continue;
    taken[site.kind] = (taken[site.kind] ?? 0) + 1;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isFile()) copyFileSync(path.join(dir, e.name), path.join(work, e.name));
    const target = path.join(work, site.file);
    writeFileSync(target, mutate(readFileSync(target, 'latin1'), site), 'latin1');
    const mutant = audit(work);
    counts[site.kind].tried++;
    if (isFound(site, original.findings, mutant.findings)) counts[site.kind].found++;
    else {
      const why = mutant.model.notes.find((n) => /inconclusive/.test(n.message) && (!site.fn || n.message.includes(site.fn)));
      misses.push(
        `${site.kind.padEnd(16)} ${path.relative(src, dir)}/${site.file}:${site.line} ${site.fn} (${site.what})${why ? ` — ${why.message}` : ''}`,
      );
    }
  }
}
rmSync(work, { recursive: true, force: true });

const total = Object.values(counts).reduce((n, c) => n + c.tried, 0);
console.log(
  `seeded defects: ${total} mutants from ${folders} module folders of ${src}/drivers in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
for (const [kind, c] of Object.entries(counts)) {
  console.log(
    `  ${kind.padEnd(16)} ${RULE[kind].padEnd(30)} found ${String(c.found).padStart(4)} of ${String(c.tried).padStart(4)}  recall ${c.tried ? ((100 * c.found) / c.tried).toFixed(1) : '-'}%`,
  );
}
if (showMisses) {
  console.log(`\nmisses (${misses.length}):`);
  for (const m of misses) console.log(`  ${m}`);
}
