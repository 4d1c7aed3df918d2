#!/usr/bin/env node
// Generates src/data/acquire-release.generated.json: acquire/release pairs of exported kernel
// functions, found by naming (`*_register`/`*_unregister`, `*_create`/`*_destroy`, `*_alloc*`/`*_free`,
// `request_*`/`release_*`|`free_*`, `*_add`/`*_del`|`*_remove`, `*_get`/`*_put`) and kept when
//   - both are exported (Module.symvers of the 6.1 or 6.12 headers) or defined in their headers,
//   - the release takes what the acquire gives (its first parameter has the type the acquire
//     returns, or the type of the acquire's first parameter),
//   - some driver of linux-6.1 calls both (use),
// with the failure kind read from the acquire's definition in linux-6.1 (or a header's inline):
// an error pointer, NULL, a negative int, or none (void). It also lists every exported function
// returning a pointer whose failure is only ERR_PTR or only NULL (for cleanup/wrong-error-check).
// The hand-written table (src/data/acquire-release.ts) takes precedence over this one.
//
//   node scripts/gen-acquire-release.mjs [--src /work/linux-6.1] [--out FILE] [--check]
//
// --check regenerates in memory and exits 1 when the committed file differs.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const check = args.includes('--check');
const src = opt('src', '/work/linux-6.1');
const outFile = opt('out', join(root, 'src/data/acquire-release.generated.json'));

function newest(pattern) {
  const dirs = readdirSync('/usr/src')
    .filter((d) => pattern.test(d))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return dirs.length ? join('/usr/src', dirs[dirs.length - 1]) : undefined;
}
const headerTrees = [
  ['6.1', newest(/^linux-headers-6\.1\.\d.*-amd64$/), newest(/^linux-headers-6\.1\.\d.*-common$/)],
  ['6.12', newest(/^linux-headers-6\.12\.\d.*-amd64$/), newest(/^linux-headers-6\.12\.\d.*-common$/)],
];
for (const [v, arch, common] of headerTrees) {
  if (!arch || !common) {
    console.error(`no Debian headers for ${v} under /usr/src (install linux-headers-${v}...)`);
    process.exit(2);
  }
}
if (!existsSync(join(src, 'drivers'))) {
  console.error(`no kernel source at ${src} (pass --src DIR)`);
  process.exit(2);
}

// ---- reading C -------------------------------------------------------------------------------

/** Comments and literal contents blanked, lengths kept. */
function mask(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) =>
    m[0] === '"' || m[0] === "'" ? m[0] + ' '.repeat(Math.max(0, m.length - 2)) + m[0] : m.replace(/[^\n]/g, ' '),
  );
}

function walkFiles(dir, ext, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, ext, out);
    else if (e.isFile() && ext.test(e.name)) out.push(p);
  }
  return out;
}

function matchBrace(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Function definitions and prototypes at file scope: name -> { ret, params, body? }. `ret` is the
 * declaration text before the name (`struct class *`), `params` the parameter list text.
 */
const DECL = /^([A-Za-z_][\w \t*]*?[\s*])([A-Za-z_]\w*)\s*\(([^;{}()]*(?:\([^()]*\)[^;{}()]*)*)\)\s*([;{])/gm;
function declarations(text, onDecl) {
  const code = mask(text);
  for (const m of code.matchAll(DECL)) {
    const ret = m[1]
      .replace(/\b(extern|static|inline|__always_inline|__must_check|__init|__exit|noinline|__cold|__malloc|notrace)\b/g, ' ')
      .trim();
    if (!ret || /^(return|else|if|while|for|switch|case|do|typedef|struct\s+\w+\s*$)$/.test(ret) || /[=#]/.test(ret)) continue;
    const name = m[2];
    let body;
    if (m[4] === '{') {
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchBrace(code, open);
      if (close < 0) continue;
      body = code.slice(open, close + 1);
    }
    onDecl(name, { ret: ret.replace(/\s+/g, ' '), params: m[3].replace(/\s+/g, ' ').trim(), body });
  }
}

/** `#define name(args) body` (function-like, continued lines joined). */
function macros(text, onMacro) {
  const code = mask(text).replace(/\\\n/g, '  ');
  for (const m of code.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\(([^)]*)\)[ \t]*(.*)$/gm)) onMacro(m[1], m[3].trim());
}

// ---- exported names, prototypes, inlines, macros -----------------------------------------------

const exported = new Set();
for (const [, arch] of headerTrees) {
  for (const line of readFileSync(join(arch, 'Module.symvers'), 'utf8').split('\n')) {
    const name = line.split('\t')[1];
    if (name) exported.add(name);
  }
}

/** name -> { ret, params, body?, where } ; definitions in the 6.1 source win over header prototypes. */
const decls = new Map();
const macroBodies = new Map();
// A header's first inline wins over later ones (the `#else` stubs that return NULL or 0 come
// after the real one), and a definition in the source wins over any header's.
const addDecl = (where) => (name, d) => {
  const old = decls.get(name);
  const fromSource = !where.includes(':');
  if (!old || (!old.body && d.body) || (fromSource && d.body && old.where.includes(':'))) decls.set(name, { ...d, where });
};
for (const [v, , common] of headerTrees) {
  for (const f of walkFiles(join(common, 'include/linux'), /\.h$/)) {
    const text = readFileSync(f, 'latin1');
    declarations(text, addDecl(`${v}:${relative(common, f)}`));
    macros(text, (name, body) => {
      if (!macroBodies.has(name)) macroBodies.set(name, body);
    });
  }
}
const started = Date.now();
const sourceDirs = ['kernel', 'mm', 'fs', 'lib', 'block', 'crypto', 'net', 'sound', 'drivers', 'security', 'virt'];
const driverCalls = []; // per driver file: the set of names it calls
for (const dir of sourceDirs) {
  for (const f of walkFiles(join(src, dir), /\.c$/)) {
    const text = readFileSync(f, 'latin1');
    if (/EXPORT_SYMBOL/.test(text)) declarations(text, addDecl(relative(src, f)));
    if (dir === 'drivers') driverCalls.push(new Set([...mask(text).matchAll(/\b([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1])));
  }
}
const known = (n) => exported.has(n) || macroBodies.has(n) || decls.get(n)?.where.includes(':');

// ---- failure kinds ---------------------------------------------------------------------------

const isPointer = (ret) => /\*\s*$/.test(ret);
const isVoid = (ret) => /^(void)$/.test(ret.trim());
const isInt = (ret) => /^(int|long|ssize_t)$/.test(ret.trim());

/** Failure kind of a function: 'err-ptr' | 'null' | 'negative' | 'none' | undefined (not known). */
const kinds = new Map();
// Seeds: the hand-written table's families (kmalloc and friends are too deep to read from their definitions).
const handWritten = readFileSync(join(root, 'src/data/acquire-release.ts'), 'utf8');
for (const m of handWritten.matchAll(/spec\(\s*'[^']+',\s*\[([^\]]*)\],\s*'(err-ptr|null|negative|none)'/g)) {
  for (const n of m[1].matchAll(/'(\w+)'/g)) kinds.set(n[1], m[2]);
}
function kindOf(name, depth = 0) {
  if (kinds.has(name)) return kinds.get(name);
  kinds.set(name, undefined);
  let k;
  const d = decls.get(name);
  if (d) {
    if (isVoid(d.ret)) k = 'none';
    else if (isInt(d.ret)) k = 'negative';
    else if (isPointer(d.ret) && d.body && depth < 6) k = pointerKind(d.body, depth);
  } else if (macroBodies.has(name) && depth < 6) {
    // `#define class_create(owner, name) ({ ... __class_create(owner, name, &__key); })`
    const calls = [...macroBodies.get(name).matchAll(/\b([A-Za-z_]\w*)\s*\(/g)]
      .map((m) => m[1])
      .filter((n) => decls.has(n) || macroBodies.has(n));
    // the pointer it yields is the pointer-returning call's (`kthread_run` -> `kthread_create`)
    const ks = [...new Set(calls.map((n) => kindOf(n, depth + 1)).filter(Boolean))];
    const pointers = ks.filter((x) => x === 'err-ptr' || x === 'null');
    if (pointers.length === 1) k = pointers[0];
    else if (ks.length === 1) k = ks[0];
  }
  kinds.set(name, k);
  return k;
}

/** What a pointer-returning body returns on failure; undefined when it returns what it cannot read. */
function pointerKind(body, depth) {
  const found = new Set();
  const assigned = new Map();
  for (const m of body.matchAll(/\b([A-Za-z_]\w*)\s*=(?!=)\s*([^;]+);/g)) {
    const list = assigned.get(m[1]) ?? [];
    list.push(m[2].trim());
    assigned.set(m[1], list);
  }
  const classify = (v, viaVar) => {
    v = v
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    if (/^(NULL|0)$/.test(v)) return 'null';
    if (/^(ERR_PTR|ERR_CAST)\s*\(/.test(v)) return 'err-ptr';
    const call = /^([A-Za-z_]\w*)\s*\(/.exec(v);
    if (call && v.endsWith(')')) {
      const k = kindOf(call[1], depth + 1);
      if (k === 'null' && viaVar) return 'ok';
      return k === 'err-ptr' || k === 'null' ? k : 'unknown';
    }
    if (/^&?[A-Za-z_][\w>.\-[\] ]*$/.test(v)) return 'ok';
    return 'unknown';
  };
  for (const m of body.matchAll(/\breturn\b([^;]*);/g)) {
    const v = m[1].trim();
    const values = /^[A-Za-z_]\w*$/.test(v) && assigned.has(v) ? assigned.get(v) : undefined;
    const ks = values ? values.map((x) => classify(x, true)) : [classify(v, false)];
    for (const k of ks) {
      if (k === 'unknown') return undefined;
      if (k !== 'ok') found.add(k);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// ---- pairs by naming -------------------------------------------------------------------------

const RULES = [
  [/^(\w+)_register(\w*)$/, (m) => [`${m[1]}_unregister${m[2]}`, `${m[1]}_deregister${m[2]}`]],
  [/^register_(\w+)$/, (m) => [`unregister_${m[1]}`]],
  [/^(\w+)_create(\w*)$/, (m) => [`${m[1]}_destroy${m[2]}`, ...(m[2] ? [] : [`${m[1]}_remove`])]],
  [/^(\w+)_alloc(\w*)$/, (m) => [`${m[1]}_free${m[2]}`, `${m[1]}_free`, `${m[1]}_put`]],
  [/^alloc_(\w+)$/, (m) => [`free_${m[1]}`]],
  [/^request_(\w+)$/, (m) => [`release_${m[1]}`, `free_${m[1]}`]],
  [/^(\w+)_request(\w*)$/, (m) => [`${m[1]}_free${m[2]}`, `${m[1]}_release${m[2]}`, `${m[1]}_free`]],
  // `X_add_Y` only with `X_del_Y`/`X_remove_Y` (`platform_device_add_data` is no acquire of `platform_device_del`)
  [/^(\w+)_add(\w*)$/, (m) => [`${m[1]}_del${m[2]}`, `${m[1]}_remove${m[2]}`]],
  // references: only `X_get` returning the object, released by `X_put` (not `clk_get_rate`, not pm_runtime counts)
  [/^(\w+)_get$/, (m) => [`${m[1]}_put`], (a) => isPointer(a.ret)],
];

/** Not resources: list and tree links, bitmaps, managed (devm_) calls the walker reads on its own. */
const NOT_RESOURCES =
  /^(__|devm_|pcim_|drmm_)|(^|_)(h|ll|k)?list_|^(rb|xa|idr|ida|radix_tree|bitmap|kfifo|skb_queue|cpumask|atomic|refcount)_|^(device_add|kobject_add|device_initialize)$/;
/** Pairs used together in fewer driver files are left out (one odd driver does not make a convention). */
const MIN_USERS = 2;

/** The type named by a declaration text: `const struct foo *` -> `struct foo`. */
const baseType = (t) =>
  t
    .replace(/\b(const|volatile|__iomem|__user|__rcu)\b/g, ' ')
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const firstParam = (params) => {
  const p = (params ?? '').split(',')[0].trim();
  if (!p || p === 'void') return undefined;
  return p.replace(/\b[A-Za-z_]\w*\s*(\[[^\]]*\])?$/, '').trim() || p;
};
const users = (a, r) => driverCalls.reduce((n, calls) => n + (calls.has(a) && calls.has(r) ? 1 : 0), 0);

const pairs = [];
for (const acquire of [...decls.keys(), ...macroBodies.keys()].filter((n, i, all) => all.indexOf(n) === i).sort()) {
  if (!known(acquire) || NOT_RESOURCES.test(acquire)) continue;
  for (const [re, releasesOf, accept] of RULES) {
    const m = re.exec(acquire);
    if (!m) continue;
    const release = releasesOf(m).find((r) => r !== acquire && known(r) && decls.has(r));
    if (!release) continue;
    const a =
      decls.get(acquire) ??
      decls.get([...(macroBodies.get(acquire) ?? '').matchAll(/\b([A-Za-z_]\w*)\s*\(/g)].map((x) => x[1]).find((n) => decls.has(n)) ?? '');
    const r = decls.get(release);
    if (!a || !r) continue;
    const failure = kindOf(acquire);
    if (!failure || (accept && !accept(a))) continue;
    const rFirst = firstParam(r.params);
    if (!rFirst) continue;
    let handle;
    if (isPointer(a.ret) && baseType(a.ret) === baseType(rFirst)) handle = 'result';
    else if (!isPointer(a.ret) && firstParam(a.params) && baseType(firstParam(a.params)) === baseType(rFirst) && /\*/.test(rFirst))
      handle = 0;
    if (handle === undefined) continue;
    const used = users(acquire, release);
    if (used < MIN_USERS) continue;
    pairs.push({ acquire, release, failure, handle, users: used });
    break;
  }
}

// ---- failure returns of every exported pointer function ------------------------------------------

const returns = {};
for (const name of [...exported].sort()) {
  const d = decls.get(name);
  // `idr_replace` returns the old entry or an error pointer: NULL there is a value, not a failure
  if (!d || !isPointer(d.ret) || NOT_RESOURCES.test(name)) continue;
  const k = kindOf(name);
  if (k === 'err-ptr' || k === 'null') returns[name] = k;
}
for (const name of [...macroBodies.keys()].sort()) {
  if (/^[A-Z]/.test(name) || NOT_RESOURCES.test(name) || returns[name]) continue;
  const k = kindOf(name);
  if (k === 'err-ptr' || k === 'null') returns[name] = k;
}

const out = `${JSON.stringify(
  {
    generatedBy: 'scripts/gen-acquire-release.mjs',
    sources: { headers: headerTrees.map(([v, arch]) => `${v}: ${arch}`), kernel: 'linux-6.1' },
    pairs,
    returns,
  },
  null,
  1,
)}\n`;
console.error(
  `${pairs.length} pairs, ${Object.keys(returns).length} pointer-returning functions classified (${((Date.now() - started) / 1000).toFixed(0)} s reading the source)`,
);
if (check) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== out) {
    console.error(`${relative(root, outFile)} is stale: run node scripts/gen-acquire-release.mjs`);
    process.exit(1);
  }
  console.error(`${relative(root, outFile)} is up to date`);
} else {
  writeFileSync(outFile, out);
  console.error(`wrote ${relative(root, outFile)}`);
}
