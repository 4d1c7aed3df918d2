#!/usr/bin/env node
"use strict";
var __lkmBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/launcher/cli.ts
var import_node_url = require("node:url");

// src/cli-options.ts
var import_node_util = require("node:util");
var CLI_OPTIONS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" },
  "fail-on": { type: "string" },
  build: { type: "boolean" },
  "kernel-headers": { type: "string", multiple: true },
  "build-timeout": { type: "string" },
  "build-sandbox": { type: "string" },
  checkpatch: { type: "string" },
  files: { type: "boolean" },
  "in-tree": { type: "boolean" },
  "kernel-aliases": { type: "string", multiple: true },
  history: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  jobs: { type: "string", short: "j" },
  coccinelle: { type: "string" },
  "list-rules": { type: "boolean" },
  "no-color": { type: "boolean" },
  all: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var SUBCOMMAND_NAMES = ["history", "aggregate", "fix", "init"];
function auditRootOf(argv) {
  if (argv[0] !== void 0 && SUBCOMMAND_NAMES.includes(argv[0])) return void 0;
  try {
    const { values: v, positionals } = (0, import_node_util.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options: CLI_OPTIONS });
    if (v.help || v.version || v["list-rules"]) return void 0;
    if (v.files) return ".";
    return positionals.length <= 1 ? positionals[0] ?? "." : void 0;
  } catch {
    return void 0;
  }
}

// src/engine/heap-policy.ts
var import_node_v8 = require("node:v8");

// src/engine/user-v8-flag.ts
function userSetFlag(flag, execArgv, nodeOptions) {
  const name = flag.replace(/^--/, "").replace(/[-_]/g, "[-_]");
  const set = new RegExp(`(^|\\s)--${name}(=|\\s|$)`);
  return execArgv.some((a) => set.test(a)) || set.test(nodeOptions);
}

// src/engine/heap-policy.ts
var FLAG = "--heap-growing-percent";
function limitHeapGrowth(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? "") {
  if (userSetFlag(FLAG, execArgv, nodeOptions)) return false;
  (0, import_node_v8.setFlagsFromString)(`${FLAG}=30`);
  return true;
}

// src/engine/tier-up-policy.ts
var import_node_v82 = require("node:v8");
var FLAG2 = "--interrupt-budget";
var TIER_UP_BUDGET = 8e5;
var MEASURED_V8 = /^11\.3\./;
function raiseTierUpBudget(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? "", v8Version = process.versions.v8) {
  if (!MEASURED_V8.test(v8Version)) return false;
  if (userSetFlag(FLAG2, execArgv, nodeOptions)) return false;
  (0, import_node_v82.setFlagsFromString)(`${FLAG2}=${TIER_UP_BUDGET}`);
  return true;
}

// src/launcher/code-cache.ts
var import_node_buffer = require("node:buffer");
var import_node_fs = require("node:fs");
var import_node_module2 = require("node:module");

// src/engine/builtins.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(__lkmBundleUrl);
var crypto = () => load("node:crypto");

// src/engine/workers-used.ts
var KEY = Symbol.for("lkm-audit.workers-used");
function workersUsed() {
  return globalThis[KEY] === true;
}

// src/launcher/code-cache.ts
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");
var HEADER_BYTES = 16;
function runWithCodeCache(file, env = process.env, built) {
  const bytes = (0, import_node_fs.readFileSync)(file);
  const source = bytes.toString(built || (0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const cacheFile = cacheFileFor(built?.hash ?? hashOf(bytes), env);
  const cached = cacheFile ? readCache(cacheFile) : void 0;
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    cachedData: cached?.data
  });
  const accepted = cached !== void 0 && !script.cachedDataRejected;
  if (cacheFile) {
    const started = performance.now();
    process.once("exit", () => {
      const run = { lasted: performance.now() - started, workers: workersUsed() };
      if (cacheWanted(accepted ? cached : void 0, run)) writeCache(cacheFile, script.createCachedData(), run, env);
    });
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module2.createRequire)(file), module2, file, import_node_path.default.dirname(file));
  return { file: cacheFile, accepted };
}
function cacheWanted(cached, run) {
  if (!cached) return true;
  if (cached.workers !== run.workers) return !run.workers;
  return run.lasted > cached.lasted * 1.5;
}
function cacheDir(env) {
  if (env.LKM_AUDIT_CACHE_DIR) return env.LKM_AUDIT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || ((0, import_node_os.homedir)() ? import_node_path.default.join((0, import_node_os.homedir)(), ".cache") : "");
  return base ? import_node_path.default.join(base, "lkm-audit") : void 0;
}
function hashOf(bundle) {
  return crypto().createHash("sha256").update(bundle).digest("hex").slice(0, 24);
}
function cacheFileFor(bundleHash, env) {
  if (env.LKM_AUDIT_NO_CODE_CACHE) return void 0;
  const dir = cacheDir(env);
  if (!dir || !ownPrivateDir(dir)) return void 0;
  const node = `${process.version}-${process.arch}`.replace(/[^\w.-]/g, "_");
  const options = process.execArgv.length ? `-${fnv1a(process.execArgv.join(" "))}` : "";
  return import_node_path.default.join(dir, `cli-${bundleHash}-${node}${options}.v8cache`);
}
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function ownPrivateDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const st = (0, import_node_fs.lstatSync)(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readCache(file) {
  try {
    const st = (0, import_node_fs.lstatSync)(file);
    if (!st.isFile() || process.getuid && st.uid !== process.getuid()) return void 0;
    const buf = (0, import_node_fs.readFileSync)(file);
    if (buf.length <= HEADER_BYTES) return void 0;
    return { lasted: buf.readDoubleLE(0), workers: buf.readDoubleLE(8) === 1, data: buf.subarray(HEADER_BYTES) };
  } catch {
    return void 0;
  }
}
var CACHE_NAME = /^cli-[0-9a-f]+(-[\w.-]+)?\.v8cache$/;
var OTHER_BUILDS_KEPT = 3;
function writeCache(file, data, run, env) {
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeDoubleLE(run.lasted, 0);
    header.writeDoubleLE(run.workers ? 1 : 0, 8);
    const tmp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs.writeFileSync)(tmp, Buffer.concat([header, data]), { mode: 384 });
    (0, import_node_fs.renameSync)(tmp, file);
    const dir = import_node_path.default.dirname(file);
    const others = (0, import_node_fs.readdirSync)(dir).filter((name) => CACHE_NAME.test(name) && import_node_path.default.join(dir, name) !== file).map((name) => ({ file: import_node_path.default.join(dir, name), written: (0, import_node_fs.lstatSync)(import_node_path.default.join(dir, name)).mtimeMs })).sort((a, b) => b.written - a.written);
    for (const old of others.slice(OTHER_BUILDS_KEPT)) (0, import_node_fs.rmSync)(old.file, { force: true });
  } catch (e) {
    if (env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache not written: ${e.message}
`);
  }
}

// src/engine/parser-compile-policy.ts
var BASELINE_PARSER_MAX_BYTES = 768 * 1024;
var USER_WASM_FLAG = /--(no-)?(liftoff|wasm[-_])/;
function userSetWasmFlags(execArgv, nodeOptions) {
  return execArgv.some((a) => USER_WASM_FLAG.test(a)) || USER_WASM_FLAG.test(nodeOptions);
}
function baselineAtRunTime(v8Version) {
  return /^(11\.3|12\.4)\./.test(v8Version);
}

// src/launcher/relaunch.ts
var import_node_child_process = require("node:child_process");
var STOPPING = ["SIGINT", "SIGTERM", "SIGHUP"];
function relaunch(env, options = [], script = process.argv[1], args = process.argv.slice(2)) {
  const argv = [...process.execArgv, ...options, script, ...args];
  const execve = process.execve;
  if (typeof execve === "function") {
    try {
      execve(process.execPath, [process.execPath, ...argv], env);
    } catch {
    }
  }
  return new Promise((resolve) => {
    const child = (0, import_node_child_process.spawn)(process.execPath, argv, { env, stdio: "inherit" });
    const forward = (signal) => child.kill(signal);
    for (const s of STOPPING) process.on(s, forward);
    const done = () => {
      for (const s of STOPPING) process.off(s, forward);
    };
    child.once("error", () => {
      done();
      resolve(void 0);
    });
    child.once("exit", (code, signal) => {
      done();
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

// src/launcher/tree-bytes.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);

// src/scan/limits.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

// src/launcher/tree-bytes.ts
var MAX_ENTRIES = 2e5;
var last;
function holdsCBytes(root2, atLeast, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
  if (last && last.root === root2 && last.maxFileBytes === maxFileBytes && (last.whole || last.bytes >= atLeast))
    return last.bytes >= atLeast;
  const counted = countCBytes(root2, atLeast, maxFileBytes);
  last = { root: root2, maxFileBytes, ...counted };
  return counted.bytes >= atLeast;
}
function countCBytes(root2, atLeast, maxFileBytes) {
  let bytes = 0;
  let entries = 0;
  const folders = [root2];
  while (folders.length > 0) {
    const dir = folders.pop();
    let list;
    try {
      list = (0, import_node_fs2.readdirSync)(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return { bytes: Math.min(bytes, atLeast - 1), whole: false };
      if (e.name.startsWith(".")) continue;
      const at = import_node_path2.default.join(dir, e.name);
      if (e.isDirectory()) folders.push(at);
      else if (e.isFile() && /\.[ch]$/.test(e.name)) {
        try {
          const size = (0, import_node_fs2.lstatSync)(at).size;
          if (size <= maxFileBytes) bytes += size;
        } catch {
          continue;
        }
        if (bytes >= atLeast) return { bytes, whole: false };
      }
    }
  }
  return { bytes, whole: true };
}

// src/launcher/huge-pages.ts
var HUGE_PAGES_MIN_C_BYTES = 256 * 1024 * 1024;
function minCBytes(env) {
  const set = Number(env.LKM_AUDIT_HUGE_PAGES_FROM);
  return env.LKM_AUDIT_HUGE_PAGES_FROM && Number.isFinite(set) && set >= 0 ? set : HUGE_PAGES_MIN_C_BYTES;
}
var TUNABLE = "glibc.malloc.hugetlb";
var RELAUNCHED = "LKM_AUDIT_RELAUNCHED";
function hugePagesEnv(env, platform = process.platform) {
  if (platform !== "linux" || env[RELAUNCHED] || env.LKM_AUDIT_NO_RELAUNCH) return void 0;
  const tunables = env.GLIBC_TUNABLES ?? "";
  if (tunables.split(":").some((t) => t.startsWith(`${TUNABLE}=`))) return void 0;
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${TUNABLE}=1` : `${TUNABLE}=1`, [RELAUNCHED]: "1" };
}
function relaunchForHugePages(root2, env = process.env) {
  if (root2 === void 0) return void 0;
  const wanted = hugePagesEnv(env);
  if (!wanted || !holdsCBytes(root2, minCBytes(env))) return void 0;
  return relaunch(wanted, largeTreeV8Options(process.execArgv, env.NODE_OPTIONS ?? ""));
}
var SEMI_SPACE = "--max-semi-space-size";
function largeTreeV8Options(execArgv, nodeOptions) {
  return userSetFlag(SEMI_SPACE, execArgv, nodeOptions) ? [] : [`${SEMI_SPACE}=32`];
}

// src/launcher/baseline-parser.ts
function baselineRelaunchWanted(env, execArgv = process.execArgv, v8Version = process.versions.v8, canReplace = typeof process.execve === "function") {
  if (env[RELAUNCHED] || env.LKM_AUDIT_NO_RELAUNCH || !canReplace) return false;
  return !baselineAtRunTime(v8Version) && !userSetWasmFlags(execArgv, env.NODE_OPTIONS ?? "");
}
function relaunchForBaselineParser(root2, env = process.env) {
  if (root2 === void 0 || !baselineRelaunchWanted(env)) return void 0;
  if (holdsCBytes(root2, BASELINE_PARSER_MAX_BYTES + 1)) return void 0;
  return relaunch({ ...env, [RELAUNCHED]: "1" }, ["--liftoff-only"]);
}

// src/launcher/cli.ts
function start() {
  limitHeapGrowth();
  raiseTierUpBudget();
  const use = runWithCodeCache((0, import_node_url.fileURLToPath)(new URL("./cli-main.cjs", __lkmBundleUrl)), process.env, { hash: "065df52896c6fa0dd28571b1" });
  if (process.env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${use.file ?? "off"} (${use.accepted ? "used" : "not used"})
`);
}
var root = auditRootOf(process.argv.slice(2));
var elsewhere = relaunchForHugePages(root) ?? relaunchForBaselineParser(root);
if (elsewhere) void elsewhere.then((status) => status === void 0 ? start() : process.exitCode = status);
else start();
