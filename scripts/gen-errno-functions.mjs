#!/usr/bin/env node
// Generates src/data/errno-functions.json: kernel functions a module can call (exported with
// EXPORT_SYMBOL*, or static inline in include/) that return a signed integer and can return a
// negative errno: their body holds a `-E...` constant, or returns the result of one that can
// (to a fixed point: `return err ?: sock_sendmsg_nosec(...)`, `status = i2c_smbus_xfer(...); return status ...`).
// correctness/unsigned-error-check uses it. Read from a kernel source tree, never built.
// Usage: node scripts/gen-errno-functions.mjs [KERNEL_SRC] [--out FILE]   (default /work/linux-6.1)

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, 'src/data/errno-functions.json');
const src = args[0] ?? '/work/linux-6.1';

/** Signed integer return types (after qualifiers are dropped). */
const SIGNED = /^(int|long|long int|long long|signed int|ssize_t|s8|s16|s32|s64|__s32|__s64|loff_t|vm_fault_t_never)$/;
const QUALIFIERS =
  /\b(static|inline|__always_inline|noinline|extern|__must_check|__cold|__init|__sched|notrace|__weak|__attribute_const__|__pure|asmlinkage|__kprobes|__latent_entropy)\b/g;

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!['Documentation', 'tools', 'samples', 'scripts', 'usr'].includes(e.name) || dir !== src) yield* files(p);
    } else if (/\.[ch]$/.test(e.name)) yield p;
  }
}

const stripComments = (t) => t.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
const DEF = /^([A-Za-z_][\w \t\n*]*?)\b([A-Za-z_]\w*)\s*\(([^;{}]*)\)\s*\{/gm;

/** name -> { body, signed, exported } for every function definition found. */
const defs = new Map();
const exported = new Set();
for (const file of files(src)) {
  const isHeader = file.endsWith('.h');
  if (isHeader && !file.startsWith(join(src, 'include/'))) continue;
  const text = stripComments(readFileSync(file, 'latin1'));
  if (!isHeader) for (const m of text.matchAll(/\bEXPORT_SYMBOL(?:_GPL|_NS|_NS_GPL)?\s*\(\s*(\w+)/g)) exported.add(m[1]);
  DEF.lastIndex = 0;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    const prefix = m[1];
    const name = m[2];
    if (/\b(if|while|for|switch|return|else|do|sizeof)\b/.test(prefix) || prefix.includes('*')) continue;
    const type = prefix.replace(QUALIFIERS, ' ').replace(/\s+/g, ' ').trim();
    if (isHeader && !/\binline\b/.test(prefix)) continue;
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const body = text.slice(open, end + 1);
    const prev = defs.get(name);
    const signed = SIGNED.test(type);
    // A stub and a real definition: one signed definition that can fail is enough.
    if (!prev || (!prev.errno && signed)) defs.set(name, { body, signed, inline: isHeader, errno: false });
    DEF.lastIndex = end;
  }
}

for (const d of defs.values()) d.errno = d.signed && /-\s*E[A-Z][A-Z0-9]+\b/.test(d.body);
for (let round = 0; round < 4; round++) {
  let changed = false;
  for (const [name, d] of defs) {
    if (d.errno || !d.signed) continue;
    const known = (callee) => callee !== name && defs.get(callee)?.errno;
    const returns = [...d.body.matchAll(/\breturn\b([^;]*);/g)].map((r) => r[1]);
    const fromCall = returns.some((r) => [...r.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)].some((c) => known(c[1])));
    const viaVar = [...d.body.matchAll(/\b([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\(/g)].some(
      ([, v, callee]) => known(callee) && returns.some((r) => new RegExp(`\\b${v}\\b`).test(r)),
    );
    if (fromCall || viaVar) {
      d.errno = true;
      changed = true;
    }
  }
  if (!changed) break;
}

const names = [...defs]
  .filter(([name, d]) => d.errno && (exported.has(name) || d.inline) && !name.startsWith('__'))
  .map(([name]) => name)
  .sort();
writeFileSync(outFile, `${JSON.stringify({ source: src.replace(/.*\//, ''), functions: names })}\n`);
console.log(`${names.length} functions that can return a negative errno -> ${outFile}`);
