// What the model is made of: a heap snapshot taken once the model of TREE is built, summed by the kind of object
// (constructor, or V8's type for strings, arrays and code), its strings by length, and how many short strings repeat
// another's text (names kept once per use). Not part of `npm test`.
//
//   node --expose-gc scripts/heap-census.mjs TREE [rows]
//
// docs/performance.md quotes it on drivers/net/ethernet/mellanox (round 12).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { loadSources, MODEL_SOURCES } from './lib/load-src.mjs';

const root = process.argv[2];
const rows = Number(process.argv[3] ?? 30);
if (!root || typeof global.gc !== 'function') {
  console.error('usage: node --expose-gc scripts/heap-census.mjs TREE [rows]');
  process.exit(2);
}
const m = await loadSources(MODEL_SOURCES, 'heap-census');
const scan = m.scanRepository(root, {});
let text = 0;
for (const f of scan.files.values()) text += f.text?.length ?? 0;
const model = m.buildModel(scan, m.EMPTY_CONFIG, {});
globalThis.keep = model; // alive while the snapshot is written
global.gc();
const file = path.join(os.tmpdir(), `lkm-heap-census-${process.pid}.heapsnapshot`);
v8.writeHeapSnapshot(file);
const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
fs.unlinkSync(file);
const meta = snap.snapshot.meta;
const nf = meta.node_fields.length;
const types = meta.node_types[0];
const [T, N, S] = ['type', 'name', 'self_size'].map((k) => meta.node_fields.indexOf(k));
const by = new Map();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += nf) {
  const type = types[snap.nodes[i + T]];
  const name = snap.strings[snap.nodes[i + N]];
  const size = snap.nodes[i + S];
  total += size;
  const key = type === 'object' || type === 'closure' ? `${type} ${name}` : type;
  const e = by.get(key) ?? { count: 0, size: 0 };
  e.count++;
  e.size += size;
  by.set(key, e);
}
console.log(`${root}: ${(text / 1e6).toFixed(1)} MB of text; heap snapshot ${(total / 1e6).toFixed(1)} MB`);
for (const [k, e] of [...by].sort((a, b) => b[1].size - a[1].size).slice(0, rows))
  console.log(`${(e.size / 1e6).toFixed(1).padStart(8)} MB ${String(e.count).padStart(9)}  ${k}`);
// Strings by length: a file's text and its copies are long, names and arguments short.
const buckets = new Map();
for (let i = 0; i < snap.nodes.length; i += nf) {
  if (types[snap.nodes[i + T]] !== 'string') continue;
  const size = snap.nodes[i + S];
  const b = size < 64 ? '<64 B' : size < 1024 ? '<1 kB' : size < 16384 ? '<16 kB' : '>=16 kB';
  const e = buckets.get(b) ?? { count: 0, size: 0 };
  e.count++;
  e.size += size;
  buckets.set(b, e);
}
for (const [k, e] of buckets)
  console.log(`strings ${k.padEnd(8)} ${(e.size / 1e6).toFixed(1).padStart(7)} MB ${String(e.count).padStart(9)}`);
// Short strings that repeat: how many are copies of another with the same text (names of calls, fields, types).
const seenText = new Map();
let copies = 0;
let copyBytes = 0;
for (let i = 0; i < snap.nodes.length; i += nf) {
  const type = types[snap.nodes[i + T]];
  if (type !== 'string' && type !== 'sliced string' && type !== 'concatenated string') continue;
  const size = snap.nodes[i + S];
  if (size >= 1024) continue;
  const text = snap.strings[snap.nodes[i + N]];
  if (seenText.has(text)) {
    copies++;
    copyBytes += size;
  } else seenText.set(text, 1);
}
console.log(`short strings repeating another's text: ${copies} (${(copyBytes / 1e6).toFixed(1)} MB); distinct texts ${seenText.size}`);
