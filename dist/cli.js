#!/usr/bin/env node

// src/launcher/cli.ts
import { fileURLToPath } from "node:url";

// src/engine/heap-policy.ts
import { setFlagsFromString } from "node:v8";

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
  setFlagsFromString(`${FLAG}=30`);
  return true;
}

// src/engine/tier-up-policy.ts
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
var FLAG2 = "--interrupt-budget";
var TIER_UP_BUDGET = 8e5;
var MEASURED_V8 = /^11\.3\./;
function raiseTierUpBudget(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? "", v8Version = process.versions.v8) {
  if (!MEASURED_V8.test(v8Version)) return false;
  if (userSetFlag(FLAG2, execArgv, nodeOptions)) return false;
  setFlagsFromString2(`${FLAG2}=${TIER_UP_BUDGET}`);
  return true;
}

// src/launcher/code-cache.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { Script } from "node:vm";
var HEADER_BYTES = 8;
function runWithCodeCache(file, env = process.env) {
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const cacheFile = cacheFileFor(bytes, env);
  const cached = cacheFile ? readCache(cacheFile) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    cachedData: cached?.data
  });
  const accepted = cached !== void 0 && !script.cachedDataRejected;
  if (cacheFile) {
    const started = performance.now();
    process.once("exit", () => {
      const lasted = performance.now() - started;
      if (!accepted || lasted > (cached?.lasted ?? 0) * 1.5) writeCache(cacheFile, script.createCachedData(), lasted, env);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { file: cacheFile, accepted };
}
function cacheDir(env) {
  if (env.LKM_AUDIT_CACHE_DIR) return env.LKM_AUDIT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (homedir() ? path.join(homedir(), ".cache") : "");
  return base ? path.join(base, "lkm-audit") : void 0;
}
function cacheFileFor(bundle, env) {
  if (env.LKM_AUDIT_NO_CODE_CACHE) return void 0;
  const dir = cacheDir(env);
  if (!dir || !ownPrivateDir(dir)) return void 0;
  const hash = createHash("sha256").update(bundle).update(process.version).update(process.arch).digest("hex").slice(0, 24);
  return path.join(dir, `cli-${hash}.v8cache`);
}
function ownPrivateDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readCache(file) {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || process.getuid && st.uid !== process.getuid()) return void 0;
    const buf = readFileSync(file);
    if (buf.length <= HEADER_BYTES) return void 0;
    return { lasted: buf.readDoubleLE(0), data: buf.subarray(HEADER_BYTES) };
  } catch {
    return void 0;
  }
}
function writeCache(file, data, lasted, env) {
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeDoubleLE(lasted, 0);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([header, data]), { mode: 384 });
    renameSync(tmp, file);
    const dir = path.dirname(file);
    for (const name of readdirSync(dir)) {
      if (/^cli-[0-9a-f]+\.v8cache$/.test(name) && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
    }
  } catch (e) {
    if (env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache not written: ${e.message}
`);
  }
}

// src/launcher/cli.ts
limitHeapGrowth();
raiseTierUpBudget();
var use = runWithCodeCache(fileURLToPath(new URL("./cli-main.cjs", import.meta.url)));
if (process.env.LKM_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${use.file ?? "off"} (${use.accepted ? "used" : "not used"})
`);
