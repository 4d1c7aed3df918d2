#!/usr/bin/env node
// Audits driver folders of the Linux 6.1 source with the cleanup and security rules and prints
// findings per rule and the syntax parser's throughput. Not part of `npm test`.
//
//   npm run corpus [-- --src DIR] [--limit 300] [--show RULE]
//
// DIR defaults to /work/linux-6.1 when that tree is there, else /tmp/lkm-corpus/linux-source-6.1,
// extracted once from /usr/src/linux-source-6.1.tar.xz (Debian package linux-source-6.1).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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
const limit = Number(opt('limit', '300'));
const show = opt('show', '');
const TARBALL = '/usr/src/linux-source-6.1.tar.xz';

if (!existsSync(path.join(src, 'drivers'))) {
  if (!existsSync(TARBALL)) {
    console.error(`no ${src}/drivers and no ${TARBALL}: install linux-source-6.1 or pass --src`);
    process.exit(2);
  }
  const parent = path.dirname(src);
  mkdirSync(parent, { recursive: true });
  console.error(`extracting drivers/ of ${TARBALL} into ${parent} ...`);
  execFileSync('tar', ['-xJf', TARBALL, '-C', parent, `${path.basename(src)}/drivers`], { stdio: 'inherit' });
}

// The engine API from the TypeScript sources, bundled once into a temp file.
const _out = path.join('/tmp', `lkm-audit-corpus-${process.pid}.mjs`);
const api = await loadSources(
  `
      export { scanRepository } from './src/scan/index.js';
      export { buildModel } from './src/model/build.js';
      export { EMPTY_CONFIG } from './src/config/load.js';
      export { rules as cleanup } from './src/rules/cleanup/index.js';
      export { rules as security } from './src/rules/security/index.js';
      export { syntaxStats } from './src/model/c/syntax/function-body.js';
      export { loadCParser } from './src/model/c/syntax/loader.js';
      export { tableKnows, ACQUIRE_SPECS, generatedSpecs } from './src/data/acquire-release.js';
    `,
  'corpus',
);
await api.loadCParser();

/** Leaf folders under drivers/ whose C files hold module_init or a module_*_driver helper. */
function moduleFolders(root) {
  const found = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const subdirs = entries.filter((e) => e.isDirectory());
    for (const d of subdirs) walk(path.join(dir, d.name));
    if (subdirs.length) return;
    const hasModule = entries.some(
      (e) => e.isFile() && e.name.endsWith('.c') && /\bmodule_(init|\w+_driver)\s*\(/.test(readFileSync(path.join(dir, e.name), 'latin1')),
    );
    if (hasModule && entries.some((e) => e.name === 'Makefile' || e.name === 'Kbuild')) found.push(dir);
  };
  walk(path.join(root, 'drivers'));
  return found.sort();
}

const all = moduleFolders(src);
const step = Math.max(1, Math.floor(all.length / limit));
const folders = all.filter((_, i) => i % step === 0).slice(0, limit);
const rules = [...api.cleanup, ...api.security];
const counts = new Map(rules.map((r) => [r.id, 0]));
let modules = 0;
let bytes = 0;
let notes = 0;
const t0 = performance.now();
const samples = [];
const known = { 'hand-written': 0, generated: 0 };
const lostWhere = [];
for (const dir of folders) {
  const scan = api.scanRepository(dir, { ignore: [] });
  const model = api.buildModel(scan, api.EMPTY_CONFIG);
  modules += model.modules.filter((m) => m.init || m.exit).length;
  for (const f of model.c.values()) {
    bytes += f.text.length;
    for (const m of f.code.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
      const k = api.tableKnows(m[1]);
      if (k) known[k]++;
    }
  }
  const before = model.notes.length;
  for (const rule of rules) {
    let found = [];
    try {
      found = rule.check(model);
    } catch (e) {
      console.error(`${rule.id} failed on ${dir}: ${e.stack}`);
    }
    counts.set(rule.id, counts.get(rule.id) + found.length);
    for (const f of found) samples.push({ rule: rule.id, where: `${path.relative(src, dir)}/${f.file}:${f.line}`, message: f.message });
  }
  const lostNow = api.syntaxStats().lostAt;
  for (const w of lostNow.slice(lostWhere.length)) lostWhere.push(`${path.relative(src, dir)}/${w}`);
  notes += model.notes.filter((n, i) => i >= before && /cleanup analysis/.test(n.message)).length;
}
const secs = (performance.now() - t0) / 1000;
const st = api.syntaxStats();

console.log(`folders audited: ${folders.length} of ${all.length} module folders under ${src}/drivers`);
console.log(`modules with entry points: ${modules}`);
console.log(`C bytes read: ${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s (whole audit of these rules)`);
console.log(
  `tree-sitter: ${st.functions} functions, ${(st.bytes / 1e6).toFixed(2)} MB in ${(st.ms / 1000).toFixed(2)} s = ${(st.bytes / 1e6 / (st.ms / 1000)).toFixed(1)} MB/s (${((100 * st.bytes) / bytes).toFixed(1)}% of the C bytes)`,
);
// Before statement-level recovery (issue 12) the same 300 folders lost 190 of the 10250 functions parsed.
const LOST_BEFORE = { lost: 190, parsed: 10250 };
console.log(
  `functions lost to parse problems: ${st.lost} of ${st.functions} parsed (before statement-level recovery: ${LOST_BEFORE.lost} of ${LOST_BEFORE.parsed}, ${(100 * (st.lost / LOST_BEFORE.lost - 1)).toFixed(0)}%)`,
);
console.log(
  `functions recovered at statement level: ${st.recoveredFunctions} (${st.recoveredStatements} statements read as opaque calls or given their semicolon)`,
);
console.log(`inconclusive-analysis notes: ${notes}`);
const names = (specs) => new Set(specs.flatMap((x) => [...x.acquire, ...x.release])).size;
console.log(
  `acquire/release table: ${api.ACQUIRE_SPECS.length} hand-written families (${names(api.ACQUIRE_SPECS)} names) + ${api.generatedSpecs().length} generated pairs (${names(api.generatedSpecs())} names)`,
);
console.log(
  `call sites the tables understand: ${known['hand-written']} by the hand-written table, ${known.generated} more by the generated one (+${((100 * known.generated) / Math.max(1, known['hand-written'])).toFixed(0)}%)`,
);
console.log('\nfindings per rule:');
for (const [id, n] of counts) console.log(`  ${id.padEnd(38)} ${n}`);
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`  ${'total'.padEnd(38)} ${total}  (${((50 * total) / Math.max(1, modules)).toFixed(1)} per 50 modules)`);
if (show === 'lost') {
  console.log('\nfunctions lost to parse problems (first error):');
  for (const w of lostWhere) console.log(`  ${w}`);
} else if (show) {
  console.log(`\nfindings of ${show}:`);
  for (const s of samples.filter((x) => show === 'all' || x.rule === show)) console.log(`  ${s.rule}  ${s.where}  ${s.message}`);
}
