"use strict";
var __lkmBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create2 = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf2 = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __commonJS2 = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/web-tree-sitter/tree-sitter.cjs
var require_tree_sitter2 = __commonJS2({
  "node_modules/web-tree-sitter/tree-sitter.cjs"(exports, module) {
    "use strict";
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
    var __commonJS = (cb, mod) => function __require() {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    };
    var __export = (target, all) => {
      for (var name2 in all)
        __defProp(target, name2, { get: all[name2], enumerable: true });
    };
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
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var require_tree_sitter = __commonJS({
      "lib/tree-sitter.cjs"(exports, module) {
        "use strict";
        var Module = (() => {
          var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
          if (typeof __filename != "undefined") _scriptName = _scriptName || __filename;
          return async function(moduleArg = {}) {
            var moduleRtn;
            var Module = moduleArg;
            var readyPromiseResolve, readyPromiseReject;
            var readyPromise = new Promise((resolve, reject) => {
              readyPromiseResolve = resolve;
              readyPromiseReject = reject;
            });
            var ENVIRONMENT_IS_WEB = typeof window == "object";
            var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
            var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
            var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
            if (ENVIRONMENT_IS_NODE) {
            }
            Module.currentQueryProgressCallback = null;
            Module.currentProgressCallback = null;
            Module.currentLogCallback = null;
            Module.currentParseCallback = null;
            var moduleOverrides = Object.assign({}, Module);
            var arguments_ = [];
            var thisProgram = "./this.program";
            var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
              throw toThrow;
            }, "quit_");
            var scriptDirectory = "";
            function locateFile(path3) {
              if (Module["locateFile"]) {
                return Module["locateFile"](path3, scriptDirectory);
              }
              return scriptDirectory + path3;
            }
            __name(locateFile, "locateFile");
            var readAsync, readBinary;
            if (ENVIRONMENT_IS_NODE) {
              var fs = require("fs");
              var nodePath = require("path");
              scriptDirectory = __dirname + "/";
              readBinary = /* @__PURE__ */ __name((filename) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename);
                return ret;
              }, "readBinary");
              readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
                return ret;
              }, "readAsync");
              if (!Module["thisProgram"] && process.argv.length > 1) {
                thisProgram = process.argv[1].replace(/\\/g, "/");
              }
              arguments_ = process.argv.slice(2);
              quit_ = /* @__PURE__ */ __name((status, toThrow) => {
                process.exitCode = status;
                throw toThrow;
              }, "quit_");
            } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
              if (ENVIRONMENT_IS_WORKER) {
                scriptDirectory = self.location.href;
              } else if (typeof document != "undefined" && document.currentScript) {
                scriptDirectory = document.currentScript.src;
              }
              if (_scriptName) {
                scriptDirectory = _scriptName;
              }
              if (scriptDirectory.startsWith("blob:")) {
                scriptDirectory = "";
              } else {
                scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
              }
              {
                if (ENVIRONMENT_IS_WORKER) {
                  readBinary = /* @__PURE__ */ __name((url) => {
                    var xhr = new XMLHttpRequest();
                    xhr.open("GET", url, false);
                    xhr.responseType = "arraybuffer";
                    xhr.send(null);
                    return new Uint8Array(
                      /** @type{!ArrayBuffer} */
                      xhr.response
                    );
                  }, "readBinary");
                }
                readAsync = /* @__PURE__ */ __name(async (url) => {
                  if (isFileURI(url)) {
                    return new Promise((resolve, reject) => {
                      var xhr = new XMLHttpRequest();
                      xhr.open("GET", url, true);
                      xhr.responseType = "arraybuffer";
                      xhr.onload = () => {
                        if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                          resolve(xhr.response);
                          return;
                        }
                        reject(xhr.status);
                      };
                      xhr.onerror = reject;
                      xhr.send(null);
                    });
                  }
                  var response = await fetch(url, {
                    credentials: "same-origin"
                  });
                  if (response.ok) {
                    return response.arrayBuffer();
                  }
                  throw new Error(response.status + " : " + response.url);
                }, "readAsync");
              }
            } else {
            }
            var out = Module["print"] || console.log.bind(console);
            var err = Module["printErr"] || console.error.bind(console);
            Object.assign(Module, moduleOverrides);
            moduleOverrides = null;
            if (Module["arguments"]) arguments_ = Module["arguments"];
            if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
            var dynamicLibraries = Module["dynamicLibraries"] || [];
            var wasmBinary = Module["wasmBinary"];
            var wasmMemory;
            var ABORT = false;
            var EXITSTATUS;
            function assert(condition, text) {
              if (!condition) {
                abort(text);
              }
            }
            __name(assert, "assert");
            var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
            var HEAP_DATA_VIEW;
            var runtimeInitialized = false;
            var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
            function updateMemoryViews() {
              var b = wasmMemory.buffer;
              Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
              Module["HEAP8"] = HEAP8 = new Int8Array(b);
              Module["HEAP16"] = HEAP16 = new Int16Array(b);
              Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
              Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
              Module["HEAP32"] = HEAP32 = new Int32Array(b);
              Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
              Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
              Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
              Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
              Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
            }
            __name(updateMemoryViews, "updateMemoryViews");
            if (Module["wasmMemory"]) {
              wasmMemory = Module["wasmMemory"];
            } else {
              var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
              wasmMemory = new WebAssembly.Memory({
                "initial": INITIAL_MEMORY / 65536,
                // In theory we should not need to emit the maximum if we want "unlimited"
                // or 4GB of memory, but VMs error on that atm, see
                // https://github.com/emscripten-core/emscripten/issues/14130
                // And in the pthreads case we definitely need to emit a maximum. So
                // always emit one.
                "maximum": 32768
              });
            }
            updateMemoryViews();
            var __RELOC_FUNCS__ = [];
            function preRun() {
              if (Module["preRun"]) {
                if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
                while (Module["preRun"].length) {
                  addOnPreRun(Module["preRun"].shift());
                }
              }
              callRuntimeCallbacks(onPreRuns);
            }
            __name(preRun, "preRun");
            function initRuntime() {
              runtimeInitialized = true;
              callRuntimeCallbacks(__RELOC_FUNCS__);
              wasmExports["__wasm_call_ctors"]();
              callRuntimeCallbacks(onPostCtors);
            }
            __name(initRuntime, "initRuntime");
            function preMain() {
            }
            __name(preMain, "preMain");
            function postRun() {
              if (Module["postRun"]) {
                if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
                while (Module["postRun"].length) {
                  addOnPostRun(Module["postRun"].shift());
                }
              }
              callRuntimeCallbacks(onPostRuns);
            }
            __name(postRun, "postRun");
            var runDependencies = 0;
            var dependenciesFulfilled = null;
            function getUniqueRunDependency(id) {
              return id;
            }
            __name(getUniqueRunDependency, "getUniqueRunDependency");
            function addRunDependency(id) {
              runDependencies++;
              Module["monitorRunDependencies"]?.(runDependencies);
            }
            __name(addRunDependency, "addRunDependency");
            function removeRunDependency(id) {
              runDependencies--;
              Module["monitorRunDependencies"]?.(runDependencies);
              if (runDependencies == 0) {
                if (dependenciesFulfilled) {
                  var callback = dependenciesFulfilled;
                  dependenciesFulfilled = null;
                  callback();
                }
              }
            }
            __name(removeRunDependency, "removeRunDependency");
            function abort(what) {
              Module["onAbort"]?.(what);
              what = "Aborted(" + what + ")";
              err(what);
              ABORT = true;
              what += ". Build with -sASSERTIONS for more info.";
              var e = new WebAssembly.RuntimeError(what);
              readyPromiseReject(e);
              throw e;
            }
            __name(abort, "abort");
            var wasmBinaryFile;
            function findWasmBinary() {
              return locateFile("tree-sitter.wasm");
            }
            __name(findWasmBinary, "findWasmBinary");
            function getBinarySync(file) {
              if (file == wasmBinaryFile && wasmBinary) {
                return new Uint8Array(wasmBinary);
              }
              if (readBinary) {
                return readBinary(file);
              }
              throw "both async and sync fetching of the wasm failed";
            }
            __name(getBinarySync, "getBinarySync");
            async function getWasmBinary(binaryFile) {
              if (!wasmBinary) {
                try {
                  var response = await readAsync(binaryFile);
                  return new Uint8Array(response);
                } catch {
                }
              }
              return getBinarySync(binaryFile);
            }
            __name(getWasmBinary, "getWasmBinary");
            async function instantiateArrayBuffer(binaryFile, imports) {
              try {
                var binary2 = await getWasmBinary(binaryFile);
                var instance2 = await WebAssembly.instantiate(binary2, imports);
                return instance2;
              } catch (reason) {
                err(`failed to asynchronously prepare wasm: ${reason}`);
                abort(reason);
              }
            }
            __name(instantiateArrayBuffer, "instantiateArrayBuffer");
            async function instantiateAsync(binary2, binaryFile, imports) {
              if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
                try {
                  var response = fetch(binaryFile, {
                    credentials: "same-origin"
                  });
                  var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
                  return instantiationResult;
                } catch (reason) {
                  err(`wasm streaming compile failed: ${reason}`);
                  err("falling back to ArrayBuffer instantiation");
                }
              }
              return instantiateArrayBuffer(binaryFile, imports);
            }
            __name(instantiateAsync, "instantiateAsync");
            function getWasmImports() {
              return {
                "env": wasmImports,
                "wasi_snapshot_preview1": wasmImports,
                "GOT.mem": new Proxy(wasmImports, GOTHandler),
                "GOT.func": new Proxy(wasmImports, GOTHandler)
              };
            }
            __name(getWasmImports, "getWasmImports");
            async function createWasm() {
              function receiveInstance(instance2, module2) {
                wasmExports = instance2.exports;
                wasmExports = relocateExports(wasmExports, 1024);
                var metadata2 = getDylinkMetadata(module2);
                if (metadata2.neededDynlibs) {
                  dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
                }
                mergeLibSymbols(wasmExports, "main");
                LDSO.init();
                loadDylibs();
                __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
                removeRunDependency("wasm-instantiate");
                return wasmExports;
              }
              __name(receiveInstance, "receiveInstance");
              addRunDependency("wasm-instantiate");
              function receiveInstantiationResult(result2) {
                return receiveInstance(result2["instance"], result2["module"]);
              }
              __name(receiveInstantiationResult, "receiveInstantiationResult");
              var info2 = getWasmImports();
              if (Module["instantiateWasm"]) {
                return new Promise((resolve, reject) => {
                  Module["instantiateWasm"](info2, (mod, inst) => {
                    receiveInstance(mod, inst);
                    resolve(mod.exports);
                  });
                });
              }
              wasmBinaryFile ??= findWasmBinary();
              try {
                var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
                var exports2 = receiveInstantiationResult(result);
                return exports2;
              } catch (e) {
                readyPromiseReject(e);
                return Promise.reject(e);
              }
            }
            __name(createWasm, "createWasm");
            var ASM_CONSTS = {};
            class ExitStatus {
              static {
                __name(this, "ExitStatus");
              }
              name = "ExitStatus";
              constructor(status) {
                this.message = `Program terminated with exit(${status})`;
                this.status = status;
              }
            }
            var GOT = {};
            var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
            var GOTHandler = {
              get(obj, symName) {
                var rtn = GOT[symName];
                if (!rtn) {
                  rtn = GOT[symName] = new WebAssembly.Global({
                    "value": "i32",
                    "mutable": true
                  });
                }
                if (!currentModuleWeakSymbols.has(symName)) {
                  rtn.required = true;
                }
                return rtn;
              }
            };
            var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
            var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
            var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
            var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
            var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
            var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
            var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
            var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
            var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
            var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
            var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
            var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
            var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
              while (callbacks.length > 0) {
                callbacks.shift()(Module);
              }
            }, "callRuntimeCallbacks");
            var onPostRuns = [];
            var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
            var onPreRuns = [];
            var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
            var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
            var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
              var endIdx = idx + maxBytesToRead;
              var endPtr = idx;
              while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
              if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
                return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
              }
              var str = "";
              while (idx < endPtr) {
                var u0 = heapOrArray[idx++];
                if (!(u0 & 128)) {
                  str += String.fromCharCode(u0);
                  continue;
                }
                var u1 = heapOrArray[idx++] & 63;
                if ((u0 & 224) == 192) {
                  str += String.fromCharCode((u0 & 31) << 6 | u1);
                  continue;
                }
                var u2 = heapOrArray[idx++] & 63;
                if ((u0 & 240) == 224) {
                  u0 = (u0 & 15) << 12 | u1 << 6 | u2;
                } else {
                  u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
                }
                if (u0 < 65536) {
                  str += String.fromCharCode(u0);
                } else {
                  var ch = u0 - 65536;
                  str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
                }
              }
              return str;
            }, "UTF8ArrayToString");
            var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
              var offset = 0;
              var end = 0;
              function getU8() {
                return binary2[offset++];
              }
              __name(getU8, "getU8");
              function getLEB() {
                var ret = 0;
                var mul = 1;
                while (1) {
                  var byte = binary2[offset++];
                  ret += (byte & 127) * mul;
                  mul *= 128;
                  if (!(byte & 128)) break;
                }
                return ret;
              }
              __name(getLEB, "getLEB");
              function getString() {
                var len = getLEB();
                offset += len;
                return UTF8ArrayToString(binary2, offset - len, len);
              }
              __name(getString, "getString");
              function failIf(condition, message) {
                if (condition) throw new Error(message);
              }
              __name(failIf, "failIf");
              var name2 = "dylink.0";
              if (binary2 instanceof WebAssembly.Module) {
                var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
                if (dylinkSection.length === 0) {
                  name2 = "dylink";
                  dylinkSection = WebAssembly.Module.customSections(binary2, name2);
                }
                failIf(dylinkSection.length === 0, "need dylink section");
                binary2 = new Uint8Array(dylinkSection[0]);
                end = binary2.length;
              } else {
                var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
                var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
                failIf(!magicNumberFound, "need to see wasm magic number");
                failIf(binary2[8] !== 0, "need the dylink section to be first");
                offset = 9;
                var section_size = getLEB();
                end = offset + section_size;
                name2 = getString();
              }
              var customSection = {
                neededDynlibs: [],
                tlsExports: /* @__PURE__ */ new Set(),
                weakImports: /* @__PURE__ */ new Set()
              };
              if (name2 == "dylink") {
                customSection.memorySize = getLEB();
                customSection.memoryAlign = getLEB();
                customSection.tableSize = getLEB();
                customSection.tableAlign = getLEB();
                var neededDynlibsCount = getLEB();
                for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                  var libname = getString();
                  customSection.neededDynlibs.push(libname);
                }
              } else {
                failIf(name2 !== "dylink.0");
                var WASM_DYLINK_MEM_INFO = 1;
                var WASM_DYLINK_NEEDED = 2;
                var WASM_DYLINK_EXPORT_INFO = 3;
                var WASM_DYLINK_IMPORT_INFO = 4;
                var WASM_SYMBOL_TLS = 256;
                var WASM_SYMBOL_BINDING_MASK = 3;
                var WASM_SYMBOL_BINDING_WEAK = 1;
                while (offset < end) {
                  var subsectionType = getU8();
                  var subsectionSize = getLEB();
                  if (subsectionType === WASM_DYLINK_MEM_INFO) {
                    customSection.memorySize = getLEB();
                    customSection.memoryAlign = getLEB();
                    customSection.tableSize = getLEB();
                    customSection.tableAlign = getLEB();
                  } else if (subsectionType === WASM_DYLINK_NEEDED) {
                    var neededDynlibsCount = getLEB();
                    for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                      libname = getString();
                      customSection.neededDynlibs.push(libname);
                    }
                  } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                    var count = getLEB();
                    while (count--) {
                      var symname = getString();
                      var flags2 = getLEB();
                      if (flags2 & WASM_SYMBOL_TLS) {
                        customSection.tlsExports.add(symname);
                      }
                    }
                  } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                    var count = getLEB();
                    while (count--) {
                      var modname = getString();
                      var symname = getString();
                      var flags2 = getLEB();
                      if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                        customSection.weakImports.add(symname);
                      }
                    }
                  } else {
                    offset += subsectionSize;
                  }
                }
              }
              return customSection;
            }, "getDylinkMetadata");
            function getValue(ptr, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  return HEAP8[ptr];
                case "i8":
                  return HEAP8[ptr];
                case "i16":
                  return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
                case "i32":
                  return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
                case "i64":
                  return HEAP64[ptr >> 3];
                case "float":
                  return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
                case "double":
                  return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
                case "*":
                  return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
                default:
                  abort(`invalid type for getValue: ${type}`);
              }
            }
            __name(getValue, "getValue");
            var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
              var dso = {
                refcount: Infinity,
                name: name2,
                exports: syms,
                global: true
              };
              LDSO.loadedLibsByName[name2] = dso;
              if (handle2 != void 0) {
                LDSO.loadedLibsByHandle[handle2] = dso;
              }
              return dso;
            }, "newDSO");
            var LDSO = {
              loadedLibsByName: {},
              loadedLibsByHandle: {},
              init() {
                newDSO("__main__", 0, wasmImports);
              }
            };
            var ___heap_base = 78224;
            var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
            var getMemory = /* @__PURE__ */ __name((size) => {
              if (runtimeInitialized) {
                return _calloc(size, 1);
              }
              var ret = ___heap_base;
              var end = ret + alignMemory(size, 16);
              ___heap_base = end;
              GOT["__heap_base"].value = end;
              return ret;
            }, "getMemory");
            var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
            var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
              if (n < 128) {
                target.push(n);
              } else {
                target.push(n % 128 | 128, n >> 7);
              }
            }, "uleb128Encode");
            var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
              var typeNames = {
                "i": "i32",
                "j": "i64",
                "f": "f32",
                "d": "f64",
                "e": "externref",
                "p": "i32"
              };
              var type = {
                parameters: [],
                results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
              };
              for (var i2 = 1; i2 < sig.length; ++i2) {
                type.parameters.push(typeNames[sig[i2]]);
              }
              return type;
            }, "sigToWasmTypes");
            var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
              var sigRet = sig.slice(0, 1);
              var sigParam = sig.slice(1);
              var typeCodes = {
                "i": 127,
                // i32
                "p": 127,
                // i32
                "j": 126,
                // i64
                "f": 125,
                // f32
                "d": 124,
                // f64
                "e": 111
              };
              target.push(96);
              uleb128Encode(sigParam.length, target);
              for (var i2 = 0; i2 < sigParam.length; ++i2) {
                target.push(typeCodes[sigParam[i2]]);
              }
              if (sigRet == "v") {
                target.push(0);
              } else {
                target.push(1, typeCodes[sigRet]);
              }
            }, "generateFuncType");
            var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
              if (typeof WebAssembly.Function == "function") {
                return new WebAssembly.Function(sigToWasmTypes(sig), func2);
              }
              var typeSectionBody = [1];
              generateFuncType(sig, typeSectionBody);
              var bytes = [
                0,
                97,
                115,
                109,
                // magic ("\0asm")
                1,
                0,
                0,
                0,
                // version: 1
                1
              ];
              uleb128Encode(typeSectionBody.length, bytes);
              bytes.push(...typeSectionBody);
              bytes.push(
                2,
                7,
                // import section
                // (import "e" "f" (func 0 (type 0)))
                1,
                1,
                101,
                1,
                102,
                0,
                0,
                7,
                5,
                // export section
                // (export "f" (func 0 (type 0)))
                1,
                1,
                102,
                0,
                0
              );
              var module2 = new WebAssembly.Module(new Uint8Array(bytes));
              var instance2 = new WebAssembly.Instance(module2, {
                "e": {
                  "f": func2
                }
              });
              var wrappedFunc = instance2.exports["f"];
              return wrappedFunc;
            }, "convertJsFunctionToWasm");
            var wasmTableMirror = [];
            var wasmTable = new WebAssembly.Table({
              "initial": 31,
              "element": "anyfunc"
            });
            var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
              var func2 = wasmTableMirror[funcPtr];
              if (!func2) {
                if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
                wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
              }
              return func2;
            }, "getWasmTableEntry");
            var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
              if (functionsInTableMap) {
                for (var i2 = offset; i2 < offset + count; i2++) {
                  var item = getWasmTableEntry(i2);
                  if (item) {
                    functionsInTableMap.set(item, i2);
                  }
                }
              }
            }, "updateTableMap");
            var functionsInTableMap;
            var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
              if (!functionsInTableMap) {
                functionsInTableMap = /* @__PURE__ */ new WeakMap();
                updateTableMap(0, wasmTable.length);
              }
              return functionsInTableMap.get(func2) || 0;
            }, "getFunctionAddress");
            var freeTableIndexes = [];
            var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
              if (freeTableIndexes.length) {
                return freeTableIndexes.pop();
              }
              try {
                wasmTable.grow(1);
              } catch (err2) {
                if (!(err2 instanceof RangeError)) {
                  throw err2;
                }
                throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
              }
              return wasmTable.length - 1;
            }, "getEmptyTableSlot");
            var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
              wasmTable.set(idx, func2);
              wasmTableMirror[idx] = wasmTable.get(idx);
            }, "setWasmTableEntry");
            var addFunction = /* @__PURE__ */ __name((func2, sig) => {
              var rtn = getFunctionAddress(func2);
              if (rtn) {
                return rtn;
              }
              var ret = getEmptyTableSlot();
              try {
                setWasmTableEntry(ret, func2);
              } catch (err2) {
                if (!(err2 instanceof TypeError)) {
                  throw err2;
                }
                var wrapped = convertJsFunctionToWasm(func2, sig);
                setWasmTableEntry(ret, wrapped);
              }
              functionsInTableMap.set(func2, ret);
              return ret;
            }, "addFunction");
            var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
              for (var symName in exports2) {
                if (isInternalSym(symName)) {
                  continue;
                }
                var value = exports2[symName];
                GOT[symName] ||= new WebAssembly.Global({
                  "value": "i32",
                  "mutable": true
                });
                if (replace || GOT[symName].value == 0) {
                  if (typeof value == "function") {
                    GOT[symName].value = addFunction(value);
                  } else if (typeof value == "number") {
                    GOT[symName].value = value;
                  } else {
                    err(`unhandled export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "updateGOT");
            var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
              var relocated = {};
              for (var e in exports2) {
                var value = exports2[e];
                if (typeof value == "object") {
                  value = value.value;
                }
                if (typeof value == "number") {
                  value += memoryBase2;
                }
                relocated[e] = value;
              }
              updateGOT(relocated, replace);
              return relocated;
            }, "relocateExports");
            var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
              var existing = wasmImports[symName];
              if (!existing || existing.stub) {
                return false;
              }
              return true;
            }, "isSymbolDefined");
            var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
              var rtn = getWasmTableEntry(ptr)(...args2);
              return rtn;
            }, "dynCall");
            var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
            var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
            var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
              var sp = stackSave();
              try {
                return dynCall(sig, ptr, args2);
              } catch (e) {
                stackRestore(sp);
                if (e !== e + 0) throw e;
                _setThrew(1, 0);
                if (sig[0] == "j") return 0n;
              }
            }, "createInvokeFunction");
            var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
              var sym;
              if (isSymbolDefined(symName)) {
                sym = wasmImports[symName];
              } else if (symName.startsWith("invoke_")) {
                sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
              }
              return {
                sym,
                name: symName
              };
            }, "resolveGlobalSymbol");
            var onPostCtors = [];
            var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
            var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
            var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
              var metadata = getDylinkMetadata(binary);
              currentModuleWeakSymbols = metadata.weakImports;
              function loadModule() {
                var memAlign = Math.pow(2, metadata.memoryAlign);
                var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
                var tableBase = metadata.tableSize ? wasmTable.length : 0;
                if (handle) {
                  HEAP8[handle + 8] = 1;
                  LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
                  LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
                  LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
                  LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
                }
                if (metadata.tableSize) {
                  wasmTable.grow(metadata.tableSize);
                }
                var moduleExports;
                function resolveSymbol(sym) {
                  var resolved = resolveGlobalSymbol(sym).sym;
                  if (!resolved && localScope) {
                    resolved = localScope[sym];
                  }
                  if (!resolved) {
                    resolved = moduleExports[sym];
                  }
                  return resolved;
                }
                __name(resolveSymbol, "resolveSymbol");
                var proxyHandler = {
                  get(stubs, prop) {
                    switch (prop) {
                      case "__memory_base":
                        return memoryBase;
                      case "__table_base":
                        return tableBase;
                    }
                    if (prop in wasmImports && !wasmImports[prop].stub) {
                      var res = wasmImports[prop];
                      return res;
                    }
                    if (!(prop in stubs)) {
                      var resolved;
                      stubs[prop] = (...args2) => {
                        resolved ||= resolveSymbol(prop);
                        return resolved(...args2);
                      };
                    }
                    return stubs[prop];
                  }
                };
                var proxy = new Proxy({}, proxyHandler);
                var info = {
                  "GOT.mem": new Proxy({}, GOTHandler),
                  "GOT.func": new Proxy({}, GOTHandler),
                  "env": proxy,
                  "wasi_snapshot_preview1": proxy
                };
                function postInstantiation(module, instance) {
                  updateTableMap(tableBase, metadata.tableSize);
                  moduleExports = relocateExports(instance.exports, memoryBase);
                  if (!flags.allowUndefined) {
                    reportUndefinedSymbols();
                  }
                  function addEmAsm(addr, body) {
                    var args = [];
                    var arity = 0;
                    for (; arity < 16; arity++) {
                      if (body.indexOf("$" + arity) != -1) {
                        args.push("$" + arity);
                      } else {
                        break;
                      }
                    }
                    args = args.join(",");
                    var func = `(${args}) => { ${body} };`;
                    ASM_CONSTS[start] = eval(func);
                  }
                  __name(addEmAsm, "addEmAsm");
                  if ("__start_em_asm" in moduleExports) {
                    var start = moduleExports["__start_em_asm"];
                    var stop = moduleExports["__stop_em_asm"];
                    while (start < stop) {
                      var jsString = UTF8ToString(start);
                      addEmAsm(start, jsString);
                      start = HEAPU8.indexOf(0, start) + 1;
                    }
                  }
                  function addEmJs(name, cSig, body) {
                    var jsArgs = [];
                    cSig = cSig.slice(1, -1);
                    if (cSig != "void") {
                      cSig = cSig.split(",");
                      for (var i in cSig) {
                        var jsArg = cSig[i].split(" ").pop();
                        jsArgs.push(jsArg.replace("*", ""));
                      }
                    }
                    var func = `(${jsArgs}) => ${body};`;
                    moduleExports[name] = eval(func);
                  }
                  __name(addEmJs, "addEmJs");
                  for (var name in moduleExports) {
                    if (name.startsWith("__em_js__")) {
                      var start = moduleExports[name];
                      var jsString = UTF8ToString(start);
                      var parts = jsString.split("<::>");
                      addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                      delete moduleExports[name];
                    }
                  }
                  var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
                  if (applyRelocs) {
                    if (runtimeInitialized) {
                      applyRelocs();
                    } else {
                      __RELOC_FUNCS__.push(applyRelocs);
                    }
                  }
                  var init = moduleExports["__wasm_call_ctors"];
                  if (init) {
                    if (runtimeInitialized) {
                      init();
                    } else {
                      addOnPostCtor(init);
                    }
                  }
                  return moduleExports;
                }
                __name(postInstantiation, "postInstantiation");
                if (flags.loadAsync) {
                  if (binary instanceof WebAssembly.Module) {
                    var instance = new WebAssembly.Instance(binary, info);
                    return Promise.resolve(postInstantiation(binary, instance));
                  }
                  return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
                }
                var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
                var instance = new WebAssembly.Instance(module, info);
                return postInstantiation(module, instance);
              }
              __name(loadModule, "loadModule");
              if (flags.loadAsync) {
                return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
              }
              metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
              return loadModule();
            }, "loadWebAssemblyModule");
            var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
              for (var [sym, exp] of Object.entries(exports2)) {
                const setImport = /* @__PURE__ */ __name((target) => {
                  if (!isSymbolDefined(target)) {
                    wasmImports[target] = exp;
                  }
                }, "setImport");
                setImport(sym);
                const main_alias = "__main_argc_argv";
                if (sym == "main") {
                  setImport(main_alias);
                }
                if (sym == main_alias) {
                  setImport("main");
                }
              }
            }, "mergeLibSymbols");
            var asyncLoad = /* @__PURE__ */ __name(async (url) => {
              var arrayBuffer = await readAsync(url);
              return new Uint8Array(arrayBuffer);
            }, "asyncLoad");
            function loadDynamicLibrary(libName2, flags2 = {
              global: true,
              nodelete: true
            }, localScope2, handle2) {
              var dso = LDSO.loadedLibsByName[libName2];
              if (dso) {
                if (!flags2.global) {
                  if (localScope2) {
                    Object.assign(localScope2, dso.exports);
                  }
                } else if (!dso.global) {
                  dso.global = true;
                  mergeLibSymbols(dso.exports, libName2);
                }
                if (flags2.nodelete && dso.refcount !== Infinity) {
                  dso.refcount = Infinity;
                }
                dso.refcount++;
                if (handle2) {
                  LDSO.loadedLibsByHandle[handle2] = dso;
                }
                return flags2.loadAsync ? Promise.resolve(true) : true;
              }
              dso = newDSO(libName2, handle2, "loading");
              dso.refcount = flags2.nodelete ? Infinity : 1;
              dso.global = flags2.global;
              function loadLibData() {
                if (handle2) {
                  var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
                  var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
                  if (data && dataSize) {
                    var libData = HEAP8.slice(data, data + dataSize);
                    return flags2.loadAsync ? Promise.resolve(libData) : libData;
                  }
                }
                var libFile = locateFile(libName2);
                if (flags2.loadAsync) {
                  return asyncLoad(libFile);
                }
                if (!readBinary) {
                  throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
                }
                return readBinary(libFile);
              }
              __name(loadLibData, "loadLibData");
              function getExports() {
                if (flags2.loadAsync) {
                  return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
                }
                return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
              }
              __name(getExports, "getExports");
              function moduleLoaded(exports2) {
                if (dso.global) {
                  mergeLibSymbols(exports2, libName2);
                } else if (localScope2) {
                  Object.assign(localScope2, exports2);
                }
                dso.exports = exports2;
              }
              __name(moduleLoaded, "moduleLoaded");
              if (flags2.loadAsync) {
                return getExports().then((exports2) => {
                  moduleLoaded(exports2);
                  return true;
                });
              }
              moduleLoaded(getExports());
              return true;
            }
            __name(loadDynamicLibrary, "loadDynamicLibrary");
            var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
              for (var [symName, entry] of Object.entries(GOT)) {
                if (entry.value == 0) {
                  var value = resolveGlobalSymbol(symName, true).sym;
                  if (!value && !entry.required) {
                    continue;
                  }
                  if (typeof value == "function") {
                    entry.value = addFunction(value, value.sig);
                  } else if (typeof value == "number") {
                    entry.value = value;
                  } else {
                    throw new Error(`bad export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "reportUndefinedSymbols");
            var loadDylibs = /* @__PURE__ */ __name(() => {
              if (!dynamicLibraries.length) {
                reportUndefinedSymbols();
                return;
              }
              addRunDependency("loadDylibs");
              dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
                loadAsync: true,
                global: true,
                nodelete: true,
                allowUndefined: true
              })), Promise.resolve()).then(() => {
                reportUndefinedSymbols();
                removeRunDependency("loadDylibs");
              });
            }, "loadDylibs");
            var noExitRuntime = Module["noExitRuntime"] || true;
            function setValue(ptr, value, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  HEAP8[ptr] = value;
                  break;
                case "i8":
                  HEAP8[ptr] = value;
                  break;
                case "i16":
                  LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
                  break;
                case "i32":
                  LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
                  break;
                case "i64":
                  HEAP64[ptr >> 3] = BigInt(value);
                  break;
                case "float":
                  LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
                  break;
                case "double":
                  LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
                  break;
                case "*":
                  LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
                  break;
                default:
                  abort(`invalid type for setValue: ${type}`);
              }
            }
            __name(setValue, "setValue");
            var ___memory_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1024);
            var ___stack_pointer = new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            }, 78224);
            var ___table_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1);
            var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
            __abort_js.sig = "v";
            var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
            _emscripten_get_now.sig = "d";
            var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
            _emscripten_date_now.sig = "d";
            var nowIsMonotonic = 1;
            var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
            var INT53_MAX = 9007199254740992;
            var INT53_MIN = -9007199254740992;
            var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
            function _clock_time_get(clk_id, ignored_precision, ptime) {
              ignored_precision = bigintToI53Checked(ignored_precision);
              if (!checkWasiClock(clk_id)) {
                return 28;
              }
              var now;
              if (clk_id === 0) {
                now = _emscripten_date_now();
              } else if (nowIsMonotonic) {
                now = _emscripten_get_now();
              } else {
                return 52;
              }
              var nsec = Math.round(now * 1e3 * 1e3);
              HEAP64[ptime >> 3] = BigInt(nsec);
              return 0;
            }
            __name(_clock_time_get, "_clock_time_get");
            _clock_time_get.sig = "iijp";
            var getHeapMax = /* @__PURE__ */ __name(() => (
              // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
              // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
              // for any code that deals with heap sizes, which would require special
              // casing all heap size related code to treat 0 specially.
              2147483648
            ), "getHeapMax");
            var growMemory = /* @__PURE__ */ __name((size) => {
              var b = wasmMemory.buffer;
              var pages = (size - b.byteLength + 65535) / 65536 | 0;
              try {
                wasmMemory.grow(pages);
                updateMemoryViews();
                return 1;
              } catch (e) {
              }
            }, "growMemory");
            var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
              var oldSize = HEAPU8.length;
              requestedSize >>>= 0;
              var maxHeapSize = getHeapMax();
              if (requestedSize > maxHeapSize) {
                return false;
              }
              for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
                var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
                overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
                var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
                var replacement = growMemory(newSize);
                if (replacement) {
                  return true;
                }
              }
              return false;
            }, "_emscripten_resize_heap");
            _emscripten_resize_heap.sig = "ip";
            var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
            _fd_close.sig = "ii";
            function _fd_seek(fd, offset, whence, newOffset) {
              offset = bigintToI53Checked(offset);
              return 70;
            }
            __name(_fd_seek, "_fd_seek");
            _fd_seek.sig = "iijip";
            var printCharBuffers = [null, [], []];
            var printChar = /* @__PURE__ */ __name((stream, curr) => {
              var buffer = printCharBuffers[stream];
              if (curr === 0 || curr === 10) {
                (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
                buffer.length = 0;
              } else {
                buffer.push(curr);
              }
            }, "printChar");
            var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
              if (printCharBuffers[1].length) printChar(1, 10);
              if (printCharBuffers[2].length) printChar(2, 10);
            }, "flush_NO_FILESYSTEM");
            var SYSCALLS = {
              varargs: void 0,
              getStr(ptr) {
                var ret = UTF8ToString(ptr);
                return ret;
              }
            };
            var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
              var num = 0;
              for (var i2 = 0; i2 < iovcnt; i2++) {
                var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
                var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
                iov += 8;
                for (var j = 0; j < len; j++) {
                  printChar(fd, HEAPU8[ptr + j]);
                }
                num += len;
              }
              LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
              return 0;
            }, "_fd_write");
            _fd_write.sig = "iippp";
            function _tree_sitter_log_callback(isLexMessage, messageAddress) {
              if (Module.currentLogCallback) {
                const message = UTF8ToString(messageAddress);
                Module.currentLogCallback(message, isLexMessage !== 0);
              }
            }
            __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
            function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
              const INPUT_BUFFER_SIZE = 10 * 1024;
              const string = Module.currentParseCallback(index, {
                row,
                column
              });
              if (typeof string === "string") {
                setValue(lengthAddress, string.length, "i32");
                stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
              } else {
                setValue(lengthAddress, 0, "i32");
              }
            }
            __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
            function _tree_sitter_progress_callback(currentOffset, hasError) {
              if (Module.currentProgressCallback) {
                return Module.currentProgressCallback({
                  currentOffset,
                  hasError
                });
              }
              return false;
            }
            __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
            function _tree_sitter_query_progress_callback(currentOffset) {
              if (Module.currentQueryProgressCallback) {
                return Module.currentQueryProgressCallback({
                  currentOffset
                });
              }
              return false;
            }
            __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
            var runtimeKeepaliveCounter = 0;
            var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
            var _proc_exit = /* @__PURE__ */ __name((code) => {
              EXITSTATUS = code;
              if (!keepRuntimeAlive()) {
                Module["onExit"]?.(code);
                ABORT = true;
              }
              quit_(code, new ExitStatus(code));
            }, "_proc_exit");
            _proc_exit.sig = "vi";
            var exitJS = /* @__PURE__ */ __name((status, implicit) => {
              EXITSTATUS = status;
              _proc_exit(status);
            }, "exitJS");
            var handleException = /* @__PURE__ */ __name((e) => {
              if (e instanceof ExitStatus || e == "unwind") {
                return EXITSTATUS;
              }
              quit_(1, e);
            }, "handleException");
            var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
              var len = 0;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var c = str.charCodeAt(i2);
                if (c <= 127) {
                  len++;
                } else if (c <= 2047) {
                  len += 2;
                } else if (c >= 55296 && c <= 57343) {
                  len += 4;
                  ++i2;
                } else {
                  len += 3;
                }
              }
              return len;
            }, "lengthBytesUTF8");
            var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
              if (!(maxBytesToWrite > 0)) return 0;
              var startIdx = outIdx;
              var endIdx = outIdx + maxBytesToWrite - 1;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var u = str.charCodeAt(i2);
                if (u >= 55296 && u <= 57343) {
                  var u1 = str.charCodeAt(++i2);
                  u = 65536 + ((u & 1023) << 10) | u1 & 1023;
                }
                if (u <= 127) {
                  if (outIdx >= endIdx) break;
                  heap[outIdx++] = u;
                } else if (u <= 2047) {
                  if (outIdx + 1 >= endIdx) break;
                  heap[outIdx++] = 192 | u >> 6;
                  heap[outIdx++] = 128 | u & 63;
                } else if (u <= 65535) {
                  if (outIdx + 2 >= endIdx) break;
                  heap[outIdx++] = 224 | u >> 12;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                } else {
                  if (outIdx + 3 >= endIdx) break;
                  heap[outIdx++] = 240 | u >> 18;
                  heap[outIdx++] = 128 | u >> 12 & 63;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                }
              }
              heap[outIdx] = 0;
              return outIdx - startIdx;
            }, "stringToUTF8Array");
            var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
            var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
            var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
              var size = lengthBytesUTF8(str) + 1;
              var ret = stackAlloc(size);
              stringToUTF8(str, ret, size);
              return ret;
            }, "stringToUTF8OnStack");
            var AsciiToString = /* @__PURE__ */ __name((ptr) => {
              var str = "";
              while (1) {
                var ch = HEAPU8[ptr++];
                if (!ch) return str;
                str += String.fromCharCode(ch);
              }
            }, "AsciiToString");
            var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
              maxBytesToWrite ??= 2147483647;
              if (maxBytesToWrite < 2) return 0;
              maxBytesToWrite -= 2;
              var startPtr = outPtr;
              var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
              for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
                var codeUnit = str.charCodeAt(i2);
                LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
                outPtr += 2;
              }
              LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
              return outPtr - startPtr;
            }, "stringToUTF16");
            var wasmImports = {
              /** @export */
              __heap_base: ___heap_base,
              /** @export */
              __indirect_function_table: wasmTable,
              /** @export */
              __memory_base: ___memory_base,
              /** @export */
              __stack_pointer: ___stack_pointer,
              /** @export */
              __table_base: ___table_base,
              /** @export */
              _abort_js: __abort_js,
              /** @export */
              clock_time_get: _clock_time_get,
              /** @export */
              emscripten_resize_heap: _emscripten_resize_heap,
              /** @export */
              fd_close: _fd_close,
              /** @export */
              fd_seek: _fd_seek,
              /** @export */
              fd_write: _fd_write,
              /** @export */
              memory: wasmMemory,
              /** @export */
              tree_sitter_log_callback: _tree_sitter_log_callback,
              /** @export */
              tree_sitter_parse_callback: _tree_sitter_parse_callback,
              /** @export */
              tree_sitter_progress_callback: _tree_sitter_progress_callback,
              /** @export */
              tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
            };
            var wasmExports = await createWasm();
            var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
            var _malloc = Module["_malloc"] = wasmExports["malloc"];
            var _calloc = Module["_calloc"] = wasmExports["calloc"];
            var _realloc = Module["_realloc"] = wasmExports["realloc"];
            var _free = Module["_free"] = wasmExports["free"];
            var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
            var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
            var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
            var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
            var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
            var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
            var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
            var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
            var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
            var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
            var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
            var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
            var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
            var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
            var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
            var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
            var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
            var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
            var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
            var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
            var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
            var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
            var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
            var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
            var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
            var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
            var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
            var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
            var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
            var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
            var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
            var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
            var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
            var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
            var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
            var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
            var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
            var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
            var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
            var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
            var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
            var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
            var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
            var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
            var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
            var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
            var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
            var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
            var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
            var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
            var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
            var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
            var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
            var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
            var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
            var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
            var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
            var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
            var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
            var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
            var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
            var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
            var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
            var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
            var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
            var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
            var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
            var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
            var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
            var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
            var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
            var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
            var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
            var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
            var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
            var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
            var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
            var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
            var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
            var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
            var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
            var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
            var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
            var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
            var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
            var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
            var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
            var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
            var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
            var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
            var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
            var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
            var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
            var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
            var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
            var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
            var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
            var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
            var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
            var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
            var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
            var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
            var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
            var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
            var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
            var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
            var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
            var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
            var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
            var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
            var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
            var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
            var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
            var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
            var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
            var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
            var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
            var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
            var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
            var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
            var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
            var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
            var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
            var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
            var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
            var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
            var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
            var _memset = Module["_memset"] = wasmExports["memset"];
            var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
            var _memmove = Module["_memmove"] = wasmExports["memmove"];
            var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
            var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
            var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
            var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
            var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
            var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
            var _memchr = Module["_memchr"] = wasmExports["memchr"];
            var _strlen = Module["_strlen"] = wasmExports["strlen"];
            var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
            var _strncat = Module["_strncat"] = wasmExports["strncat"];
            var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
            var _towlower = Module["_towlower"] = wasmExports["towlower"];
            var _towupper = Module["_towupper"] = wasmExports["towupper"];
            var _setThrew = wasmExports["setThrew"];
            var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
            var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
            var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
            var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
            Module["setValue"] = setValue;
            Module["getValue"] = getValue;
            Module["UTF8ToString"] = UTF8ToString;
            Module["stringToUTF8"] = stringToUTF8;
            Module["lengthBytesUTF8"] = lengthBytesUTF8;
            Module["AsciiToString"] = AsciiToString;
            Module["stringToUTF16"] = stringToUTF16;
            Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
            function callMain(args2 = []) {
              var entryFunction2 = resolveGlobalSymbol("main").sym;
              if (!entryFunction2) return;
              args2.unshift(thisProgram);
              var argc = args2.length;
              var argv = stackAlloc((argc + 1) * 4);
              var argv_ptr = argv;
              args2.forEach((arg) => {
                LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
                argv_ptr += 4;
              });
              LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
              try {
                var ret = entryFunction2(argc, argv);
                exitJS(
                  ret,
                  /* implicit = */
                  true
                );
                return ret;
              } catch (e) {
                return handleException(e);
              }
            }
            __name(callMain, "callMain");
            function run(args2 = arguments_) {
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              preRun();
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              function doRun() {
                Module["calledRun"] = true;
                if (ABORT) return;
                initRuntime();
                preMain();
                readyPromiseResolve(Module);
                Module["onRuntimeInitialized"]?.();
                var noInitialRun = Module["noInitialRun"];
                if (!noInitialRun) callMain(args2);
                postRun();
              }
              __name(doRun, "doRun");
              if (Module["setStatus"]) {
                Module["setStatus"]("Running...");
                setTimeout(() => {
                  setTimeout(() => Module["setStatus"](""), 1);
                  doRun();
                }, 1);
              } else {
                doRun();
              }
            }
            __name(run, "run");
            if (Module["preInit"]) {
              if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
              while (Module["preInit"].length > 0) {
                Module["preInit"].pop()();
              }
            }
            run();
            moduleRtn = readyPromise;
            return moduleRtn;
          };
        })();
        if (typeof exports === "object" && typeof module === "object") {
          module.exports = Module;
          module.exports.default = Module;
        } else if (typeof define === "function" && define["amd"])
          define([], () => Module);
      }
    });
    var index_exports = {};
    __export(index_exports, {
      CaptureQuantifier: () => CaptureQuantifier,
      LANGUAGE_VERSION: () => LANGUAGE_VERSION,
      Language: () => Language,
      LookaheadIterator: () => LookaheadIterator,
      MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
      Node: () => Node,
      Parser: () => Parser,
      Query: () => Query,
      Tree: () => Tree,
      TreeCursor: () => TreeCursor
    });
    module.exports = __toCommonJS(index_exports);
    var SIZE_OF_SHORT = 2;
    var SIZE_OF_INT = 4;
    var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    var SIZE_OF_NODE = 5 * SIZE_OF_INT;
    var SIZE_OF_POINT = 2 * SIZE_OF_INT;
    var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    var ZERO_POINT = { row: 0, column: 0 };
    var INTERNAL = Symbol("INTERNAL");
    function assertInternal(x) {
      if (x !== INTERNAL) throw new Error("Illegal constructor");
    }
    __name(assertInternal, "assertInternal");
    function isPoint(point) {
      return !!point && typeof point.row === "number" && typeof point.column === "number";
    }
    __name(isPoint, "isPoint");
    function setModule(module2) {
      C = module2;
    }
    __name(setModule, "setModule");
    var C;
    var LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      language;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
      }
      /** Get the current symbol of the lookahead iterator. */
      get currentTypeId() {
        return C._ts_lookahead_iterator_current_symbol(this[0]);
      }
      /** Get the current symbol name of the lookahead iterator. */
      get currentType() {
        return this.language.types[this.currentTypeId] || "ERROR";
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            if (C._ts_lookahead_iterator_next(this[0])) {
              return { done: false, value: this.currentType };
            }
            return { done: true, value: "" };
          }, "next")
        };
      }
    };
    function getText(tree, startIndex, endIndex, startPosition) {
      const length = endIndex - startIndex;
      let result = tree.textCallback(startIndex, startPosition);
      if (result) {
        startIndex += result.length;
        while (startIndex < endIndex) {
          const string = tree.textCallback(startIndex, startPosition);
          if (string && string.length > 0) {
            startIndex += string.length;
            result += string;
          } else {
            break;
          }
        }
        if (startIndex > endIndex) {
          result = result.slice(0, length);
        }
      }
      return result ?? "";
    }
    __name(getText, "getText");
    var Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        __lkmSetI32(address, offsetBytes);
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    var TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [2] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [3] = 0;
      // Internal handle for Wasm
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        const copy = new _TreeCursor(INTERNAL, this.tree);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        unmarshalTreeCursor(copy);
        return copy;
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this[0] = this[1] = this[2] = 0;
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        __lkmSetI32(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex);
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns the index of the child node if one was found, and returns
       * `null` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
      }
    };
    var Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        __lkmSetI32(address, index);
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        __lkmSetI32(address, index);
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = __lkmGetI32(TRANSFER_BUFFER);
          const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = __lkmGetI32(TRANSFER_BUFFER);
          const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (const node_type of types) {
          if (node_type == "ERROR") {
            symbols.push(65535);
          }
        }
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          __lkmSetI32(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2]);
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = __lkmGetI32(TRANSFER_BUFFER);
        const descendantAddress = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        __lkmSetI32(address, start2);
        __lkmSetI32(address + SIZE_OF_INT, end);
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        __lkmSetI32(address, start2);
        __lkmSetI32(address + SIZE_OF_INT, end);
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        if (this.startIndex >= edit.oldEndIndex) {
          this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
          let subbedPointRow;
          let subbedPointColumn;
          if (this.startPosition.row > edit.oldEndPosition.row) {
            subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
            subbedPointColumn = this.startPosition.column;
          } else {
            subbedPointRow = 0;
            subbedPointColumn = this.startPosition.column;
            if (this.startPosition.column >= edit.oldEndPosition.column) {
              subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
            }
          }
          if (subbedPointRow > 0) {
            this.startPosition.row += subbedPointRow;
            this.startPosition.column = subbedPointColumn;
          } else {
            this.startPosition.column += subbedPointColumn;
          }
        } else if (this.startIndex > edit.startIndex) {
          this.startIndex = edit.newEndIndex;
          this.startPosition.row = edit.newEndPosition.row;
          this.startPosition.column = edit.newEndPosition.column;
        }
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    function unmarshalCaptures(query, tree, address, patternIndex, result) {
      for (let i2 = 0, n = result.length; i2 < n; i2++) {
        const captureIndex = __lkmGetI32(address);
        address += SIZE_OF_INT;
        const node = unmarshalNode(tree, address);
        address += SIZE_OF_NODE;
        result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
      }
      return address;
    }
    __name(unmarshalCaptures, "unmarshalCaptures");
    function marshalNode(node, index = 0) {
      let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
      __lkmSetI32(address, node.id);
      address += SIZE_OF_INT;
      __lkmSetI32(address, node.startIndex);
      address += SIZE_OF_INT;
      __lkmSetI32(address, node.startPosition.row);
      address += SIZE_OF_INT;
      __lkmSetI32(address, node.startPosition.column);
      address += SIZE_OF_INT;
      __lkmSetI32(address, node[0]);
    }
    __name(marshalNode, "marshalNode");
    function unmarshalNode(tree, address = TRANSFER_BUFFER) {
      const id = __lkmGetI32(address);
      address += SIZE_OF_INT;
      if (id === 0) return null;
      const index = __lkmGetI32(address);
      address += SIZE_OF_INT;
      const row = __lkmGetI32(address);
      address += SIZE_OF_INT;
      const column = __lkmGetI32(address);
      address += SIZE_OF_INT;
      const other = __lkmGetI32(address);
      const result = new Node(INTERNAL, {
        id,
        tree,
        startIndex: index,
        startPosition: { row, column },
        other
      });
      return result;
    }
    __name(unmarshalNode, "unmarshalNode");
    function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
      __lkmSetI32(address + 0 * SIZE_OF_INT, cursor[0]);
      __lkmSetI32(address + 1 * SIZE_OF_INT, cursor[1]);
      __lkmSetI32(address + 2 * SIZE_OF_INT, cursor[2]);
      __lkmSetI32(address + 3 * SIZE_OF_INT, cursor[3]);
    }
    __name(marshalTreeCursor, "marshalTreeCursor");
    function unmarshalTreeCursor(cursor) {
      cursor[0] = __lkmGetI32(TRANSFER_BUFFER + 0 * SIZE_OF_INT);
      cursor[1] = __lkmGetI32(TRANSFER_BUFFER + 1 * SIZE_OF_INT);
      cursor[2] = __lkmGetI32(TRANSFER_BUFFER + 2 * SIZE_OF_INT);
      cursor[3] = __lkmGetI32(TRANSFER_BUFFER + 3 * SIZE_OF_INT);
    }
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    function marshalPoint(address, point) {
      __lkmSetI32(address, point.row);
      __lkmSetI32(address + SIZE_OF_INT, point.column);
    }
    __name(marshalPoint, "marshalPoint");
    function unmarshalPoint(address) {
      const result = {
        row: __lkmGetI32(address) >>> 0,
        column: __lkmGetI32(address + SIZE_OF_INT) >>> 0
      };
      return result;
    }
    __name(unmarshalPoint, "unmarshalPoint");
    function marshalRange(address, range) {
      marshalPoint(address, range.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, range.endPosition);
      address += SIZE_OF_POINT;
      __lkmSetI32(address, range.startIndex);
      address += SIZE_OF_INT;
      __lkmSetI32(address, range.endIndex);
      address += SIZE_OF_INT;
    }
    __name(marshalRange, "marshalRange");
    function unmarshalRange(address) {
      const result = {};
      result.startPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.endPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.startIndex = __lkmGetI32(address) >>> 0;
      address += SIZE_OF_INT;
      result.endIndex = __lkmGetI32(address) >>> 0;
      return result;
    }
    __name(unmarshalRange, "unmarshalRange");
    function marshalEdit(edit, address = TRANSFER_BUFFER) {
      marshalPoint(address, edit.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.oldEndPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.newEndPosition);
      address += SIZE_OF_POINT;
      __lkmSetI32(address, edit.startIndex);
      address += SIZE_OF_INT;
      __lkmSetI32(address, edit.oldEndIndex);
      address += SIZE_OF_INT;
      __lkmSetI32(address, edit.newEndIndex);
      address += SIZE_OF_INT;
    }
    __name(marshalEdit, "marshalEdit");
    function unmarshalLanguageMetadata(address) {
      const major_version = __lkmGetI32(address);
      const minor_version = __lkmGetI32(address += SIZE_OF_INT);
      const patch_version = __lkmGetI32(address += SIZE_OF_INT);
      return { major_version, minor_version, patch_version };
    }
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    var PREDICATE_STEP_TYPE_CAPTURE = 1;
    var PREDICATE_STEP_TYPE_STRING = 2;
    var QUERY_WORD_REGEX = /[\w-]+/g;
    var CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    var QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    var QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    function parseAnyPredicate(steps, index, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
        );
      }
      if (!isCaptureStep(steps[1])) {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
        );
      }
      const isPositive = operator === "eq?" || operator === "any-eq?";
      const matchAll = !operator.startsWith("any-");
      if (isCaptureStep(steps[2])) {
        const captureName1 = steps[1].name;
        const captureName2 = steps[2].name;
        textPredicates[index].push((captures) => {
          const nodes1 = [];
          const nodes2 = [];
          for (const c of captures) {
            if (c.name === captureName1) nodes1.push(c.node);
            if (c.name === captureName2) nodes2.push(c.node);
          }
          const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
            return positive ? n1.text === n2.text : n1.text !== n2.text;
          }, "compare");
          return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
        });
      } else {
        const captureName = steps[1].name;
        const stringValue2 = steps[2].value;
        const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
        const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
        textPredicates[index].push((captures) => {
          const nodes = [];
          for (const c of captures) {
            if (c.name === captureName) nodes.push(c.node);
          }
          const test = isPositive ? matches : doesNotMatch;
          return matchAll ? nodes.every(test) : nodes.some(test);
        });
      }
    }
    __name(parseAnyPredicate, "parseAnyPredicate");
    function parseMatchPredicate(steps, index, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      if (steps[2].type !== "string") {
        throw new Error(
          `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
        );
      }
      const isPositive = operator === "match?" || operator === "any-match?";
      const matchAll = !operator.startsWith("any-");
      const captureName = steps[1].name;
      const regex = new RegExp(steps[2].value);
      textPredicates[index].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        const test = /* @__PURE__ */ __name((text, positive) => {
          return positive ? regex.test(text) : !regex.test(text);
        }, "test");
        if (nodes.length === 0) return !isPositive;
        return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
      });
    }
    __name(parseMatchPredicate, "parseMatchPredicate");
    function parseAnyOfPredicate(steps, index, operator, textPredicates) {
      if (steps.length < 2) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      const isPositive = operator === "any-of?";
      const captureName = steps[1].name;
      const stringSteps = steps.slice(2);
      if (!stringSteps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const values = stringSteps.map((s) => s.value);
      textPredicates[index].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        if (nodes.length === 0) return !isPositive;
        return nodes.every((text) => values.includes(text)) === isPositive;
      });
    }
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
        );
      }
      if (!steps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const properties = operator === "is?" ? assertedProperties : refutedProperties;
      if (!properties[index]) properties[index] = {};
      properties[index][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseIsPredicate, "parseIsPredicate");
    function parseSetDirective(steps, index, setProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
      }
      if (!steps.every(isStringStep)) {
        throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
      }
      if (!setProperties[index]) setProperties[index] = {};
      setProperties[index][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseSetDirective, "parseSetDirective");
    function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
      if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
        const name2 = captureNames[stepValueId];
        steps.push({ type: "capture", name: name2 });
      } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
        steps.push({ type: "string", value: stringValues[stepValueId] });
      } else if (steps.length > 0) {
        if (steps[0].type !== "string") {
          throw new Error("Predicates must begin with a literal value");
        }
        const operator = steps[0].value;
        switch (operator) {
          case "any-not-eq?":
          case "not-eq?":
          case "any-eq?":
          case "eq?":
            parseAnyPredicate(steps, index, operator, textPredicates);
            break;
          case "any-not-match?":
          case "not-match?":
          case "any-match?":
          case "match?":
            parseMatchPredicate(steps, index, operator, textPredicates);
            break;
          case "not-any-of?":
          case "any-of?":
            parseAnyOfPredicate(steps, index, operator, textPredicates);
            break;
          case "is?":
          case "is-not?":
            parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
            break;
          case "set!":
            parseSetDirective(steps, index, setProperties);
            break;
          default:
            predicates[index].push({ operator, operands: steps.slice(1) });
        }
        steps.length = 0;
      }
    }
    __name(parsePattern, "parsePattern");
    var Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
          const errorByte = __lkmGetI32(TRANSFER_BUFFER);
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = __lkmGetI32(TRANSFER_BUFFER);
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = __lkmGetI32(TRANSFER_BUFFER);
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = __lkmGetI32(TRANSFER_BUFFER);
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = __lkmGetI32(stepAddress);
            stepAddress += SIZE_OF_INT;
            const stepValueId = __lkmGetI32(stepAddress);
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
      }
      /** Delete the query, freeing its resources. */
      delete() {
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const timeoutMicros = options.timeoutMicros ?? 0;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          matchLimit,
          maxStartDepth,
          timeoutMicros
        );
        const rawCount = __lkmGetI32(TRANSFER_BUFFER);
        const startAddress = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const didExceedMatchLimit = __lkmGetI32(TRANSFER_BUFFER + 2 * SIZE_OF_INT);
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = __lkmGetI32(address);
          address += SIZE_OF_INT;
          const captureCount = __lkmGetI32(address);
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const timeoutMicros = options.timeoutMicros ?? 0;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          matchLimit,
          maxStartDepth,
          timeoutMicros
        );
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const startAddress = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const didExceedMatchLimit = __lkmGetI32(TRANSFER_BUFFER + 2 * SIZE_OF_INT);
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = __lkmGetI32(address);
          address += SIZE_OF_INT;
          const captureCount = __lkmGetI32(address);
          address += SIZE_OF_INT;
          const captureIndex = __lkmGetI32(address);
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the byte offset where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the byte offset where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if a given step in a query is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(byteIndex) {
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
      }
    };
    var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    var Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
       * Gets the version of the language.
       */
      get version() {
        return C._ts_language_version(this[0]);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata(this[0]);
        const length = __lkmGetI32(TRANSFER_BUFFER);
        const address = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        if (length === 0) return null;
        return unmarshalLanguageMetadata(address);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. Newly created lookahead iterators will return the `ERROR`
       * symbol from {@link LookaheadIterator#currentType}.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
       *
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      query(source) {
        console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
        return new Query(this, source);
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file or as a buffer.
       */
      static async load(input) {
        let bytes;
        if (input instanceof Uint8Array) {
          bytes = Promise.resolve(input);
        } else {
          if (globalThis.process?.versions.node) {
            const fs2 = await Promise.resolve().then(() => __toESM2(require("fs/promises")));
            bytes = fs2.readFile(input);
          } else {
            bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
              if (response.ok) {
                return new Uint8Array(buffer);
              } else {
                const body2 = new TextDecoder("utf-8").decode(buffer);
                throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
              }
            }));
          }
        }
        const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
        const symbolNames = Object.keys(mod);
        const functionName2 = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName2) {
          console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error("Language.load failed: no language function found in WASM file");
        }
        const languageAddress = mod[functionName2]();
        return new _Language(INTERNAL, languageAddress);
      }
    };
    var import_tree_sitter = __toESM(require_tree_sitter(), 1);
    var Module2 = null;
    async function initializeBinding(moduleOptions) {
      if (!Module2) {
        Module2 = await (0, import_tree_sitter.default)(moduleOptions);
      }
      return Module2;
    }
    __name(initializeBinding, "initializeBinding");
    function checkModule() {
      return !!Module2;
    }
    __name(checkModule, "checkModule");
    var TRANSFER_BUFFER;
    var LANGUAGE_VERSION;
    var MIN_COMPATIBLE_VERSION;
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      [1] = 0;
      // Internal handle for WASM
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the WASM module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = __lkmGetI32(TRANSFER_BUFFER);
        MIN_COMPATIBLE_VERSION = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = __lkmGetI32(TRANSFER_BUFFER);
        this[1] = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a timeout, cancellation,
       * or callback, then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = __lkmGetI32(TRANSFER_BUFFER);
        const buffer = __lkmGetI32(TRANSFER_BUFFER + SIZE_OF_INT);
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /**
       * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
       *
       * Get the duration in microseconds that parsing is allowed to take.
       *
       * This is set via {@link Parser#setTimeoutMicros}.
       */
      getTimeoutMicros() {
        return C._ts_parser_timeout_micros(this[0]);
      }
      /**
       * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
       *
       * Set the maximum duration in microseconds that parsing should be allowed
       * to take before halting.
       *
       * If parsing takes longer than this, it will halt early, returning `null`.
       * See {@link Parser#parse} for more information.
       */
      setTimeoutMicros(timeout) {
        C._ts_parser_set_timeout_micros(this[0], 0, timeout);
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    var __lkmLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    function __lkmSetI32(p, v) {
      if (__lkmLittleEndian) C.HEAP32[p >> 2] = v;
      else C.setValue(p, v, "i32");
    }
    function __lkmGetI32(p) {
      return __lkmLittleEndian ? C.HEAP32[p >> 2] : C.getValue(p, "i32");
    }
  }
});

// src/data/acquire-release.generated.json
var require_acquire_release_generated = __commonJS2({
  "src/data/acquire-release.generated.json"(exports2, module2) {
    "use strict";
    var parsed;
    var load = () => parsed ??= JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, "data", "acquire-release.generated.json"), "utf8"));
    Object.defineProperties(module2.exports, {
      "generatedBy": { get: () => load()["generatedBy"], enumerable: true },
      "sources": { get: () => load()["sources"], enumerable: true },
      "pairs": { get: () => load()["pairs"], enumerable: true },
      "returns": { get: () => load()["returns"], enumerable: true }
    });
  }
});

// src/engine/parallel/worker.ts
var import_node_worker_threads2 = require("node:worker_threads");

// src/model/c/syntax/loader.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_v8 = require("node:v8");
var import_node_worker_threads = require("node:worker_threads");
var import_web_tree_sitter = __toESM2(require_tree_sitter2(), 1);

// src/engine/parser-compile-policy.ts
var BASELINE_PARSER_MAX_BYTES = 768 * 1024;
var USER_WASM_FLAG = /--(no-)?(liftoff|wasm[-_])/;
function userSetWasmFlags(execArgv, nodeOptions) {
  return execArgv.some((a) => USER_WASM_FLAG.test(a)) || USER_WASM_FLAG.test(nodeOptions);
}
function baselineAtRunTime(v8Version) {
  return /^(11\.3|12\.4)\./.test(v8Version);
}

// src/model/c/syntax/loader.ts
var RUNTIME_WASM = "tree-sitter.wasm";
var GRAMMAR_WASM = "tree-sitter-c.wasm";
function locateWasm(file) {
  const here = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__lkmBundleUrl));
  const beside = [(0, import_node_path.join)(here, file), (0, import_node_path.join)(here, "..", file), (0, import_node_path.join)(process.cwd(), "dist", file)];
  const found = beside.find((p) => (0, import_node_fs.existsSync)(p));
  if (found) return found;
  const pkgPath = file === RUNTIME_WASM ? "web-tree-sitter/tree-sitter.wasm" : "tree-sitter-c/tree-sitter-c.wasm";
  const installed = [];
  try {
    installed.push((0, import_node_module.createRequire)(__lkmBundleUrl).resolve(pkgPath));
  } catch {
  }
  installed.push((0, import_node_path.join)(process.cwd(), "node_modules", ...pkgPath.split("/")));
  const candidates = [...beside, ...installed];
  const atLast = installed.find((p) => (0, import_node_fs.existsSync)(p));
  if (!atLast) throw new Error(`lkm-audit: cannot find ${file} (looked in ${candidates.join(", ")})`);
  return atLast;
}
var BASELINE_FLAGS = "--liftoff-only --no-wasm-lazy-compilation";
var DEFAULT_FLAGS = "--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering --wasm-lazy-compilation";
var loading;
var parser;
var compilation;
function loadCParser(cBytes) {
  loading ??= (async () => {
    compilation = compilationFor(cBytes);
    const baseline = compilation === "baseline";
    if (baseline) (0, import_node_v8.setFlagsFromString)(BASELINE_FLAGS);
    try {
      const grammar = new Uint8Array((0, import_node_fs.readFileSync)(locateWasm(GRAMMAR_WASM)));
      const compiling = WebAssembly.compile(grammar).catch(() => void 0);
      const runtime = locateWasm(RUNTIME_WASM);
      await import_web_tree_sitter.Parser.init({ locateFile: () => runtime });
      await compiling;
      const language = await import_web_tree_sitter.Language.load(grammar);
      const p = new import_web_tree_sitter.Parser();
      p.setLanguage(language);
      parser = p;
      return p;
    } finally {
      if (baseline) (0, import_node_v8.setFlagsFromString)(DEFAULT_FLAGS);
    }
  })();
  return loading;
}
function compilationFor(cBytes, execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? "", mainThread = import_node_worker_threads.isMainThread, v8Version = process.versions.v8) {
  if (userSetWasmFlags(execArgv, nodeOptions)) return "user flags";
  const small = cBytes !== void 0 && cBytes <= BASELINE_PARSER_MAX_BYTES;
  return mainThread && small && baselineAtRunTime(v8Version) ? "baseline" : "tiered";
}
function cParserIfLoaded() {
  return parser;
}

// src/engine/parallel/claims.ts
var CLAIM_SLOTS = 1 << 16;
var CLAIMED_BY_WORKER = 1;
function claim(claims2, id, who) {
  return id >= claims2.length || Atomics.compareExchange(claims2, id, 0, who) === 0;
}

// src/model/c/syntax/blank-gaps.ts
var MIN_GAP = 32;
var BLANKS = new RegExp(`\\s{${MIN_GAP}}`, "g");
var NON_BLANK = /\S/g;
function withoutBlanks(text, spans) {
  const out2 = [];
  for (const [start2, end] of spans) {
    let at = start2;
    BLANKS.lastIndex = start2;
    for (let m = BLANKS.exec(text); m && m.index < end; m = BLANKS.exec(text)) {
      NON_BLANK.lastIndex = m.index + MIN_GAP;
      const stop2 = NON_BLANK.exec(text)?.index ?? text.length;
      BLANKS.lastIndex = stop2;
      const gapEnd = Math.min(stop2, end) - 1;
      if (gapEnd <= m.index + 1) break;
      out2.push([at, m.index + 1]);
      at = gapEnd;
    }
    if (end > at) out2.push([at, end]);
  }
  return out2;
}
function parseRanges(pairs, lineAt, columnAt) {
  const point = (o) => ({ row: lineAt(o) - 1, column: columnAt(o) - 1 });
  return pairs.map(([a, b]) => ({ startIndex: a, endIndex: b, startPosition: point(a), endPosition: point(b) }));
}

// src/text/word.ts
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}

// src/analysis/correctness/int-locals.ts
var ZERO_COMPARE = [/[<>]=?[\s()\\]*0+[uUlL]*(?![\w.])/, /(?<![\w.])0+[uUlL]*[\s()\\]*[<>]/];
var ZERO_RIGHT = new RegExp(ZERO_COMPARE[0].source, "g");
var ZERO_LEFT = new RegExp(ZERO_COMPARE[1].source, "g");
var C_TOKEN = /[A-Za-z_]\w*|\d[\w.]*|->|\+\+|--|&&|\|\||==|!=|<=|>=|<<=?|>>=?|\S/g;
var WORD = /^[A-Za-z_]\w*$/;
var LEFT_OPEN = /* @__PURE__ */ new Set(["(", "{", "}", ";", ",", "&&", "||", "?", ":", "=", "==", "!=", "|", "^", "return", "else", "do"]);
var RIGHT_CLOSE = /* @__PURE__ */ new Set([")", "}", ";", ",", "&&", "||", "?", ":", "==", "!=", "|", "^", "]"]);
var NOT_TYPES = /* @__PURE__ */ new Set(["return", "case", "sizeof", "else", "do", "goto", "typeof", "__typeof__"]);
var INT_PREFIX = /* @__PURE__ */ new Set(["const", "static", "register", "volatile"]);
function zeroComparesOnIntLocals(header, body2, bodyTokens = () => body2.match(C_TOKEN) ?? []) {
  const names3 = /* @__PURE__ */ new Set();
  ZERO_RIGHT.lastIndex = 0;
  for (let m = ZERO_RIGHT.exec(body2); m; m = ZERO_RIGHT.exec(body2)) {
    const name2 = nameBefore(body2, m.index);
    if (name2 === void 0) return false;
    names3.add(name2);
  }
  ZERO_LEFT.lastIndex = 0;
  for (let m = ZERO_LEFT.exec(body2); m; m = ZERO_LEFT.exec(body2)) {
    const name2 = nameAfter(body2, m.index + m[0].length);
    if (name2 === void 0) return false;
    names3.add(name2);
  }
  if (names3.size === 0) return false;
  const headerTokens = header.match(C_TOKEN) ?? [];
  const tokens = bodyTokens();
  for (const name2 of names3) if (!declaredIntOnly(name2, headerTokens, tokens)) return false;
  return true;
}
var isBlank = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 92;
function nameBefore(text, at) {
  const prev = text.charCodeAt(at - 1);
  if (prev === 60 || prev === 62 || prev === 45) return void 0;
  let end = at;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start2 = end;
  while (start2 > 0 && isWordChar(text.charCodeAt(start2 - 1))) start2--;
  const name2 = text.slice(start2, end);
  if (!WORD.test(name2) || NOT_TYPES.has(name2)) return void 0;
  let before = start2;
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
  return LEFT_OPEN.has(tokenEndingAt(text, before)) ? name2 : void 0;
}
function tokenEndingAt(text, end) {
  if (end === 0) return "{";
  const c = text[end - 1];
  if (isWordChar(text.charCodeAt(end - 1))) {
    let s = end - 1;
    while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
    return text.slice(s, end);
  }
  const two = end >= 2 ? text.slice(end - 2, end) : "";
  if (two === "&&" || two === "||" || two === "==" || two === "!=") return two;
  if ((c === "=" || c === "|" || c === "&") && end >= 2 && "=!<>+-*/%&|^".includes(text[end - 2])) return "#";
  return c;
}
function nameAfter(text, after) {
  let i2 = after;
  if (text[i2] === "=") i2++;
  if (text[i2] === "<" || text[i2] === ">") return void 0;
  while (i2 < text.length && isBlank(text.charCodeAt(i2))) i2++;
  const start2 = i2;
  while (i2 < text.length && isWordChar(text.charCodeAt(i2))) i2++;
  const name2 = text.slice(start2, i2);
  if (!WORD.test(name2) || NOT_TYPES.has(name2)) return void 0;
  while (i2 < text.length && isBlank(text.charCodeAt(i2))) i2++;
  if (i2 === text.length) return name2;
  const next = text.slice(i2, i2 + 2);
  if (next === "&&" || next === "||" || next === "==" || next === "!=") return name2;
  if ((next[0] === "&" || next[0] === "|" || next[0] === "^") && next[1] !== "=") return name2;
  return RIGHT_CLOSE.has(next[0]) ? name2 : void 0;
}
function declaredIntOnly(name2, header, body2) {
  let declared = false;
  let depth = 0;
  for (let i2 = 0; i2 < header.length; i2++) {
    const t = header[i2];
    if (t === "(") depth++;
    else if (t === ")") depth--;
    if (t !== name2) continue;
    if (depth !== 1 || !intBefore(header, i2) || header[i2 + 1] !== "," && header[i2 + 1] !== ")") return false;
    declared = true;
  }
  for (let i2 = 0; i2 < body2.length; i2++) {
    if (body2[i2] !== name2) continue;
    const prev = body2[i2 - 1];
    if (prev === "->" || prev === ".") continue;
    if (prev === "int") {
      if (!intBefore(body2, i2, true) || body2[i2 + 1] === "[" || body2[i2 + 1] === "(") return false;
      declared = true;
    } else if (prev === "*") {
      let j = i2 - 1;
      while (body2[j] === "*" || body2[j] === "const") j--;
      const t = body2[j];
      if (t === "," || t === ")" || t === "]" || WORD.test(t) && !NOT_TYPES.has(t)) return false;
    } else if (prev === ",") {
      const head = statementHead(body2, i2);
      if (head === void 0) continue;
      if (head !== "int") return false;
      if (body2[i2 + 1] === "[" || body2[i2 + 1] === "(") return false;
      declared = true;
    } else if (prev !== void 0 && WORD.test(prev) && !NOT_TYPES.has(prev)) return false;
  }
  return declared;
}
function intBefore(tokens, at, local = false) {
  if (tokens[at - 1] !== "int") return false;
  let j = at - 2;
  while (INT_PREFIX.has(tokens[j])) j--;
  const t = tokens[j];
  if (t === void 0 || t === "{" || t === "}" || t === ";") return true;
  if (local) return t === "(" && tokens[j - 1] === "for";
  return t === "(" || t === ",";
}
function statementHead(tokens, at) {
  let depth = 0;
  let j = at - 1;
  for (; j >= 0; j--) {
    const t = tokens[j];
    if (t === ")" || t === "]") depth++;
    else if (t === "(" || t === "[") {
      if (depth === 0) {
        if (tokens[j - 1] !== "for" || t !== "(") return void 0;
        break;
      }
      depth--;
    } else if (depth === 0 && (t === ";" || t === "{" || t === "}")) break;
  }
  let k = j + 1;
  while (INT_PREFIX.has(tokens[k])) k++;
  return tokens[k] === "int" ? "int" : tokens[k] ?? "";
}

// src/text/name-index.ts
function nameHashes(names3) {
  const out2 = new Uint32Array(names3.size);
  let i2 = 0;
  for (const name2 of names3) out2[i2++] = nameHash(name2);
  return out2;
}
function nameHash(name2) {
  return nameHashAt(name2, 0, name2.length);
}
function nameHashAt(text, start2, end) {
  let h = 2166136261;
  for (let i2 = start2; i2 < end; i2++) h = Math.imul(h ^ text.charCodeAt(i2), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}

// src/text/space.ts
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c > 127 && /\s/.test(String.fromCharCode(c));
}

// src/text/name-bracket.ts
var DEFAULTS = {};
function nextNameBracket(text, bracket, from = 0, options = DEFAULTS, into) {
  const tabsOnly = options.blanks === "tabs";
  const afterLetter = options.startAfter === "letter";
  for (let at = text.indexOf(bracket, from); at >= 0; at = text.indexOf(bracket, at + 1)) {
    let j = at - 1;
    if (tabsOnly) while (j >= from && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    else while (j >= from && isSpace(text.charCodeAt(j))) j--;
    const end = j + 1;
    while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
    const run2 = j + 1;
    if (run2 === end) continue;
    for (let s = Math.max(run2, from); s < end; s++) {
      const c = text.charCodeAt(s);
      if (!isNameStart(c)) continue;
      const before = s === 0 ? 0 : text.charCodeAt(s - 1);
      if (s === 0 || (afterLetter ? !isNameStart(before) : !isWordChar(before))) {
        if (into === void 0) return { start: s, end, bracket: at };
        into.start = s;
        into.end = end;
        into.bracket = at;
        return into;
      }
      if (!afterLetter) break;
    }
  }
  return void 0;
}

// src/analysis/correctness/fact-candidates.ts
var IDENTICAL_OPS = /* @__PURE__ */ new Set(["&&", "||", "==", "!=", "-", "^", "&", "|"]);
var CHAIN_OPS = /* @__PURE__ */ new Set(["&&", "||", "&", "|"]);
function mayCompareWithZero(code) {
  return ZERO_COMPARE[0].test(code) || ZERO_COMPARE[1].test(code);
}
function bodyMayHoldFacts(text, start2, end, statement = start2 - 1) {
  const body2 = text.slice(start2, end);
  let made;
  const bodyTokens = () => made ??= body2.match(C_TOKEN) ?? [];
  if (mayCompareWithZero(body2) && !zeroComparesOnIntLocals(text.slice(statement, start2 - 1), body2, bodyTokens)) return true;
  if (made !== void 0) return tokensMayRepeatOperand(made);
  let depth = 0;
  let from = 0;
  let operator = false;
  STATEMENT_CHARS.lastIndex = 0;
  while (STATEMENT_CHARS.test(body2)) {
    const i2 = STATEMENT_CHARS.lastIndex - 1;
    const c = body2.charCodeAt(i2);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) {
      if (operator && tokensMayRepeatOperand(body2.slice(from, i2).match(C_TOKEN) ?? [])) return true;
      from = i2 + 1;
      operator = false;
    } else operator ||= mayBeOperator(body2, i2, c);
  }
  return operator && tokensMayRepeatOperand(body2.slice(from).match(C_TOKEN) ?? []);
}
var STATEMENT_CHARS = /[()[\];&|^=-]/g;
function mayBeOperator(body2, i2, c) {
  if (c === 38 || c === 124 || c === 94) return true;
  if (c === 61) {
    const before = i2 > 0 ? body2.charCodeAt(i2 - 1) : 0;
    return before === 61 || before === 33;
  }
  return c === 45 && body2.charCodeAt(i2 + 1) !== 62;
}
function tokensMayRepeatOperand(tokens) {
  if (tokens.length === 0) return false;
  let depth = 0;
  let from = 0;
  const ops = [];
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const t = tokens[i2];
    if (t === "(" || t === "[") depth++;
    else if (t === ")" || t === "]") depth = Math.max(0, depth - 1);
    else if (t === ";" && depth === 0) {
      if (mayRepeatOperand(tokens, from, i2, ops)) return true;
      from = i2 + 1;
      ops.length = 0;
    } else if (IDENTICAL_OPS.has(t)) ops.push(i2);
  }
  return mayRepeatOperand(tokens, from, tokens.length, ops);
}
var PRECEDENCE = new Map([
  ...["*", "/", "%"].map((o) => [o, 13]),
  ...["+", "-"].map((o) => [o, 12]),
  ...["<<", ">>"].map((o) => [o, 11]),
  ...["<", "<=", ">", ">="].map((o) => [o, 10]),
  ...["==", "!="].map((o) => [o, 9]),
  ["&", 8],
  ["^", 7],
  ["|", 6],
  ["&&", 5],
  ["||", 4]
]);
var CONTINUES = /* @__PURE__ */ new Set(["(", "[", "->", ".", "++", "--"]);
var TAKES_NEXT = /* @__PURE__ */ new Set(["!", "~", "++", "--", "->", ".", "sizeof"]);
var KEYWORDS = /* @__PURE__ */ new Set(["return", "if", "while", "switch", "case", "else", "do"]);
function leftMayStart(tokens, from, j, closings, chainOp, startsAfter) {
  const before = (i2) => i2 > from ? tokens[i2 - 1] : void 0;
  if (closings === 0) return startsAfter(before(j));
  if (chainOp !== void 0 && before(j) === chainOp) return true;
  for (let c = 1; c <= closings; c++) if (before(j - c + 1) !== "(") return false;
  const t = before(j - closings);
  if (t !== void 0 && /^[A-Za-z_]\w*$/.test(t) && !KEYWORDS.has(t)) return false;
  return startsAfter(t);
}
function mayRepeatOperand(tokens, from, end, ops) {
  for (const q of ops) {
    const op = tokens[q];
    const chain = CHAIN_OPS.has(op);
    const prec = PRECEDENCE.get(op) ?? 0;
    const startsAfter = (t) => {
      if (t === void 0 || chain && t === op) return true;
      const binary2 = PRECEDENCE.get(t);
      return binary2 === void 0 ? !TAKES_NEXT.has(t) : binary2 < prec;
    };
    const endsBefore = (t) => t === void 0 || !CONTINUES.has(t) && (PRECEDENCE.get(t) ?? 0) <= prec;
    for (let rs = q + 1, opened = 0; rs < end; rs++, opened++) {
      const first = tokens[rs];
      if (first === "{") return true;
      for (let j = from; j < q; j++) {
        if (tokens[j] !== first) continue;
        let depth = 0;
        for (let k = 1; j + k <= q && rs + k <= end && tokens[j + k - 1] === tokens[rs + k - 1]; k++) {
          const t = tokens[j + k - 1];
          if (t === "(" || t === "[") depth++;
          else if (t === ")" || t === "]") depth--;
          if (depth < 0) break;
          if (depth > 0) continue;
          let p = j + k;
          while (p < q && tokens[p] === ")") p++;
          if (p !== q && !(chain && tokens[p] === op)) continue;
          if (!leftMayStart(tokens, from, j, p - j - k, chain ? op : void 0, startsAfter)) continue;
          let after = rs + k;
          let closed = 0;
          while (closed < opened && tokens[after] === ")") {
            after++;
            closed++;
          }
          const next = after < end ? tokens[after] : void 0;
          if (closed < opened && !(chain && next === op)) continue;
          if (endsBefore(next)) return true;
        }
      }
      if (first !== "(") break;
    }
  }
  return false;
}
var IDENTIFIER = /[A-Za-z_]\w*/g;
var TAG = { startAfter: "letter" };
var TYPEDEF = /\btypedef\b/g;
var structTag = (name2) => `s:${name2}`;
var typedefName = (name2) => `t:${name2}`;
function declaredNames(text, spans) {
  const names3 = /* @__PURE__ */ new Set();
  const eachInSpans = (find, use) => {
    let k = 0;
    for (let at = find(spans[0]); at >= 0; ) {
      while (k < spans.length && at >= spans[k + 1]) k += 2;
      if (k >= spans.length) return;
      at = at < spans[k] ? find(spans[k]) : find(use(at, spans[k + 1]));
    }
  };
  const byRegex = (re) => (from) => {
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  };
  const nextName = (from) => {
    NAME_START.lastIndex = from;
    return NAME_START.test(text) ? NAME_START.lastIndex - 1 : -1;
  };
  eachInSpans(nextName, (at) => {
    let end = at + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    names3.add(text.slice(at, end));
    return end;
  });
  let tag;
  eachInSpans(
    (from) => (tag = nextNameBracket(text, "{", from, TAG))?.start ?? -1,
    (at) => {
      const { end, bracket } = tag;
      names3.add(structTag(text.slice(at, end)));
      return bracket + 1;
    }
  );
  eachInSpans(byRegex(TYPEDEF), (at, spanEnd) => {
    const end = statementEnd(text, at, spanEnd);
    let declarators = end;
    for (let i2 = end - 1; i2 > at; i2--) {
      if (text.charCodeAt(i2) === 125) {
        declarators = i2;
        break;
      }
    }
    IDENTIFIER.lastIndex = at;
    for (let id = IDENTIFIER.exec(text); id && id.index < end; id = IDENTIFIER.exec(text)) {
      names3.add(typedefName(id[0]));
      if (id.index > declarators) names3.add(structTag(id[0]));
    }
    return end;
  });
  return names3;
}
var TOP_LEVEL = /[{}();]/g;
var BRACES = /[{}]/g;
var NAME_START = /[A-Za-z_]/g;
function statementEnd(text, from, limit) {
  let depth = 0;
  for (let i2 = from; i2 < limit; i2++) {
    const c = text[i2];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === ";" && depth <= 0) return i2;
  }
  return limit;
}
function firstReading(text, lineAt, columnAt) {
  const kept = [];
  const outsideBodies = [];
  let outside = 0;
  eachFunctionBody(text, (open, close, statement) => {
    outsideBodies.push(outside, open);
    outside = close;
    if (bodyMayHoldFacts(text, open + 1, Math.min(close, text.length), statement)) kept.push([statement, Math.min(close + 1, text.length)]);
  });
  outsideBodies.push(outside, text.length);
  const names3 = nameHashes(declaredNames(text, outsideBodies));
  if (kept.length === 0) return { names: names3 };
  return { ranges: parseRanges(withoutBlanks(text, kept), lineAt, columnAt), names: names3 };
}
function eachFunctionBody(text, visit2) {
  let statement = 0;
  let parens = 0;
  TOP_LEVEL.lastIndex = 0;
  while (TOP_LEVEL.test(text)) {
    const at = TOP_LEVEL.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 40) parens++;
    else if (c === 41) parens = Math.max(0, parens - 1);
    else if (c === 59) {
      if (parens === 0) statement = at + 1;
    } else if (c === 123) {
      const close = blockEnd(text, at);
      const open = at;
      TOP_LEVEL.lastIndex = close + 1;
      if (!afterParameters(text, open)) continue;
      visit2(open, close, statement);
      statement = close + 1;
      parens = 0;
    }
  }
}
function afterParameters(text, open) {
  let i2 = open - 1;
  while (i2 >= 0 && isSpace(text.charCodeAt(i2))) i2--;
  if (text[i2] === ")") return true;
  const wordEnd = i2;
  while (i2 >= 0 && isWordChar(text.charCodeAt(i2))) i2--;
  if (i2 === wordEnd) return false;
  while (i2 >= 0 && isSpace(text.charCodeAt(i2))) i2--;
  return text[i2] === ")";
}
function blockEnd(text, open) {
  let depth = 0;
  BRACES.lastIndex = open;
  while (BRACES.test(text)) {
    const i2 = BRACES.lastIndex - 1;
    if (text.charCodeAt(i2) === 123) depth++;
    else if (--depth === 0) return i2;
  }
  return text.length;
}

// src/model/c/syntax/annotation-names.ts
function annotationNames(plainAnnotations) {
  const named = new RegExp(`\\b(?:__[A-Za-z0-9_]*|(?:${plainAnnotations.join("|")})(?![A-Za-z0-9_]))`, "g");
  return (text) => {
    const out2 = [];
    const iterators = iteratorNames(text);
    let k = 0;
    named.lastIndex = 0;
    for (let m = named.exec(text); m; m = named.exec(text)) {
      while (k < iterators.length && iterators[k] < m.index) out2.push(iterators[k++], iterators[k++]);
      out2.push(m.index, m.index + m[0].length);
    }
    while (k < iterators.length) out2.push(iterators[k++], iterators[k++]);
    return out2;
  };
}
var FOR_EACH = /[Ff][Oo][Rr]_[Ee][Aa][Cc][Hh]/g;
function iteratorNames(text) {
  const out2 = [];
  FOR_EACH.lastIndex = 0;
  while (FOR_EACH.test(text)) {
    const hit = FOR_EACH.lastIndex - 8;
    let start2 = hit;
    while (start2 > 0 && isWordChar(text.charCodeAt(start2 - 1))) start2--;
    let end = FOR_EACH.lastIndex;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    FOR_EACH.lastIndex = end;
    const first = text.charCodeAt(start2);
    if (start2 !== hit && first >= 48 && first <= 57) continue;
    if (first === 95 && text.charCodeAt(start2 + 1) === 95) continue;
    out2.push(start2, end);
  }
  return out2;
}

// src/text/latin1.ts
var WIDE = /[^\x00-\xff]/;
function beyondLatin1(text) {
  return WIDE.test(text);
}
function blankKeepingLines(buffer, at, text, start2, end) {
  if (end <= start2) return;
  buffer.fill(32, at + start2, at + end);
  for (let nl = text.indexOf("\n", start2); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) buffer[at + nl] = 10;
}

// src/model/c/syntax/edit-buffer.ts
var SPACE = 32;
var NEWLINE = 10;
var UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
var EditBuffer = class {
  original;
  /**
   * The units, copied from the text at the first edit that changes one: one byte each while every unit is below 256
   * (nearly always: comments and strings are masked), read back as a one-byte string, which is a copy (decoding
   * UTF-16 was a sixth of preparing a slice) and which the expressions that read it next scan faster; else UTF-16.
   */
  codes;
  /** The buffer as a string, kept until the next change: the preparation reads it several times between edits. */
  text;
  constructor(text) {
    this.original = text;
    this.text = text;
  }
  get length() {
    return this.original.length;
  }
  /** Replaces the character at `i` by `ch` (one UTF-16 unit). */
  set(i2, ch) {
    if (i2 < 0 || i2 >= this.original.length) return;
    const c = ch.charCodeAt(0);
    let codes = this.units();
    if (codes[i2] === c) return;
    if (c > 255 && !(codes instanceof Uint16Array)) codes = this.widen(codes);
    codes[i2] = c;
    this.text = void 0;
  }
  /** Spaces over [from, to), keeping line breaks so that lines stay where they were. */
  blank(from, to) {
    const end = Math.min(to, this.original.length);
    for (let i2 = Math.max(0, from); i2 < end; i2++) {
      const c = this.codes ? this.codes[i2] : this.original.charCodeAt(i2);
      if (c === NEWLINE || c === SPACE) continue;
      this.units()[i2] = SPACE;
      this.text = void 0;
    }
  }
  toString() {
    if (this.text === void 0) {
      const codes = this.units();
      this.text = codes instanceof Uint16Array ? UTF16.decode(codes) : codes.toString("latin1");
    }
    return this.text;
  }
  units() {
    if (!this.codes) {
      const t = this.original;
      this.codes = beyondLatin1(t) ? this.widen(t) : Buffer.from(t, "latin1");
    }
    return this.codes;
  }
  /** UTF-16 units of `from` (the text, or bytes that must now hold a unit above 255). */
  widen(from) {
    const codes = new Uint16Array(from.length);
    if (typeof from === "string") for (let i2 = 0; i2 < codes.length; i2++) codes[i2] = from.charCodeAt(i2);
    else codes.set(from);
    this.codes = codes;
    return codes;
  }
};

// src/model/c/syntax/repair.ts
var TABS = { blanks: "tabs" };
var KEYWORDS2 = /* @__PURE__ */ new Set([
  "if",
  "else",
  "while",
  "for",
  "do",
  "switch",
  "case",
  "default",
  "return",
  "goto",
  "sizeof",
  "typeof",
  "__typeof__",
  "_Alignof",
  "alignof",
  "defined",
  "struct",
  "union",
  "enum",
  "const",
  "volatile",
  "static",
  "break",
  "continue"
]);
var TYPE_ARG = /^(?:(?:const|volatile)\s+)*(?:(?:struct|union|enum)\s+\w+|(?:unsigned|signed|long|short|int|char|void|float|double|_Bool)(?:\s+(?:unsigned|signed|long|short|int|char))+|(?:unsigned|signed)|\w+(?=\s*\*))(?:\s*\*)*(?:\s*const)?$/;
function repairSlice(text, chars) {
  typeArguments(text, chars);
  macroStrings(text, chars);
  caseRanges(text, chars);
  return { statements: statementMacros(chars.toString(), chars) };
}
function typeArguments(text, chars) {
  const hit = { start: 0, end: 0, bracket: 0 };
  for (let h = nextNameBracket(text, "(", 0, void 0, hit); h; h = nextNameBracket(text, "(", h.bracket + 1, void 0, hit)) {
    if (KEYWORDS2.has(text.slice(h.start, h.end))) continue;
    const count = topLevelArgs(text, h.bracket);
    for (let a = 0; a < count; a += 2) {
      const from = ARG_BOUNDS[a];
      const to = ARG_BOUNDS[a + 1];
      if (!mayBeType(text, from, to)) continue;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const arg = raw.trim();
      if (!arg || arg.includes("\n") || !TYPE_ARG.test(arg)) continue;
      const at = from + lead;
      for (let i2 = 0; i2 < arg.length; i2++) chars.set(at + i2, i2 === 0 ? "_" : /[\s*]/.test(arg[i2]) ? "_" : arg[i2]);
    }
  }
}
function mayBeType(text, from, to) {
  let first = -1;
  let spaced = false;
  for (let i2 = from; i2 < to; i2++) {
    const c = text.charCodeAt(i2);
    if (c > 127) return true;
    if (c === 32 || c >= 9 && c <= 13 || c === 42) spaced ||= first >= 0;
    else if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95) first = first < 0 ? c : first;
    else return false;
  }
  return spaced || first === 115 || first === 117;
}
var ARG_BOUNDS = [];
var ARG_CHARS = /[()[\]{},;]/g;
function topLevelArgs(text, open) {
  let n = 0;
  let depth = 0;
  let start2 = open + 1;
  ARG_CHARS.lastIndex = open;
  while (ARG_CHARS.test(text)) {
    const i2 = ARG_CHARS.lastIndex - 1;
    const c = text.charCodeAt(i2);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth === 0) {
        ARG_BOUNDS[n++] = start2;
        ARG_BOUNDS[n++] = i2;
        return n;
      }
    } else if (c === 44 && depth === 1) {
      ARG_BOUNDS[n++] = start2;
      ARG_BOUNDS[n++] = i2;
      start2 = i2 + 1;
    } else if (c === 59 && depth <= 1) return 0;
  }
  return 0;
}
function macroStrings(text, chars) {
  for (let i2 = text.indexOf('"'); i2 >= 0; ) {
    const close = text.indexOf('"', i2 + 1);
    if (close < 0) return;
    blankPiecesBefore(text, chars, i2);
    blankPiecesAfter(text, chars, close + 1);
    i2 = text.indexOf('"', close + 1);
  }
  for (const m of text.matchAll(STRING_CALL)) blankPiecesBefore(text, chars, m.index ?? 0);
}
var STRING_CALL = /\b(?:__stringify|pr_fmt|dev_fmt|stringify)\s*\(/g;
function blankPiecesBefore(text, chars, quote) {
  let end = quote;
  for (; ; ) {
    let j = end - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j < 0) return;
    let stop2 = j + 1;
    if (text[j] === ")") {
      let depth = 0;
      let k2 = j;
      for (; k2 >= 0; k2--) {
        if (text[k2] === ")") depth++;
        else if (text[k2] === "(" && --depth === 0) break;
      }
      let n = k2 - 1;
      while (n >= 0 && isSpace(text.charCodeAt(n))) n--;
      const idEnd = n + 1;
      while (n >= 0 && isWordChar(text.charCodeAt(n))) n--;
      const name2 = text.slice(n + 1, idEnd);
      if (!/^(__stringify|pr_fmt|dev_fmt|stringify)$/.test(name2)) return;
      blankRange(chars, n + 1, stop2);
      end = n + 1;
      continue;
    }
    if (!isWordChar(text.charCodeAt(j))) return;
    let k = j;
    while (k >= 0 && isWordChar(text.charCodeAt(k))) k--;
    const word = text.slice(k + 1, stop2);
    if (KEYWORDS2.has(word) || /^\d/.test(word)) return;
    blankRange(chars, k + 1, stop2);
    end = k + 1;
    stop2 = end;
  }
}
function blankPiecesAfter(text, chars, from) {
  let j = from;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let k = j;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  const word = text.slice(j, k);
  if (!word || KEYWORDS2.has(word) || /^\d/.test(word)) return;
  let n = k;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  if (!/[),;"]/.test(text[n] ?? "")) return;
  blankRange(chars, j, k);
}
function blankRange(chars, from, to) {
  chars.blank(from, to);
}
function caseRanges(text, chars) {
  for (const m of text.matchAll(/\.\.\./g)) {
    const at = m.index ?? 0;
    chars.set(at, " ");
    chars.set(at + 1, " ");
    chars.set(at + 2, "-");
  }
}
function statementMacros(text, chars) {
  let count = 0;
  const hit = { start: 0, end: 0, bracket: 0 };
  for (let h = nextNameBracket(text, "(", 0, TABS, hit); h; h = nextNameBracket(text, "(", h.bracket + 1, TABS, hit)) {
    const at = h.start;
    if (!startsStatement(text, at) || KEYWORDS2.has(text.slice(at, h.end))) continue;
    const close = matchParen(text, h.bracket);
    if (close < 0) continue;
    let i2 = close + 1;
    while (i2 < text.length && (text[i2] === " " || text[i2] === "	" || text[i2] === "\r")) i2++;
    if (text[i2] !== "\n") continue;
    let j = i2 + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (!/[A-Za-z_}]/.test(text[j] ?? "")) continue;
    const next = /^[A-Za-z_]\w*/.exec(text.slice(j))?.[0];
    if (next === "else") continue;
    const gap = text.slice(i2 + 1, j);
    const slot = gap.search(/[ \t]/);
    if (slot < 0) continue;
    chars.set(i2 + 1 + slot, ";");
    count++;
  }
  return count;
}
function matchParen(code, open) {
  let depth = 0;
  for (let i2 = open; i2 < code.length; i2++) {
    const c = code[i2];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i2;
    else if ((c === ";" || c === "{" || c === "}") && depth > 0) return -1;
  }
  return -1;
}
function startsStatement(s, at) {
  let i2 = at - 1;
  while (i2 >= 0 && isSpace(s.charCodeAt(i2))) i2--;
  if (i2 < 0) return false;
  if (s[i2] === "{") return !initializerBrace(s, i2);
  if (";}".includes(s[i2])) return true;
  if (s[i2] === ":" && s[i2 - 1] !== ":") {
    const line = s.slice(s.lastIndexOf("\n", i2) + 1, i2 + 1).trim();
    return /^[A-Za-z_]\w*:$/.test(line) && line !== "default:";
  }
  return false;
}
function initializerBrace(s, at) {
  let i2 = at - 1;
  while (i2 >= 0 && isSpace(s.charCodeAt(i2))) i2--;
  if (s[i2] === "=" || s[i2] === ",") return true;
  return s[i2] === "{" && initializerBrace(s, i2);
}

// src/model/c/never-built.ts
var ALWAYS_DEFINED = /* @__PURE__ */ new Set(["__KERNEL__", "__linux__", "__linux", "__gnu_linux__", "__GNUC__"]);
var NEVER_DEFINED = /* @__PURE__ */ new Set([
  "_WIN32",
  "_WIN64",
  "WIN32",
  "WIN64",
  "__WIN32__",
  "_WINDOWS",
  "__WINDOWS__",
  "_MSC_VER",
  "__CYGWIN__",
  "__MINGW32__",
  "__MINGW64__",
  "__APPLE__",
  "__MACH__",
  "__FreeBSD__",
  "__FreeBSD_kernel__",
  "__NetBSD__",
  "__OpenBSD__",
  "__DragonFly__",
  "__sun",
  "__sun__",
  "__SVR4",
  "__HAIKU__",
  "__QNX__",
  "__QNXNTO__",
  "_AIX",
  "__hpux",
  "__VXWORKS__",
  "__ANDROID__",
  "__EMSCRIPTEN__",
  "_KERNEL",
  // the BSD kernels' counterpart of __KERNEL__
  "KERNEL"
  // xnu
]);
function evalCondition(expr) {
  const tokens = expr.match(/defined|\|\||&&|[A-Za-z_]\w*|\d+[uUlL]*|[()!]|\S/g) ?? [];
  let i2 = 0;
  const peek = () => tokens[i2];
  const or = () => {
    let v2 = and();
    while (peek() === "||") {
      i2++;
      const r = and();
      v2 = v2 === true || r === true ? true : v2 === false && r === false ? false : void 0;
    }
    return v2;
  };
  const and = () => {
    let v2 = unary();
    while (peek() === "&&") {
      i2++;
      const r = unary();
      v2 = v2 === false || r === false ? false : v2 === true && r === true ? true : void 0;
    }
    return v2;
  };
  const unary = () => {
    const t = tokens[i2++];
    if (t === "!") {
      const v2 = unary();
      return v2 === void 0 ? void 0 : !v2;
    }
    if (t === "(") {
      const v2 = or();
      if (tokens[i2] === ")") i2++;
      else return void 0;
      return v2;
    }
    if (t === "defined") {
      const paren = peek() === "(";
      if (paren) i2++;
      const name2 = tokens[i2++];
      if (paren && tokens[i2++] !== ")") return void 0;
      return definedTruth(name2);
    }
    if (t !== void 0 && /^\d/.test(t)) return Number.parseInt(t, 10) !== 0;
    if (t !== void 0 && /^[A-Za-z_]/.test(t)) return NEVER_DEFINED.has(t) ? false : void 0;
    return void 0;
  };
  const v = or();
  return i2 === tokens.length ? v : void 0;
}
function definedTruth(name2) {
  if (name2 === void 0) return void 0;
  if (ALWAYS_DEFINED.has(name2)) return true;
  if (NEVER_DEFINED.has(name2)) return false;
  return void 0;
}
function directiveTruth(directive, expr) {
  if (directive === "ifdef" || directive === "elifdef") return definedTruth(expr.trim().split(/\s/)[0]);
  if (directive === "ifndef" || directive === "elifndef") {
    const v = definedTruth(expr.trim().split(/\s/)[0]);
    return v === void 0 ? void 0 : !v;
  }
  if (directive === "else") return true;
  return evalCondition(expr);
}
var BranchGroup = class {
  /** Why an earlier branch is always taken (`#if 1`, `#ifdef __KERNEL__`), once one is. */
  taken;
  enter(directive, expr) {
    const literal = isLiteral(directive, expr);
    const truth = directiveTruth(directive, expr);
    const earlier = this.taken;
    if (truth === true && !earlier) this.taken = literal ? "if-0" : "other-os";
    if (earlier) return earlier;
    if (truth === false) return literal ? "if-0" : "other-os";
    return void 0;
  }
};
function isLiteral(directive, expr) {
  return (directive === "if" || directive === "elif") && /^\(?\s*[01]\s*\)?$/.test(expr.trim());
}

// src/text/lines.ts
var starts32 = new Uint32Array(1 << 16);
function lineIndex(text) {
  let grown = starts32;
  let k = 1;
  for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) {
    if (k === grown.length) {
      const more = new Uint32Array(grown.length * 2);
      more.set(grown);
      grown = more;
      starts32 = more;
    }
    grown[k++] = i2 + 1;
  }
  const starts = grown.slice(0, k);
  const find = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineAt: (offset) => find(offset) + 1,
    columnAt: (offset) => offset - starts[find(offset)] + 1
  };
}
function continuedLineEnd(text, from) {
  let i2 = from;
  for (; ; ) {
    const nl = text.indexOf("\n", i2);
    if (nl < 0) return text.length;
    let j = nl - 1;
    if (text[j] === "\r") j--;
    if (text[j] !== "\\") return nl;
    i2 = nl + 1;
  }
}
function blankRange2(text, start2, end) {
  const s = text.slice(start2, end);
  if (s.indexOf("\n") < 0) return " ".repeat(s.length);
  return s.split("\n").map((part) => " ".repeat(part.length)).join("\n");
}
var scratch;
function blankRanges(text, ranges) {
  if (ranges.length === 0) return text;
  if (beyondLatin1(text)) {
    const parts2 = [];
    let last = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      parts2.push(text.slice(last, ranges[r]), blankRange2(text, ranges[r], ranges[r + 1]));
      last = ranges[r + 1];
    }
    parts2.push(text.slice(last));
    return parts2.join("");
  }
  if (!scratch || scratch.length < text.length) scratch = Buffer.allocUnsafe(Math.max(text.length, 2 * (scratch?.length ?? 1 << 19)));
  scratch.write(text, 0, "latin1");
  for (let r = 0; r < ranges.length; r += 2) blankKeepingLines(scratch, 0, text, ranges[r], Math.min(ranges[r + 1], text.length));
  return scratch.toString("latin1", 0, text.length);
}

// src/model/c/syntax/prepare.ts
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "__init",
  "__exit",
  "__initdata",
  "__exitdata",
  "__initconst",
  "__devinit",
  "__devexit",
  "__devinitdata",
  "__devexit_p",
  "__user",
  "__iomem",
  "__rcu",
  "__percpu",
  "__force",
  "__bitwise",
  "__must_check",
  "__maybe_unused",
  "__always_unused",
  "__used",
  "__cold",
  "__hot",
  "notrace",
  "__always_inline",
  "noinline",
  "__noreturn",
  "__weak",
  "__pure",
  "__read_mostly",
  "__ro_after_init",
  "__refdata",
  "__ref",
  "__cpuinit",
  "__meminit",
  "__kprobes",
  "__visible",
  "asmlinkage",
  "__latent_entropy",
  "__nocfi",
  "__noinline_for_stack",
  "__sched",
  "__net_init",
  "__net_exit",
  "__packed",
  "__aligned_largest",
  "fallthrough",
  "__counted_by_ptr",
  "noinstr",
  "__safe",
  "__private",
  "__kernel",
  "__nocast"
]);
var ANNOTATION_CALLS = /* @__PURE__ */ new Set([
  "__attribute__",
  "__attribute",
  "__acquires",
  "__releases",
  "__must_hold",
  "__aligned",
  "__section",
  "__printf",
  "__scanf",
  "__counted_by",
  "__cond_acquires",
  "__alloc_size",
  "__malloc",
  "__no_context_analysis"
]);
var PLAIN_ANNOTATIONS = [...ANNOTATIONS, ...ANNOTATION_CALLS].filter((name2) => !name2.startsWith("__"));
var findAnnotationNames = annotationNames(PLAIN_ANNOTATIONS);
function isIteratorMacro(name2) {
  return name2.length >= 5 && /for_each/i.test(name2);
}
function matchParen2(code, open, limit) {
  let depth = 0;
  for (let i2 = open; i2 < limit; i2++) {
    const c = code[i2];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i2;
  }
  return -1;
}
function prepareSlice(code, start2, end) {
  const slice = code.slice(start2, end);
  const chars = new EditBuffer(slice);
  const hadConditionals = reducePreprocessor(slice, chars);
  const reduced = hadConditionals || slice.includes("#") ? chars.toString() : slice;
  if (!/\S/.test(reduced)) return { text: reduced, hadConditionals, repairedStatements: 0 };
  const found = findAnnotationNames(reduced);
  for (let k = 0; k < found.length; k += 2) {
    const at = found[k];
    const name2 = reduced.slice(at, found[k + 1]);
    if (ANNOTATIONS.has(name2)) {
      chars.blank(at, at + name2.length);
      continue;
    }
    const after = skipSpaces(reduced, at + name2.length);
    if (reduced[after] !== "(") continue;
    if (ANNOTATION_CALLS.has(name2)) {
      const close = matchParen2(reduced, after, reduced.length);
      if (close > 0) chars.blank(at, close + 1);
    } else if (isIteratorMacro(name2) && startsStatement2(reduced, at) && !isCallStatement(reduced, after)) {
      const kw = "while";
      for (let i2 = 0; i2 < name2.length; i2++) chars.set(at + i2, i2 < kw.length ? kw[i2] : " ");
    }
  }
  const repairs = repairSlice(chars.toString(), chars);
  return { text: chars.toString(), hadConditionals, repairedStatements: repairs.statements };
}
function isCallStatement(s, open) {
  const close = matchParen2(s, open, s.length);
  return close > 0 && s[skipSpaces(s, close + 1)] === ";";
}
function skipSpaces(s, i2) {
  while (i2 < s.length && isSpace(s.charCodeAt(i2))) i2++;
  return i2;
}
function startsStatement2(s, at) {
  let i2 = at - 1;
  while (i2 >= 0 && isSpace(s.charCodeAt(i2))) i2--;
  if (i2 < 0) return true;
  if (";{}):".includes(s[i2])) return true;
  return /\belse$/.test(s.slice(Math.max(0, i2 - 4), i2 + 1));
}
function reducePreprocessor(slice, chars) {
  if (!slice.includes("#")) return false;
  const stack = [];
  let any = false;
  let lineStart = 0;
  while (lineStart < slice.length) {
    const keeping = stack.length === 0 || stack[stack.length - 1].keeping;
    const hash = slice.indexOf("#", lineStart);
    const candidate = hash < 0 ? slice.length : slice.lastIndexOf("\n", hash - 1) + 1;
    if (!keeping && candidate > lineStart) chars.blank(lineStart, candidate);
    if (candidate >= slice.length) break;
    lineStart = candidate;
    let lineEnd = slice.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = slice.length;
    const directive = DIRECTIVE_LINE.exec(slice.slice(lineStart, lineEnd));
    if (directive) {
      const end = continuedLineEnd(slice, lineStart);
      const word = directive[1] ?? "";
      const expr = directive[2].trim();
      if (word === "if" || word === "ifdef" || word === "ifndef") {
        any = true;
        const branch = new BranchGroup();
        const isFalse = branch.enter(word, expr) !== void 0;
        stack.push({ branch, keeping: keeping && !isFalse, taken: !isFalse, parentKeeping: keeping });
      } else if ((word === "elif" || word === "else") && stack.length > 0) {
        const g = stack[stack.length - 1];
        const isFalse = g.branch.enter(word, expr) !== void 0;
        g.keeping = g.parentKeeping && !g.taken && !isFalse;
        if (g.keeping) g.taken = true;
      } else if (word === "endif" && stack.length > 0) {
        stack.pop();
      }
      chars.blank(lineStart, end);
      lineStart = end + 1;
      continue;
    }
    if (!keeping) chars.blank(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return any;
}
var DIRECTIVE_LINE = /^\s*#\s*(\w+)?(.*)$/;

// src/model/c/syntax/types.ts
var kids = (n) => n.namedChildren.filter((c) => c !== null);
function declaredNames2(node) {
  const typeNode = node.childForFieldName("type");
  if (!typeNode) return [];
  const base = typeText(typeNode);
  const out2 = [];
  for (const d of node.childrenForFieldName("declarator")) {
    if (!d) continue;
    const found = unwrap(d, 0);
    if (found) out2.push({ name: found.name, type: { base, depth: found.depth } });
  }
  return out2;
}
function typeText(typeNode) {
  if (typeNode.type === "struct_specifier" || typeNode.type === "union_specifier" || typeNode.type === "enum_specifier") {
    const name2 = typeNode.childForFieldName("name");
    const kw = typeNode.type.replace("_specifier", "");
    return name2 ? `${kw} ${name2.text}` : `${kw} <anonymous>`;
  }
  return typeNode.text.replace(/\s+/g, " ").trim();
}
function unwrap(n, depth) {
  switch (n.type) {
    case "identifier":
    case "field_identifier":
    case "type_identifier":
      return { name: n.text, depth };
    case "init_declarator":
    case "attributed_declarator":
    case "parenthesized_declarator": {
      const inner = n.childForFieldName("declarator") ?? kids(n)[0];
      return inner ? unwrap(inner, depth) : void 0;
    }
    case "pointer_declarator":
    case "array_declarator": {
      const inner = n.childForFieldName("declarator");
      return inner ? unwrap(inner, depth + 1) : void 0;
    }
    default:
      return void 0;
  }
}
var UNSIGNED_NAMES = /* @__PURE__ */ new Set([
  "u8",
  "u16",
  "u32",
  "u64",
  "__u8",
  "__u16",
  "__u32",
  "__u64",
  "uint8_t",
  "uint16_t",
  "uint32_t",
  "uint64_t",
  "u_int8_t",
  "u_int16_t",
  "u_int32_t",
  "u_int64_t",
  "size_t",
  "__kernel_size_t",
  "uint",
  "ulong",
  "ushort",
  "unchar",
  "u_char",
  "u_short",
  "u_int",
  "u_long",
  "uintptr_t",
  "__le16",
  "__le32",
  "__le64",
  "__be16",
  "__be32",
  "__be64"
]);
var SIGNED_NAMES = /* @__PURE__ */ new Set([
  "int",
  "long",
  "short",
  "char",
  "signed",
  "s8",
  "s16",
  "s32",
  "s64",
  "__s8",
  "__s16",
  "__s32",
  "__s64",
  "int8_t",
  "int16_t",
  "int32_t",
  "int64_t",
  "ssize_t",
  "loff_t",
  "long long",
  "long int",
  "signed int",
  "signed long",
  "signed char",
  "short int",
  "long long int"
]);
var FLOAT_NAMES = /* @__PURE__ */ new Set(["float", "double", "long double"]);
function signedness(type, typedefs, seen = 0) {
  if (type.depth > 0) return "other";
  const base = type.base.replace(/\b(const|volatile|register|static|extern|__iomem|__user)\b/g, " ").replace(/\s+/g, " ").trim();
  if (/\bunsigned\b/.test(base)) return "unsigned";
  if (UNSIGNED_NAMES.has(base)) return "unsigned";
  if (SIGNED_NAMES.has(base)) return "signed";
  if (FLOAT_NAMES.has(base)) return "float";
  const alias = typedefs.get(base);
  if (alias && seen < 8) return signedness(alias, typedefs, seen + 1);
  return "other";
}

// src/analysis/correctness/file-facts.ts
var RELATIONAL_OPS = /* @__PURE__ */ new Set(["<", ">=", ">", "<="]);
var CONTAINERS = /* @__PURE__ */ new Set(["preproc_if", "preproc_ifdef", "preproc_else", "preproc_elif", "linkage_specification", "declaration_list"]);
var kids2 = (n) => n.namedChildren.filter((c) => c !== null);
var NO_VARS = /* @__PURE__ */ new Map();
function readFileFacts(file) {
  const parser2 = cParserIfLoaded();
  if (!parser2) return void 0;
  const text = prepareSlice(file.code, 0, file.code.length).text;
  const first = firstReading(text, file.lineAt, file.columnAt);
  if (!first.ranges) return { functions: [], syntaxErrors: 0, names: first.names };
  const tree = parser2.parse(text, null, { includedRanges: first.ranges });
  if (!tree) return void 0;
  try {
    const read = new Reader(file, text).read(tree.rootNode);
    const functions = read.functions.filter((fn) => fn.zeroCompares.length > 0 || fn.identical.length > 0);
    return { functions, syntaxErrors: read.syntaxErrors, names: first.names };
  } finally {
    tree.delete();
  }
}
var Reader = class {
  constructor(file, first, declarationsOnly = false) {
    this.file = file;
    this.first = first;
    this.declarationsOnly = declarationsOnly;
  }
  facts = {
    typedefs: /* @__PURE__ */ new Map(),
    structs: /* @__PURE__ */ new Map(),
    globals: /* @__PURE__ */ new Map(),
    functions: [],
    syntaxErrors: 0
  };
  read(root) {
    this.top(root);
    return this.facts;
  }
  /** Original text of a node: string literals as written (the masked code has them blanked). */
  src(n) {
    return this.file.text.slice(n.startIndex, n.endIndex);
  }
  top(n) {
    for (const c of kids2(n)) {
      const type = c.type;
      if (type === "ERROR") {
        this.facts.syntaxErrors++;
        this.top(c);
        continue;
      }
      if (this.first && type !== "function_definition") {
        if (CONTAINERS.has(type)) this.top(c);
        continue;
      }
      this.structsIn(c, type);
      switch (type) {
        case "type_definition": {
          const type2 = c.childForFieldName("type");
          const anonymous = type2 && /^(struct|union)_specifier$/.test(type2.type) && !type2.childForFieldName("name");
          for (const d of declaredNames2(c)) {
            if (anonymous && d.type.depth === 0) {
              const key = `${type2.type.replace("_specifier", "")} ${d.name}`;
              this.facts.structs.set(key, this.facts.structs.get(typeText(type2)) ?? /* @__PURE__ */ new Map());
              this.facts.typedefs.set(d.name, { base: key, depth: 0 });
            } else this.facts.typedefs.set(d.name, d.type);
          }
          this.facts.structs.delete("struct <anonymous>");
          this.facts.structs.delete("union <anonymous>");
          break;
        }
        case "declaration":
          for (const d of declaredNames2(c)) this.facts.globals.set(d.name, d.type);
          break;
        case "function_definition":
          if (!this.declarationsOnly) this.function(c);
          break;
        default:
          if (CONTAINERS.has(type)) this.top(c);
          break;
      }
    }
  }
  /** Struct and union bodies anywhere in a top-level node (also inside typedefs and nested structs). */
  structsIn(n, type) {
    if (type === "function_definition") return;
    for (const sn of n.descendantsOfType(["struct_specifier", "union_specifier"])) {
      const body2 = sn?.childForFieldName("body");
      if (!sn || !body2) continue;
      const name2 = typeText(sn);
      const members = this.facts.structs.get(name2) ?? /* @__PURE__ */ new Map();
      for (const f of kids2(body2)) if (f.type === "field_declaration") for (const d of declaredNames2(f)) members.set(d.name, d.type);
      this.facts.structs.set(name2, members);
    }
  }
  function(def) {
    const declarator = def.childForFieldName("declarator");
    const fnDecl = declarator ? findFunctionDeclarator(declarator) : void 0;
    const nameNode = fnDecl?.childForFieldName("declarator");
    const body2 = def.childForFieldName("body");
    if (!fnDecl || !nameNode || nameNode.type !== "identifier" || !body2) return;
    const typeNode = def.childForFieldName("type");
    const pointerReturn = declarator?.type === "pointer_declarator";
    const fn = {
      name: nameNode.text,
      line: this.file.lineAt(def.startIndex),
      returnType: typeNode ? { base: typeText(typeNode), depth: pointerReturn ? 1 : 0 } : void 0,
      vars: /* @__PURE__ */ new Map(),
      callAssigns: [],
      zeroCompares: [],
      identical: [],
      returnsErrno: false,
      returnsResultOf: []
    };
    const params = fnDecl.childForFieldName("parameters");
    for (const p of params ? kids2(params) : []) if (p.type === "parameter_declaration") this.declare(fn, declaredNames2(p));
    const varCalls = /* @__PURE__ */ new Map();
    const returned = [];
    const assignments2 = !this.first || mayCompareWithZero(this.first.slice(body2.startIndex, body2.endIndex));
    this.walk(body2, fn, varCalls, returned, assignments2, !this.first);
    for (const r of returned) {
      const inner = stripParens(r);
      if (isErrnoConstant(inner)) fn.returnsErrno = true;
      for (const call of descendants(r, "call_expression")) {
        const callee = call.childForFieldName("function");
        if (callee?.type === "identifier") fn.returnsResultOf.push(callee.text);
      }
      for (const id of descendants(r, "identifier")) {
        const sources = varCalls.get(id.text) ?? [];
        if (sources.includes(ERRNO_CONSTANT)) fn.returnsErrno = true;
        fn.returnsResultOf.push(...sources.filter((c) => c !== ERRNO_CONSTANT));
      }
    }
    if (fn.zeroCompares.length === 0) {
      fn.vars = NO_VARS;
      fn.callAssigns = [];
    }
    fn.returnsResultOf = [...new Set(fn.returnsResultOf)];
    this.facts.functions.push(fn);
  }
  declare(fn, names3) {
    for (const d of names3) {
      const prev = fn.vars.get(d.name);
      if (prev === void 0) fn.vars.set(d.name, d.type);
      else if (prev && (prev.base !== d.type.base || prev.depth !== d.type.depth)) fn.vars.set(d.name, null);
    }
  }
  /** The nodes the facts come from, in text order, found by the parser's own search (fast on big files). */
  walk(body2, fn, varCalls, returned, assignments2, returns) {
    const types = ["declaration", "binary_expression"];
    if (assignments2) types.push("assignment_expression");
    if (returns) types.push("return_statement");
    const nodes = body2.descendantsOfType(types);
    const errors = errorRanges(body2);
    this.facts.syntaxErrors += errors.length;
    let e = 0;
    for (const n of nodes) {
      if (!n) continue;
      while (e < errors.length && errors[e][1] <= n.startIndex) e++;
      if (e < errors.length && errors[e][0] <= n.startIndex) continue;
      switch (n.type) {
        case "declaration":
          this.declare(fn, declaredNames2(n));
          if (!assignments2 && !returns) break;
          for (const d of n.childrenForFieldName("declarator")) {
            if (d?.type !== "init_declarator") continue;
            const name2 = declaratorName(d);
            const value = d.childForFieldName("value");
            if (name2 && value && !name2.pointer) this.callAssign(fn, { root: name2.name, steps: [], text: name2.name }, value, d, varCalls);
          }
          break;
        case "assignment_expression": {
          const left = n.childForFieldName("left");
          const right = n.childForFieldName("right");
          const op = n.childForFieldName("operator")?.text ?? "=";
          const path3 = left ? lvaluePath(left) : void 0;
          if (path3 && right) {
            if (op === "=") this.callAssign(fn, path3, right, n, varCalls);
            else
              fn.callAssigns.push({
                target: path3,
                offset: n.startIndex,
                line: this.file.lineAt(n.startIndex),
                column: this.file.columnAt(n.startIndex)
              });
          }
          break;
        }
        case "return_statement": {
          const e2 = n.firstNamedChild;
          if (e2) returned.push(e2);
          break;
        }
        case "binary_expression":
          this.binary(n, fn);
          break;
        default:
          break;
      }
    }
  }
  callAssign(fn, target, value, at, varCalls) {
    const inner = stripParens(value, false);
    const fnNode = inner.type === "call_expression" ? inner.childForFieldName("function") : void 0;
    const callee = fnNode?.type === "identifier" ? fnNode.text : void 0;
    fn.callAssigns.push({
      target,
      callee,
      offset: at.startIndex,
      line: this.file.lineAt(at.startIndex),
      column: this.file.columnAt(at.startIndex)
    });
    const source = callee ?? (isErrnoConstant(inner) ? ERRNO_CONSTANT : void 0);
    if (source && target.steps.length === 0) varCalls.set(target.root, [...varCalls.get(target.root) ?? [], source]);
  }
  binary(n, fn) {
    const op = n.childForFieldName("operator")?.type ?? "";
    const relational = RELATIONAL_OPS.has(op);
    if (!relational && !IDENTICAL_OPS.has(op)) return;
    const left = n.childForFieldName("left");
    const right = n.childForFieldName("right");
    if (!left || !right) return;
    if (relational) this.zeroCompare(n, op, left, right, fn);
    if (!IDENTICAL_OPS.has(op) || n.hasError) return;
    const parent = n.parent;
    if (CHAIN_OPS.has(op) && parent?.type === "binary_expression" && parent.childForFieldName("operator")?.type === op) return;
    const operands = CHAIN_OPS.has(op) ? chainOperands(n, op) : [left, right];
    const seen = /* @__PURE__ */ new Map();
    for (const o of operands) {
      const key = this.normalised(o);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, o);
        continue;
      }
      fn.identical.push({
        op,
        operand: key,
        text: this.src(n).replace(/\s+/g, " ").trim(),
        line: this.file.lineAt(o.startIndex),
        column: this.file.columnAt(o.startIndex),
        calls: descendants(o, "call_expression").map((c) => c.childForFieldName("function")?.text.replace(/\s+/g, "") ?? ""),
        identifiers: [...new Set(descendants(o, "identifier").map((i2) => i2.text))],
        literal: isConstantExpression(o),
        sideEffects: descendants(o, "assignment_expression").length > 0 || descendants(o, "update_expression").length > 0 || isFloatOperand(o, fn) && (op === "==" || op === "!=")
      });
      break;
    }
  }
  zeroCompare(n, op, left, right, fn) {
    const lz = isZeroLiteral(right);
    const rz = isZeroLiteral(left);
    if (!lz && !rz) return;
    const always = lz ? op === "<" ? "false" : op === ">=" ? "true" : void 0 : op === ">" ? "false" : op === "<=" ? "true" : void 0;
    if (!always) return;
    let operand = stripParens(lz ? left : right, false);
    if (operand.type === "assignment_expression") operand = operand.childForFieldName("left") ?? operand;
    const path3 = lvaluePath(operand);
    if (!path3) return;
    fn.zeroCompares.push({
      operand: path3,
      operandText: this.src(operand).replace(/\s+/g, ""),
      text: this.src(n).replace(/\s+/g, " ").trim(),
      always,
      offset: n.endIndex,
      line: this.file.lineAt(n.startIndex),
      column: this.file.columnAt(n.startIndex)
    });
  }
  /** Whitespace and outer parentheses removed; string literals as written. */
  normalised(n) {
    const inner = stripParens(n, false);
    return this.src(inner).replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ").replace(/\s+/g, "");
  }
};
function isConstantExpression(n) {
  if (descendants(n, "field_expression").length > 0 || descendants(n, "call_expression").length > 0) return false;
  const ids = n.type === "identifier" ? [n] : descendants(n, "identifier");
  return ids.every((id) => /^[A-Z][A-Z0-9_]*$/.test(id.text));
}
var ERRNO_CONSTANT = "-E";
function isErrnoConstant(n) {
  return /^-\s*E[A-Z][A-Z0-9_]+$/.test(stripParens(n, false).text.replace(/\s+/g, ""));
}
function errorRanges(n, out2 = []) {
  if (!n.hasError) return out2;
  if (n.type === "ERROR") {
    out2.push([n.startIndex, n.endIndex]);
    return out2;
  }
  for (const c of n.children) if (c) errorRanges(c, out2);
  return out2;
}
function findFunctionDeclarator(n) {
  if (n.type === "function_declarator") return n;
  const inner = n.childForFieldName("declarator");
  return inner ? findFunctionDeclarator(inner) : void 0;
}
function declaratorName(n) {
  let cur = n.childForFieldName("declarator");
  let pointer = false;
  while (cur && cur.type !== "identifier") {
    if (cur.type === "pointer_declarator" || cur.type === "array_declarator") pointer = true;
    cur = cur.childForFieldName("declarator");
  }
  return cur ? { name: cur.text, pointer } : void 0;
}
function lvaluePath(n) {
  const steps = [];
  let cur = stripParens(n, false);
  for (; ; ) {
    if (cur.type === "identifier") {
      steps.reverse();
      return { root: cur.text, steps, text: [cur.text, ...steps].join(".") };
    }
    if (cur.type === "field_expression") {
      const field = cur.childForFieldName("field");
      const arg = cur.childForFieldName("argument");
      if (!field || !arg) return void 0;
      steps.push(field.text);
      cur = stripParens(arg, false);
      continue;
    }
    if (cur.type === "subscript_expression") {
      const arg = cur.childForFieldName("argument");
      const index = cur.childForFieldName("index") ?? kids2(cur)[1];
      if (!arg) return void 0;
      steps.push(`[${index?.text.replace(/\s+/g, "") ?? ""}]`);
      cur = stripParens(arg, false);
      continue;
    }
    return void 0;
  }
}
function stripParens(n, casts = true) {
  let cur = n;
  for (; ; ) {
    const type = cur.type;
    if (type === "parenthesized_expression") {
      const inner = kids2(cur)[0];
      if (!inner) return cur;
      cur = inner;
    } else if (casts && type === "cast_expression") {
      const inner = cur.childForFieldName("value");
      if (!inner) return cur;
      cur = inner;
    } else return cur;
  }
}
function chainOperands(n, op) {
  const inner = stripParens(n, false);
  if (inner.type === "binary_expression" && inner.childForFieldName("operator")?.type === op && inner === n) {
    const l = inner.childForFieldName("left");
    const r = inner.childForFieldName("right");
    return [...l ? chainOperands(l, op) : [], ...r ? chainOperands(r, op) : []];
  }
  if (inner !== n && inner.type === "binary_expression" && inner.childForFieldName("operator")?.type === op)
    return chainOperands(inner, op);
  return [n];
}
function descendants(n, type) {
  return n.descendantsOfType(type).filter((d) => d !== null);
}
function isZeroLiteral(n) {
  const inner = stripParens(n, false);
  return inner.type === "number_literal" && /^0+[uUlL]*$/.test(inner.text);
}
function isFloatOperand(n, fn) {
  const inner = stripParens(n, false);
  if (inner.type === "number_literal") return /[.eE]/.test(inner.text) && !/^0x/i.test(inner.text);
  const path3 = lvaluePath(inner);
  if (!path3 || path3.steps.length > 0) return false;
  const t = fn.vars.get(path3.root);
  return !!t && signedness(t, /* @__PURE__ */ new Map()) === "float";
}

// src/model/c/syntax/ir.ts
function normExpr(text) {
  let t = text.replace(/\s+/g, "");
  for (; ; ) {
    const before = t;
    if (t.startsWith("(") && matchingClose(t, 0) === t.length - 1) t = t.slice(1, -1);
    const cast = /^\((?:const)?(?:struct|union|enum)?[A-Za-z_][A-Za-z0-9_]*\**\)(?=[A-Za-z_&(*])/.exec(t);
    if (cast) t = t.slice(cast[0].length);
    if (t.startsWith("&") && !t.startsWith("&&")) t = t.slice(1);
    if (t === before) return t;
  }
}
function matchingClose(t, open) {
  let depth = 0;
  for (let i2 = open; i2 < t.length; i2++) {
    if (t[i2] === "(") depth++;
    else if (t[i2] === ")" && --depth === 0) return i2;
  }
  return -1;
}

// src/model/c/syntax/lower.ts
var kids3 = (n) => n.namedChildren.filter((c) => c !== null);
var CONFIG_TESTS = /^(IS_ENABLED|IS_BUILTIN|IS_MODULE|IS_REACHABLE)$/;
var NO_EFFECTS = /* @__PURE__ */ new Set([
  "identifier",
  "field_identifier",
  "statement_identifier",
  "type_identifier",
  "primitive_type",
  "number_literal",
  "char_literal",
  "string_literal",
  "concatenated_string",
  "true",
  "false",
  "null",
  "comment"
]);
var ALWAYS_EFFECTS = /* @__PURE__ */ new Set([
  "call_expression",
  "argument_list",
  "assignment_expression",
  "update_expression",
  "parenthesized_expression",
  "cast_expression",
  "compound_literal_expression"
]);
function mayHaveEffects(text, from, to) {
  for (let i2 = from; i2 < to; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 40 || c === 61) return true;
    if ((c === 43 || c === 45) && i2 + 1 < to && text.charCodeAt(i2 + 1) === c) return true;
  }
  return false;
}
var MAX_LOWERING_DEPTH = 500;
var TooDeep = class extends Error {
};
var Lowerer = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  /** Nesting of the statements, expressions and conditions being lowered. */
  depth = 0;
  enter() {
    if (++this.depth > MAX_LOWERING_DEPTH) throw new TooDeep();
  }
  at(n) {
    const offset = this.ctx.base + n.startIndex;
    return { line: this.ctx.lineAt(offset), offset };
  }
  src(n) {
    return this.ctx.text.slice(this.ctx.base + n.startIndex, this.ctx.base + n.endIndex);
  }
  /** Key under which a value is known: `@offset` for a call, the normalized text otherwise. */
  key(n) {
    const inner = stripParens2(n);
    const type = inner.type;
    if (type === "call_expression") return `@${this.ctx.base + inner.startIndex}`;
    if (type === "assignment_expression") {
      const left = inner.childForFieldName("left");
      if (left) return normExpr(this.src(left));
    }
    return normExpr(this.src(inner));
  }
  /** `parts`: the call's function and argument list when already read (effects reads them first). */
  call(n, parts2) {
    const fn = parts2 ? parts2[0] : n.childForFieldName("function");
    const argList = parts2 ? parts2[1] : n.childForFieldName("arguments");
    const offset = this.ctx.base + n.startIndex;
    return {
      name: fn ? this.src(fn).replace(/\s+/g, "") : "",
      args: argList ? kids3(argList).map((a) => this.src(a).trim()) : [],
      line: this.ctx.lineAt(offset),
      column: this.ctx.columnAt(offset),
      offset,
      endOffset: this.ctx.base + n.endIndex,
      key: `@${offset}`
    };
  }
  /** Calls (innermost first, in evaluation order) and assignments inside an expression. */
  effects(n, calls = [], assigns = []) {
    if (n) this.effectsOf(n, n.type, calls, assigns);
    return { calls, assigns };
  }
  /** effects() of a node whose type is read (each read of a type, an end or children is a call into the parser). */
  effectsOf(n, type, calls, assigns) {
    if (NO_EFFECTS.has(type)) return;
    if (!ALWAYS_EFFECTS.has(type) && !mayHaveEffects(this.ctx.parsed, n.startIndex, n.endIndex)) return;
    this.enter();
    const children = kids3(n);
    let lastType = "";
    for (const c of children) {
      lastType = c.type;
      this.effectsOf(c, lastType, calls, assigns);
    }
    if (type === "call_expression") calls.push(this.call(n, children.length === 2 && lastType === "argument_list" ? children : void 0));
    else if (type === "assignment_expression") {
      const [left, right] = children.length === 2 ? children : [n.childForFieldName("left"), n.childForFieldName("right")];
      const op = n.childForFieldName("operator")?.type ?? "=";
      if (left && right) {
        const rightType = children.length === 2 ? lastType : right.type;
        assigns.push(this.assign(normExpr(this.src(left)), right, rightType, op, calls));
      }
    } else if (type === "update_expression") {
      const arg = children.length === 1 ? children[0] : n.childForFieldName("argument");
      if (arg) {
        const text = this.src(n);
        assigns.push({ target: normExpr(this.src(arg)), value: text.startsWith("++") || text.endsWith("++") ? "++" : "--" });
      }
    } else if (type === "init_declarator") {
      const [decl, value] = children.length === 2 ? children : [n.childForFieldName("declarator"), n.childForFieldName("value")];
      const name2 = decl ? declaredName(decl) : void 0;
      if (name2 && value) assigns.push(this.assign(name2, value, children.length === 2 ? lastType : value.type, "=", calls));
    }
    this.depth--;
  }
  /** `rightType`: the type of `right`, already read. */
  assign(target, right, rightType, op, calls) {
    const inner = isWrapper(rightType) ? stripParens2(right) : right;
    const innerType = inner === right ? rightType : inner.type;
    const call = innerType === "call_expression" ? calls.find((c) => c.offset === this.ctx.base + inner.startIndex) : void 0;
    if (op === "=") return { target, value: normExpr(this.src(right)), call };
    const amount = normExpr(this.src(right));
    if (op === "+=" && /^[1-9]\d*[uUlL]*$/.test(amount)) return { target, value: "++", call };
    if (op === "-=" && /^1[uUlL]*$/.test(amount)) return { target, value: "--", call };
    return { target, value: "?", call };
  }
  test(n) {
    this.enter();
    const t = this.testInner(n);
    this.depth--;
    return t;
  }
  testInner(n) {
    const inner = stripParens2(n);
    switch (inner.type) {
      case "unary_expression": {
        const op = inner.childForFieldName("operator")?.type;
        const arg = inner.childForFieldName("argument");
        if (op === "!" && arg) return { op: "not", arg: this.test(arg) };
        return { op: "unknown" };
      }
      case "binary_expression": {
        const op = inner.childForFieldName("operator")?.type ?? "";
        const left = inner.childForFieldName("left");
        const right = inner.childForFieldName("right");
        if (!left || !right) return { op: "unknown" };
        if (op === "&&" || op === "||") {
          return { op: op === "&&" ? "and" : "or", left: this.test(left), right: this.test(right) };
        }
        const lz = isZero(this.src(left));
        const rz = isZero(this.src(right));
        if ((op === "==" || op === "!=") && (lz || rz)) {
          const t = { op: "zero", key: this.key(rz ? left : right) };
          return op === "==" ? t : { op: "not", arg: t };
        }
        if (rz && (op === "<" || op === "<=")) return { op: "neg", key: this.key(left) };
        if (rz && (op === ">=" || op === ">")) return { op: "not", arg: { op: "neg", key: this.key(left) } };
        return { op: "unknown" };
      }
      case "call_expression": {
        const c = this.call(inner);
        const arg = inner.childForFieldName("arguments");
        const first = arg ? kids3(arg)[0] : void 0;
        if ((c.name === "IS_ERR" || c.name === "IS_ERR_OR_NULL") && first) {
          return { op: "is_err", key: this.key(first), orNull: c.name === "IS_ERR_OR_NULL" };
        }
        if (/^(unlikely|likely|WARN_ON|WARN_ON_ONCE|WARN)$/.test(c.name) && first) return this.test(first);
        if (CONFIG_TESTS.test(c.name)) return { op: "not", arg: { op: "zero", key: this.src(inner).replace(/\s+/g, "") } };
        return { op: "not", arg: { op: "zero", key: c.key } };
      }
      case "identifier":
      case "field_expression":
      case "subscript_expression":
      case "pointer_expression":
      case "assignment_expression":
        return { op: "not", arg: { op: "zero", key: this.key(inner) } };
      default:
        return { op: "unknown" };
    }
  }
  cond(n) {
    const { calls, assigns } = this.effects(n);
    return { text: this.src(n).trim(), calls, assigns, test: this.test(n) };
  }
  stmts(n) {
    if (!n) return [];
    if (n.type === "compound_statement") return kids3(n).flatMap((c) => this.stmt(c));
    return this.stmt(n);
  }
  stmt(n) {
    this.enter();
    const lowered = this.stmtInner(n);
    this.depth--;
    return lowered;
  }
  stmtInner(n) {
    const at = this.at(n);
    switch (n.type) {
      case "compound_statement":
        return [{ kind: "block", ...at, body: this.stmts(n) }];
      case "expression_statement": {
        const e = kids3(n)[0] ?? null;
        const type = e?.type;
        const calls = [];
        const assigns = [];
        if (e && type) this.effectsOf(e, type, calls, assigns);
        const discarded = type === "call_expression" ? calls[calls.length - 1] : void 0;
        return [{ kind: "expr", ...at, text: this.src(n).trim(), calls, assigns, discarded }];
      }
      case "declaration": {
        const { calls, assigns } = this.effects(n);
        return calls.length || assigns.length ? [{ kind: "expr", ...at, text: this.src(n).trim(), calls, assigns }] : [];
      }
      case "if_statement": {
        const c = n.childForFieldName("condition");
        const alt = n.childForFieldName("alternative");
        const altStmt = alt ? alt.type === "else_clause" ? kids3(alt)[0] ?? null : alt : null;
        return [
          {
            kind: "if",
            ...at,
            cond: c ? this.cond(c) : { text: "", calls: [], assigns: [], test: { op: "unknown" } },
            whenTrue: this.stmts(n.childForFieldName("consequence")),
            whenFalse: altStmt ? this.stmts(altStmt) : void 0
          }
        ];
      }
      case "return_statement": {
        const e = kids3(n)[0] ?? null;
        const { calls, assigns } = this.effects(e);
        return [{ kind: "return", ...at, value: e ? this.src(e).replace(/\s+/g, " ").trim() : void 0, calls, assigns }];
      }
      case "goto_statement": {
        const l = n.childForFieldName("label");
        return [{ kind: "goto", ...at, label: l ? this.src(l) : "" }];
      }
      case "labeled_statement": {
        const l = n.childForFieldName("label");
        const inner = kids3(n).filter((c) => c.type !== "statement_identifier");
        return [{ kind: "label", ...at, name: l ? this.src(l) : "" }, ...inner.flatMap((c) => this.stmt(c))];
      }
      case "for_statement":
      case "while_statement":
      case "do_statement": {
        const body2 = n.childForFieldName("body");
        const header = kids3(n).filter((c) => c.id !== body2?.id);
        const calls = [];
        const assigns = [];
        for (const h of header) this.effects(h, calls, assigns);
        return [{ kind: "loop", ...at, calls, assigns, body: this.stmts(body2) }];
      }
      case "switch_statement": {
        const { calls } = this.effects(n.childForFieldName("condition"));
        const body2 = n.childForFieldName("body");
        const cases = [];
        for (const c of body2 ? kids3(body2) : []) {
          if (c.type === "case_statement") {
            const value = c.childForFieldName("value");
            cases.push({
              isDefault: !value,
              body: kids3(c).filter((k) => k.id !== value?.id).flatMap((k) => this.stmt(k))
            });
          } else if (cases.length > 0) {
            cases[cases.length - 1].body.push(...this.stmt(c));
          }
        }
        return [{ kind: "switch", ...at, calls, cases }];
      }
      case "break_statement":
        return [{ kind: "break", ...at }];
      case "continue_statement":
        return [{ kind: "continue", ...at }];
      case "ERROR":
        return [this.opaque(n)];
      default: {
        const { calls, assigns } = this.effects(n);
        return calls.length || assigns.length ? [{ kind: "expr", ...at, text: this.src(n).trim(), calls, assigns }] : [];
      }
    }
  }
  /**
   * A statement the parser could not read (a macro it cannot know): the calls it still recognised,
   * else one opaque call named by its leading word with the names it mentions as arguments, so a
   * release or teardown among them is still seen.
   */
  opaque(n) {
    const at = this.at(n);
    const text = this.src(n).trim();
    const { calls, assigns } = this.effects(n);
    if (!calls.length) {
      const words = [...new Set(text.match(/[A-Za-z_]\w*/g) ?? [])];
      const lead = /^([A-Za-z_]\w*)\s*\(/.exec(text)?.[1];
      const offset = at.offset;
      calls.push({
        name: lead ?? "<unparsed>",
        args: words.filter((w) => w !== lead),
        line: at.line,
        column: this.ctx.columnAt(offset),
        offset,
        endOffset: this.ctx.base + n.endIndex,
        key: `@${offset}`
      });
    }
    return { kind: "expr", ...at, text, calls, assigns };
  }
};
function isWrapper(type) {
  return type === "parenthesized_expression" || type === "cast_expression";
}
function stripParens2(n) {
  let cur = n;
  for (let type = cur.type; isWrapper(type); type = cur.type) {
    const inner = type === "cast_expression" ? cur.childForFieldName("value") : kids3(cur)[0];
    if (!inner) break;
    cur = inner;
  }
  return cur;
}
function declaredName(n) {
  for (let cur = n; cur; cur = cur.childForFieldName("declarator")) if (cur.type === "identifier") return cur.text;
  return void 0;
}
function isZero(s) {
  return /^\(?\s*(NULL|0|0L|0UL|\(void\s*\*\)\s*0)\s*\)?$/.test(s.trim());
}

// src/model/c/syntax/function-body.ts
var HEADER = "int f()";
var cache = /* @__PURE__ */ new WeakMap();
var CACHE_BUDGET_BYTES = 8 * 1024 * 1024;
var cachedBytes = 0;
var stats = { bytes: 0, ms: 0, functions: 0, lost: 0, recoveredFunctions: 0, recoveredStatements: 0 };
var lostAt = [];
function dropParsedBodies() {
  cache = /* @__PURE__ */ new WeakMap();
  cachedBytes = 0;
}
function parseFunctionBody(file, fn) {
  let perFile = cache.get(file);
  if (!perFile) {
    perFile = /* @__PURE__ */ new Map();
    cache.set(file, perFile);
  }
  const key = `${fn.name}@${fn.bodyStart}`;
  const hit = perFile.get(key);
  if (hit) return hit;
  const result = parseUncached(file, fn);
  cachedBytes += fn.bodyEnd - fn.bodyStart;
  if (cachedBytes > CACHE_BUDGET_BYTES) {
    dropParsedBodies();
    perFile = /* @__PURE__ */ new Map();
    cache.set(file, perFile);
    cachedBytes = fn.bodyEnd - fn.bodyStart;
  }
  perFile.set(key, result);
  return result;
}
function parseUncached(file, fn) {
  const line = file.lineAt(fn.bodyStart);
  const empty = (problem) => ({ name: fn.name, file: file.path, line, body: [], problems: [problem], bytes: 0 });
  const parser2 = cParserIfLoaded();
  if (!parser2) return empty("the C parser is not loaded");
  const start2 = Math.min(fn.offset, fn.bodyStart);
  const end = file.code[fn.bodyEnd] === "}" ? fn.bodyEnd + 1 : fn.bodyEnd;
  if (end <= fn.bodyStart || fn.bodyStart - start2 < HEADER.length) return empty("function bounds not understood");
  const header = file.code.slice(start2, fn.bodyStart).replace(/[^\n]/g, " ");
  const prepared = prepareSlice(file.code, fn.bodyStart, end);
  const body2 = prepared.text;
  const text = HEADER + header.slice(HEADER.length) + body2;
  const pairs = withoutBlanks(text, [[0, text.length]]);
  const t0 = performance.now();
  const lines = pairs.length > 1 ? lineIndex(text) : void 0;
  const tree = lines ? parser2.parse(text, null, { includedRanges: parseRanges(pairs, lines.lineAt, lines.columnAt) }) : parser2.parse(text);
  stats.ms += performance.now() - t0;
  stats.bytes += text.length;
  stats.functions++;
  if (!tree) return empty("the parser gave no tree");
  try {
    const def = tree.rootNode.namedChildren.find((n) => n?.type === "function_definition");
    const bodyNode = def?.childForFieldName("body");
    if (!def || !bodyNode) return empty("function body not recognised");
    const lowerer = new Lowerer({
      base: start2,
      text: file.text,
      parsed: text,
      lineAt: (o) => file.lineAt(o),
      columnAt: (o) => file.columnAt(o)
    });
    let stmts;
    try {
      stmts = lowerer.stmts(bodyNode);
    } catch (e) {
      if (!(e instanceof TooDeep)) throw e;
      return empty(`statements or expressions nested deeper than ${MAX_LOWERING_DEPTH} levels; the body was not analysed`);
    }
    const problems = [];
    const errors = tree.rootNode.hasError ? errorNodes(tree.rootNode) : [];
    const bad = errors.find((e) => !recoverable(e, bodyNode));
    if (bad) {
      const at = file.lineAt(start2 + bad.startIndex);
      problems.push(`syntax not understood at line ${at}`);
      stats.lost++;
      if (lostAt.length < 500) lostAt.push(`${file.path}:${at}`);
    }
    const recovered = bad ? 0 : errors.filter((e) => e.isError).length + prepared.repairedStatements;
    if (recovered) {
      stats.recoveredFunctions++;
      stats.recoveredStatements += recovered;
    }
    return { name: fn.name, file: file.path, line, body: stmts, problems, bytes: text.length, recovered };
  } finally {
    tree.delete();
  }
}
function errorNodes(root) {
  const out2 = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.isError || n.isMissing) {
      out2.push(n);
      continue;
    }
    const next = n.children.filter((c) => !!c && (c.hasError || c.isMissing));
    for (let i2 = next.length - 1; i2 >= 0; i2--) stack.push(next[i2]);
  }
  return out2;
}
function recoverable(e, body2) {
  if (e.startIndex < body2.startIndex || e.endIndex > body2.endIndex) return false;
  if (e.isMissing) return e.type === ";" || e.type === "identifier" || e.type === ")";
  const text = enclosingStatement(e).text;
  if (/[@$`]/.test(text) || !/[A-Za-z_]/.test(text)) return false;
  return !/\b(return|goto|break|continue|case|default)\b|[{}]/.test(text);
}
function enclosingStatement(e) {
  for (let n = e.parent; n; n = n.parent) {
    if (n.type === "expression_statement" || n.type === "declaration" || n.type === "return_statement") return n;
    if (n.type === "compound_statement" || /_statement$/.test(n.type)) break;
  }
  return e;
}

// src/model/entry-macros.ts
var DRIVER_HELPERS = [
  "platform",
  "pci",
  "usb",
  "i2c",
  "spi",
  "hid",
  "virtio",
  "serio",
  "acpi",
  "amba",
  "auxiliary",
  "phy",
  "sdio",
  "pcmcia",
  "usb_serial",
  "i3c",
  "wmi",
  "mhi",
  "rpmsg",
  "sdw",
  "spmi",
  "isa",
  "pnp",
  "parport",
  "gameport",
  "hda_codec",
  "snd_seq",
  "mdio",
  "fsl_mc",
  "ccw",
  "ap",
  "vio",
  "ishtp",
  "tee",
  "ulpi",
  "greybus",
  "mipi_dbi",
  "sa1111",
  "locomo",
  "mcb",
  "dfl",
  "cdx",
  "ssam",
  "bcma",
  "ssb",
  "fsi",
  "mei_cl",
  "gio",
  "tc",
  "zorro",
  "nubus",
  "eisa",
  "scmi",
  "ffa",
  "qcom_smd",
  "apr",
  "slim",
  "sbus",
  "mips_cdmm",
  "most",
  "visorbus",
  "xenbus",
  "hv",
  "comedi_pci",
  "comedi_usb",
  "comedi_pcmcia",
  "comedi"
];
var ENTRY_MACROS = new Map([
  ["module_init", { init: true, exit: false }],
  ["module_exit", { init: false, exit: true }],
  ["late_initcall", { init: true, exit: false }],
  ["device_initcall", { init: true, exit: false }],
  ["subsys_initcall", { init: true, exit: false }],
  ["fs_initcall", { init: true, exit: false }],
  ["arch_initcall", { init: true, exit: false }],
  ["core_initcall", { init: true, exit: false }],
  ["postcore_initcall", { init: true, exit: false }],
  ["rootfs_initcall", { init: true, exit: false }],
  ["module_driver", { init: true, exit: true }],
  ["module_misc_device", { init: true, exit: true }],
  ["module_platform_driver_probe", { init: true, exit: true }],
  ["module_serdev_device_driver", { init: true, exit: true }],
  ["module_comedi_driver", { init: true, exit: true }],
  ...DRIVER_HELPERS.map((h) => [`module_${h}_driver`, { init: true, exit: true }]),
  ...DRIVER_HELPERS.map((h) => [`builtin_${h}_driver`, { init: true, exit: false }])
]);

// src/util/group.ts
function pushTo(map, key, ...values) {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
function groupBy(items, key) {
  const out2 = /* @__PURE__ */ new Map();
  for (const v of items) pushTo(out2, key(v), v);
  return out2;
}

// src/model/modules.ts
var MODULE_DEFINED = /^(defined\s*\(\s*MODULE\s*\)|defined\s+MODULE|MODULE)$/;
var MODULE_UNDEFINED = /^!\s*(defined\s*\(\s*MODULE\s*\)|defined\s+MODULE)$/;
function builtInOnly(f, line) {
  return f.conditionsAt(line).some((c) => {
    const expr = c.expr.trim();
    if (c.directive === "ifndef") return expr === "MODULE";
    if (c.directive === "ifdef") return false;
    if ((c.directive === "if" || c.directive === "elif") && MODULE_UNDEFINED.test(expr)) return true;
    return c.directive !== "if" && c.previous.some((p) => MODULE_DEFINED.test(p.trim()));
  });
}

// src/analysis/cleanup/entry-functions.ts
var TEARDOWN_FIELDS = ["remove", "remove_new", "disconnect"];
var ModuleFunctions = class {
  constructor(model, module2) {
    this.model = model;
    this.module = module2;
    for (const path3 of [...module2.sources, ...module2.headers]) {
      const file = model.c.get(path3);
      if (!file) continue;
      for (const def of file.functions) {
        if (builtInOnly(file, def.line)) continue;
        const list = this.byName.get(def.name) ?? [];
        list.push({ file, def });
        this.byName.set(def.name, list);
      }
    }
  }
  byName = /* @__PURE__ */ new Map();
  find(name2, fromFile) {
    const list = this.byName.get(name2);
    if (!list) return void 0;
    return list.find((f) => f.file.path === fromFile) ?? list.find((f) => !f.def.isStatic) ?? list[0];
  }
  /** Every function the module defines, its headers' (static inline helpers) included. */
  everyFunction() {
    return [...this.byName.values()].flat();
  }
  /** Every function defined in the module's C sources. */
  all() {
    const sources = new Set(this.module.sources);
    return [...this.byName.values()].flat().filter((f) => sources.has(f.file.path));
  }
  files() {
    return this.module.sources.map((p) => this.model.c.get(p)).filter((f) => f !== void 0);
  }
};
function setupTeardownPairs(model, module2) {
  const pairs = [];
  if (module2.init) {
    pairs.push({
      kind: "init",
      setup: module2.init.function,
      teardown: module2.exit?.function,
      file: module2.init.file,
      line: module2.init.line
    });
  }
  for (const path3 of module2.sources) {
    const file = model.c.get(path3);
    if (!file) continue;
    for (const fi of file.fieldInits) {
      if (fi.field !== "probe") continue;
      const setup = functionName(fi.value);
      if (!setup) continue;
      const sibling = file.fieldInits.find(
        (o) => TEARDOWN_FIELDS.includes(o.field) && o.variable === fi.variable && o.variable !== void 0 && functionName(o.value)
      );
      pairs.push({ kind: "probe", setup, teardown: sibling ? functionName(sibling.value) : void 0, file: path3, line: fi.line });
    }
  }
  return pairs;
}
function functionName(value) {
  const v = value.replace(/^&/, "").trim();
  return /^[A-Za-z_]\w*$/.test(v) && v !== "NULL" ? v : void 0;
}

// src/analysis/cleanup/teardown-names.ts
var WORDS = "put|free|release|destroy|unregister|deregister|remove|del|cleanup|clean_up|fini|exit|teardown|stop|unmap|kill|close|uninit|dispose|unreg|shutdown";
var TEARDOWN_ANYWHERE = new RegExp(`(${WORDS})`, "i");
var TEARDOWN_WORD = new RegExp(`(^|_)(${WORDS})(_|\\d*$)`, "i");
function isTeardownName(name2) {
  return TEARDOWN_WORD.test(name2);
}

// src/data/acquire-release.ts
var import_acquire_release_generated = __toESM2(require_acquire_release_generated(), 1);
var spec = (kind, acquire, failure, handle2, release, releaseArg = 0, extra = {}) => ({ kind, acquire, failure, handle: handle2, release, releaseArg, ...extra });
var R = "result";
var A0 = { arg: 0 };
var GENERATED_LIKE = { mustCheck: false };
var ACQUIRE_SPECS = [
  // memory
  spec(
    "kmalloc",
    ["kmalloc", "kzalloc", "kcalloc", "kmalloc_array", "kstrdup", "kstrndup", "kmemdup", "kmalloc_node", "kzalloc_node", "kcalloc_node"],
    "null",
    R,
    ["kfree", "kfree_sensitive", "kvfree", "kzfree"]
  ),
  spec("vmalloc", ["vmalloc", "vzalloc", "vmalloc_user", "vmalloc_32"], "null", R, ["vfree", "kvfree"]),
  spec("kvmalloc", ["kvmalloc", "kvzalloc", "kvcalloc", "kvmalloc_array"], "null", R, ["kvfree"]),
  spec("kmem_cache", ["kmem_cache_create", "kmem_cache_create_usercopy"], "null", R, ["kmem_cache_destroy"]),
  spec("mempool", ["mempool_create", "mempool_create_kmalloc_pool", "mempool_create_slab_pool"], "null", R, ["mempool_destroy"]),
  spec("dma_pool", ["dma_pool_create"], "null", R, ["dma_pool_destroy"]),
  spec("dma_coherent", ["dma_alloc_coherent"], "null", R, ["dma_free_coherent"], 2),
  spec("pages", ["__get_free_pages", "get_zeroed_page"], "null", R, ["free_pages", "free_page"]),
  spec("page", ["alloc_pages", "alloc_page"], "null", R, ["__free_pages", "__free_page"]),
  // character devices
  spec("chrdev", ["register_chrdev"], "negative", R, ["unregister_chrdev", "__unregister_chrdev"]),
  spec("chrdev_region", ["alloc_chrdev_region", "register_chrdev_region"], "negative", A0, ["unregister_chrdev_region"]),
  spec("cdev", ["cdev_add"], "negative", A0, ["cdev_del"], 0, { dependsOn: ["chrdev_region"] }),
  spec("cdev_device", ["cdev_device_add"], "negative", A0, ["cdev_device_del"], 0, {
    dependsOn: ["chrdev_region"]
  }),
  spec("class", ["class_create", "__class_create"], "err-ptr", R, ["class_destroy"]),
  spec("class_register", ["class_register"], "negative", A0, ["class_unregister"]),
  spec("device", ["device_create", "device_create_with_groups"], "err-ptr", { arg: 2 }, ["device_destroy", "device_unregister"], 1, {
    dependsOn: ["class", "class_register"]
  }),
  spec("device_register", ["device_register"], "negative", A0, ["device_unregister"]),
  spec("misc", ["misc_register"], "negative", A0, ["misc_deregister"]),
  // proc, debugfs, sysfs, kobjects
  spec(
    "proc",
    ["proc_create", "proc_create_data", "proc_mkdir", "proc_mkdir_data", "proc_create_single", "proc_create_seq"],
    "null",
    R,
    ["proc_remove", "remove_proc_entry", "remove_proc_subtree"],
    0,
    { releasesAll: true }
  ),
  spec("debugfs", ["debugfs_create_dir", "debugfs_create_file"], "err-ptr", R, ["debugfs_remove", "debugfs_remove_recursive"], 0, {
    mustCheck: false,
    tracked: false
  }),
  spec("sysfs", ["sysfs_create_group", "sysfs_create_groups", "sysfs_create_file"], "negative", A0, [
    "sysfs_remove_group",
    "sysfs_remove_groups",
    "sysfs_remove_file",
    "kobject_put",
    "kobject_del"
  ]),
  // a device's attribute files go with its sysfs folder when it is deleted (device_del; atm_dev_deregister does it
  // for the atm device's class_dev: atm_sysfs.c)
  spec("device_file", ["device_create_file"], "negative", A0, [
    "device_remove_file",
    "device_unregister",
    "device_destroy",
    "device_del",
    "atm_dev_deregister",
    // mmc_remove_host() deletes the host's class_dev (core/host.c), where drivers put their attribute files
    "mmc_remove_host"
  ]),
  spec("kobject", ["kobject_create_and_add"], "null", R, ["kobject_put"]),
  // Releases under another name than the generated pair's: device_link_remove() deletes the link between the two
  // devices (core.c); iscsi_host_free() ends with scsi_host_put(), and scsi_host_put() alone drops the last reference
  // of an iSCSI host not yet added (its release frees it); sdhci_pltfm_unregister() calls sdhci_remove_host()
  spec("device_link", ["device_link_add"], "null", R, ["device_link_del", "device_link_remove"], 0, GENERATED_LIKE),
  // (named here, these releases would hide the generated pairs that end with them: those pairs are written out)
  spec("mmc_host", ["mmc_add_host"], "negative", A0, ["mmc_remove_host"], 0, GENERATED_LIKE),
  spec("atm_dev", ["atm_dev_register"], "null", R, ["atm_dev_deregister"], 0, GENERATED_LIKE),
  spec("resource", ["request_resource"], "negative", A0, ["release_resource"], 0, GENERATED_LIKE),
  spec(
    "scsi_host",
    ["scsi_host_alloc", "scsi_host_get", "iscsi_host_alloc"],
    "null",
    R,
    ["scsi_host_put", "iscsi_host_free"],
    0,
    GENERATED_LIKE
  ),
  spec("sdhci_host", ["sdhci_add_host"], "negative", A0, ["sdhci_remove_host", "sdhci_pltfm_unregister"], 0, GENERATED_LIKE),
  // interrupts, I/O
  spec("irq", ["request_irq", "request_threaded_irq", "request_any_context_irq"], "negative", A0, ["free_irq"]),
  spec("ioremap", ["ioremap", "ioremap_wc", "ioremap_cache", "ioremap_uc", "ioremap_nocache"], "null", R, ["iounmap", "pci_iounmap"]),
  spec("pci_iomap", ["pci_iomap", "pci_ioremap_bar"], "null", R, ["pci_iounmap", "iounmap"], 1),
  // release_resource() takes the region the request returned out of the resource tree (resource.c), as the
  // release_*_region() calls do; the caller then frees the struct (dm9000, ftgmac100: `release_resource(priv->res)`)
  spec("mem_region", ["request_mem_region"], "null", A0, ["release_mem_region", "release_resource"]),
  spec("io_region", ["request_region"], "null", A0, ["release_region", "release_resource"]),
  spec("pci_enable", ["pci_enable_device", "pci_enable_device_mem"], "negative", A0, ["pci_disable_device"]),
  spec("pci_regions", ["pci_request_regions", "pci_request_region"], "negative", A0, ["pci_release_regions", "pci_release_region"]),
  // pcmcia_disable_device() releases every window the device requested (pcmcia_resource.c, WIN_FLAGS_REQ)
  spec("pcmcia_window", ["pcmcia_request_window"], "negative", A0, ["pcmcia_release_window", "pcmcia_disable_device"]),
  // MSI vectors are released by devres after pcim_enable_device and pci_free_irq_vectors() may be called
  // again (msi.c): drivers differ, so the family is known (not left to the generated pair) but never reported
  spec("pci_irq_vectors", ["pci_alloc_irq_vectors", "pci_alloc_irq_vectors_affinity"], "negative", A0, ["pci_free_irq_vectors"], 0, {
    tracked: false,
    mustCheck: false
  }),
  spec("gpio", ["gpio_request", "gpio_request_one"], "negative", A0, ["gpio_free"]),
  spec("clk", ["clk_get"], "err-ptr", R, ["clk_put"]),
  spec("gpiod", ["gpiod_get", "gpiod_get_index"], "err-ptr", R, ["gpiod_put"]),
  spec("regulator", ["regulator_get"], "err-ptr", R, ["regulator_put"]),
  // driver and bus registration
  spec("platform_driver", ["platform_driver_register", "__platform_driver_register"], "negative", A0, ["platform_driver_unregister"]),
  spec("platform_device", ["platform_device_register"], "negative", A0, ["platform_device_unregister"]),
  // platform_device_unregister() is platform_device_del() + platform_device_put()
  spec("platform_device_add", ["platform_device_add"], "negative", A0, ["platform_device_del", "platform_device_unregister"]),
  // drm_dev_unplug() unregisters as well (drm_drv.c)
  spec("drm_dev", ["drm_dev_register"], "negative", A0, ["drm_dev_unregister", "drm_dev_unplug"], 0, { mustCheck: false }),
  spec(
    "platform_device_simple",
    [
      "platform_device_register_simple",
      "platform_device_register_full",
      "platform_device_register_data",
      "platform_device_register_resndata"
    ],
    "err-ptr",
    R,
    ["platform_device_unregister"]
  ),
  spec("pci_driver", ["pci_register_driver", "__pci_register_driver"], "negative", A0, ["pci_unregister_driver"]),
  spec("usb_driver", ["usb_register", "usb_register_driver"], "negative", A0, ["usb_deregister"]),
  spec("usb_dev", ["usb_register_dev"], "negative", A0, ["usb_deregister_dev"]),
  spec("i2c_driver", ["i2c_add_driver", "i2c_register_driver"], "negative", A0, ["i2c_del_driver"]),
  spec("spi_driver", ["spi_register_driver", "__spi_register_driver"], "negative", A0, ["spi_unregister_driver"]),
  spec("driver", ["driver_register"], "negative", A0, ["driver_unregister"]),
  spec("bus", ["bus_register"], "negative", A0, ["bus_unregister"]),
  spec("tty_driver", ["tty_register_driver"], "negative", A0, ["tty_unregister_driver"]),
  spec("urb", ["usb_alloc_urb"], "null", R, ["usb_free_urb"]),
  // network
  // the bus-specific allocators return alloc_netdev()'s device (net/802, hdlc.c, 8390.c, can/dev)
  spec(
    "netdev_alloc",
    [
      "alloc_netdev",
      "alloc_etherdev",
      "alloc_netdev_mq",
      "alloc_netdev_mqs",
      "alloc_etherdev_mq",
      "alloc_etherdev_mqs",
      "alloc_candev",
      "alloc_candev_mq",
      "alloc_candev_mqs",
      "alloc_hdlcdev",
      "alloc_fcdev",
      "alloc_fddidev",
      "alloc_hippi_dev",
      "alloc_ltalkdev",
      "alloc_ei_netdev",
      "__alloc_ei_netdev",
      "alloc_eip_netdev",
      "__alloc_eip_netdev"
    ],
    "null",
    R,
    ["free_netdev", "free_candev"]
  ),
  spec(
    "netdev",
    ["register_netdev", "register_netdevice", "register_candev", "register_hdlc_device"],
    "negative",
    A0,
    ["unregister_netdev", "unregister_netdevice", "unregister_candev", "unregister_hdlc_device"],
    0,
    { dependsOn: ["netdev_alloc"] }
  ),
  spec(
    "nf_hook",
    ["nf_register_net_hook", "nf_register_net_hooks"],
    "negative",
    { arg: 1 },
    ["nf_unregister_net_hook", "nf_unregister_net_hooks"],
    1
  ),
  spec("pernet", ["register_pernet_subsys", "register_pernet_device"], "negative", A0, [
    "unregister_pernet_subsys",
    "unregister_pernet_device"
  ]),
  spec("genl", ["genl_register_family"], "negative", A0, ["genl_unregister_family"]),
  spec("socket", ["sock_create_kern"], "negative", { arg: 4 }, ["sock_release"]),
  spec(
    "notifier",
    [
      "register_netdevice_notifier",
      "register_reboot_notifier",
      "register_inetaddr_notifier",
      "register_module_notifier",
      "register_pm_notifier"
    ],
    "negative",
    A0,
    [
      "unregister_netdevice_notifier",
      "unregister_reboot_notifier",
      "unregister_inetaddr_notifier",
      "unregister_module_notifier",
      "unregister_pm_notifier"
    ],
    0,
    // a notifier block registration only fails for a duplicate: in-tree code ignores the result
    { mustCheck: false }
  ),
  // input
  spec("input_alloc", ["input_allocate_device"], "null", R, ["input_free_device", "input_unregister_device"]),
  spec("input", ["input_register_device"], "negative", A0, ["input_unregister_device"], 0, {
    dependsOn: ["input_alloc"]
  }),
  // threads, timers, workqueues
  spec("kthread", ["kthread_run", "kthread_create", "kthread_run_on_cpu"], "err-ptr", R, ["kthread_stop", "kthread_stop_put"]),
  spec("timer", ["add_timer", "mod_timer"], "none", A0, [
    "del_timer_sync",
    "del_timer",
    "timer_delete_sync",
    "timer_delete",
    "timer_shutdown_sync",
    "timer_shutdown"
  ]),
  spec("hrtimer", ["hrtimer_start"], "none", A0, ["hrtimer_cancel", "hrtimer_try_to_cancel"]),
  spec("workqueue", ["alloc_workqueue", "create_workqueue", "create_singlethread_workqueue", "alloc_ordered_workqueue"], "null", R, [
    "destroy_workqueue"
  ]),
  // probes, filesystems, block, crypto, misc subsystems
  spec("kprobe", ["register_kprobe"], "negative", A0, ["unregister_kprobe"]),
  spec("kretprobe", ["register_kretprobe"], "negative", A0, ["unregister_kretprobe"]),
  spec("filesystem", ["register_filesystem"], "negative", A0, ["unregister_filesystem"]),
  spec("blkdev", ["register_blkdev"], "negative", R, ["unregister_blkdev"]),
  spec("disk", ["add_disk", "device_add_disk"], "negative", A0, ["del_gendisk"], 0, { mustCheck: false }),
  spec(
    "crypto_alg",
    ["crypto_register_alg", "crypto_register_shash", "crypto_register_skcipher", "crypto_register_aead", "crypto_register_ahash"],
    "negative",
    A0,
    ["crypto_unregister_alg", "crypto_unregister_shash", "crypto_unregister_skcipher", "crypto_unregister_aead", "crypto_unregister_ahash"]
  ),
  spec(
    "crypto_tfm",
    ["crypto_alloc_shash", "crypto_alloc_skcipher", "crypto_alloc_aead", "crypto_alloc_ahash", "crypto_alloc_cipher"],
    "err-ptr",
    R,
    ["crypto_free_shash", "crypto_free_skcipher", "crypto_free_aead", "crypto_free_ahash", "crypto_free_cipher"]
  ),
  spec("sysctl", ["register_sysctl", "register_sysctl_table"], "null", R, ["unregister_sysctl_table"]),
  spec(
    "ida",
    ["ida_alloc", "ida_alloc_range", "ida_alloc_min", "ida_alloc_max", "ida_simple_get"],
    "negative",
    R,
    ["ida_free", "ida_simple_remove"],
    1
  ),
  spec("firmware", ["request_firmware"], "negative", A0, ["release_firmware"]),
  spec("file", ["filp_open"], "err-ptr", R, ["filp_close"]),
  spec("video", ["video_register_device"], "negative", A0, ["video_unregister_device", "vb2_video_unregister_device"]),
  spec("snd_card", ["snd_card_new"], "negative", { arg: 5 }, ["snd_card_free"]),
  spec("hwmon", ["hwmon_device_register", "hwmon_device_register_with_groups", "hwmon_device_register_with_info"], "err-ptr", R, [
    "hwmon_device_unregister"
  ])
];
var built;
function tables() {
  return built ??= indexTables();
}
function indexTables() {
  const byAcquire = /* @__PURE__ */ new Map();
  const byRelease = /* @__PURE__ */ new Map();
  const index = (s) => {
    for (const name2 of s.acquire) byAcquire.set(name2, s);
    for (const name2 of s.release) {
      const list = byRelease.get(name2) ?? [];
      list.push(s);
      byRelease.set(name2, list);
    }
  };
  for (const s of ACQUIRE_SPECS) index(s);
  const handWritten = /* @__PURE__ */ new Set([...byAcquire.keys(), ...byRelease.keys()]);
  const generatedSpecs = import_acquire_release_generated.default.pairs.filter((p) => !byAcquire.has(p.acquire) && !byRelease.has(p.release)).map(
    (p) => spec(p.acquire, [p.acquire], p.failure, p.handle === "result" ? R : { arg: p.handle }, [p.release], 0, { mustCheck: false })
  );
  for (const s of generatedSpecs) index(s);
  const generatedReturns = new Map(Object.entries(import_acquire_release_generated.default.returns));
  return { byAcquire, byRelease, handWritten, generated: generatedSpecs, generatedReturns };
}
var OWNERSHIP_TAKERS = /* @__PURE__ */ new Set([
  "device_register",
  "device_add",
  "device_initialize",
  "kobject_init",
  "kobject_init_and_add",
  "kobject_add",
  "kref_init",
  "list_add",
  "list_add_tail",
  "hlist_add_head",
  "idr_alloc",
  "xa_store",
  "radix_tree_insert"
]);
function acquireSpec(name2) {
  return tables().byAcquire.get(name2);
}
function releasedKinds(name2) {
  return tables().byRelease.get(name2) ?? [];
}
function managedSpec(name2) {
  const m = /^(devm|pcim)_(.+)$/.exec(name2);
  if (!m) return void 0;
  return tables().byAcquire.get(m[1] === "pcim" ? `pci_${m[2]}` : m[2]);
}
function isManaged(name2) {
  return /^(devm|pcim)_/.test(name2);
}
function returnsErrPtr(name2) {
  const { byAcquire, generatedReturns } = tables();
  const s = byAcquire.get(name2);
  if (s) return s.failure === "err-ptr";
  return ERR_PTR_EXTRA.has(name2) || generatedReturns.get(name2) === "err-ptr";
}
function returnsNull(name2) {
  const { byAcquire, generatedReturns } = tables();
  const s = byAcquire.get(name2);
  if (s) return s.failure === "null";
  return !ERR_PTR_EXTRA.has(name2) && generatedReturns.get(name2) === "null";
}
var ERR_PTR_EXTRA = /* @__PURE__ */ new Set([
  "devm_ioremap_resource",
  "devm_platform_ioremap_resource",
  "devm_clk_get",
  "devm_gpiod_get",
  "devm_regulator_get",
  "kthread_create_on_node",
  "debugfs_create_symlink",
  "memdup_user",
  "strndup_user"
]);

// src/analysis/cleanup/teardown.ts
function releases(rel, r) {
  if (rel.kinds.length) return rel.kinds.includes(r.spec.kind);
  return rel.handles.some(
    (a) => r.handles.some((h) => a === h || h.startsWith(`${a}->`) || h.startsWith(`${a}.`) || a.startsWith(`${h}->`))
  );
}
var DRIVER_UNREGISTER = /^(\w+_unregister_driver|\w+_driver_unregister|usb_deregister|i2c_del_driver|driver_unregister)$/;
function collectReleases(fb, env, depth = 0, stack = []) {
  const only = fb.body.length === 1 ? fb.body[0] : void 0;
  const refuses = only?.kind === "return" && /^-\s*E[A-Z]+$/.test(only.value ?? "");
  const out2 = { refuses, releases: [], inconclusive: fb.problems.map((p) => `${fb.name}: ${p}`) };
  if (out2.inconclusive.length) return out2;
  const followCallback = (name2) => {
    if (depth >= env.maxDepth) return;
    const helper = env.body(name2, fb.file);
    if (!helper) return;
    for (const r of collectReleases(helper, env, depth + 1, [...stack, fb.name]).releases) out2.releases.push({ ...r, viaRemove: true });
  };
  const visitCall = (c) => {
    const kinds = releasedKinds(c.name);
    if (kinds.length) {
      out2.releases.push({ kinds: kinds.map((k) => k.kind), handles: c.args.map(normExpr), call: c, file: fb.file });
      if (DRIVER_UNREGISTER.test(c.name) && c.args[0] && env.removeCallbacks) {
        const variable = c.args[0].replace(/^\s*&/, "").trim();
        for (const name2 of env.removeCallbacks(variable)) if (!stack.includes(name2)) followCallback(name2);
      }
      return;
    }
    if (!stack.includes(c.name) && env.has(c.name, fb.file)) {
      if (depth >= env.maxDepth) {
        out2.inconclusive.push(`${c.name} is nested too deep to follow`);
        return;
      }
      const inner = collectReleases(env.body(c.name, fb.file), env, depth + 1, [...stack, fb.name]);
      out2.releases.push(...inner.releases);
      out2.inconclusive.push(...inner.inconclusive);
      return;
    }
    if (env.opaqueMacro(c.name)) out2.inconclusive.push(`${fb.name}: cannot follow macro ${c.name} (line ${c.line})`);
    else if (TEARDOWN_ANYWHERE.test(c.name)) out2.releases.push({ kinds: [], handles: c.args.map(normExpr), call: c, file: fb.file });
    for (const arg of c.args) {
      const name2 = /^&?\s*([A-Za-z_]\w*)$/.exec(arg.trim())?.[1];
      if (name2 && name2 !== c.name && !stack.includes(name2) && env.has(name2, fb.file)) visitCall({ ...c, name: name2, args: [] });
    }
  };
  const visit2 = (stmts) => {
    for (const s of stmts) {
      switch (s.kind) {
        case "expr":
        case "return":
          s.calls.forEach(visitCall);
          break;
        case "if":
          s.cond.calls.forEach(visitCall);
          visit2(s.whenTrue);
          if (s.whenFalse) visit2(s.whenFalse);
          break;
        case "loop":
          s.calls.forEach(visitCall);
          visit2(s.body);
          break;
        case "switch":
          s.calls.forEach(visitCall);
          for (const c of s.cases) visit2(c.body);
          break;
        case "block":
          visit2(s.body);
          break;
        default:
          break;
      }
    }
  };
  visit2(fb.body);
  return out2;
}

// src/analysis/cleanup/summary.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function failureReturn(fb, lookup, stack = []) {
  const hit = cache2.get(fb);
  if (hit !== void 0 || cache2.has(fb)) return hit;
  cache2.set(fb, void 0);
  const kinds = /* @__PURE__ */ new Set();
  const assigned = /* @__PURE__ */ new Map();
  const returns = [];
  visit(fb.body, (s) => {
    if (s.kind === "return" && s.value) returns.push(s.value.replace(/\s+/g, ""));
    const assigns = s.kind === "expr" || s.kind === "return" ? s.assigns : s.kind === "if" ? s.cond.assigns : [];
    for (const a of assigns) {
      const list = assigned.get(a.target) ?? [];
      list.push(a.call ? `${a.call.name}(` : a.value);
      assigned.set(a.target, list);
    }
  });
  const kindOfCall = (name2) => {
    if (/^(ERR_PTR|ERR_CAST)$/.test(name2)) return "err-ptr";
    if (returnsErrPtr(name2)) return "err-ptr";
    if (returnsNull(name2)) return "null";
    if (stack.includes(name2)) return "unknown";
    const inner = lookup(name2);
    return inner && failureReturn(inner, lookup, [...stack, fb.name]) || "unknown";
  };
  const kindOf = (v, viaVariable) => {
    if (/^\(?NULL\)?$|^\(\w+\*\)(NULL|0)$/.test(v)) return "null";
    const call = /^([A-Za-z_]\w*)\(.*\)$/.exec(v);
    if (call) {
      const k = kindOfCall(call[1]);
      return viaVariable && k === "null" ? "ok" : k;
    }
    if (/^&?[A-Za-z_][\w>.\-[\]]*$/.test(v)) return "ok";
    return "unknown";
  };
  for (const v of returns) {
    const name2 = normExpr(v);
    const values = /^[A-Za-z_][\w>.-]*$/.test(v) ? assigned.get(name2) : void 0;
    const ks = values ? values.map((value) => kindOf(value.endsWith("(") ? `${value})` : value, true)) : [kindOf(v, false)];
    for (const k of ks) {
      if (k === "unknown") {
        cache2.set(fb, void 0);
        return void 0;
      }
      if (k !== "ok") kinds.add(k);
    }
  }
  const result = kinds.size === 1 ? [...kinds][0] : void 0;
  cache2.set(fb, result);
  return result;
}
function visit(stmts, f) {
  for (const s of stmts) {
    f(s);
    if (s.kind === "if") {
      visit(s.whenTrue, f);
      if (s.whenFalse) visit(s.whenFalse, f);
    } else if (s.kind === "loop" || s.kind === "block") visit(s.body, f);
    else if (s.kind === "switch") for (const c of s.cases) visit(c.body, f);
  }
}
function calledNames(fb) {
  const out2 = /* @__PURE__ */ new Set();
  visit(fb.body, (s) => {
    const calls = s.kind === "expr" || s.kind === "return" || s.kind === "loop" || s.kind === "switch" ? s.calls : s.kind === "if" ? s.cond.calls : [];
    for (const c of calls) out2.add(c.name);
  });
  return out2;
}

// src/analysis/cleanup/live-keys.ts
var VARIABLE = /^(?!(?:NULL|true|false)$)[A-Za-z_]/;
function liveKeys(cfg) {
  const count = cfg.nodes.length;
  const uses = [];
  const succ = [];
  for (const n of cfg.nodes) {
    const use = { reads: [], writes: [], updates: [] };
    const assigns = (list) => {
      for (const a of list) {
        if (readsTarget(a.value)) use.updates.push(a.target);
        else use.writes.push({ target: a.target, from: assignedFrom(a.value) });
      }
    };
    switch (n.t) {
      case "eff":
        assigns(n.assigns);
        succ.push([n.next]);
        break;
      case "cond":
        assigns(n.cond.assigns);
        for (const l of leaves(n.cond.test)) if ("key" in l) use.reads.push(l.key);
        succ.push([n.yes, n.no]);
        break;
      case "ret":
        assigns(n.assigns);
        use.reads.push(...returnReads(n));
        succ.push([]);
        break;
      case "multi":
        succ.push(n.succ);
        break;
      case "nop":
        succ.push([n.next]);
        break;
      case "end":
        succ.push([]);
        break;
    }
    uses.push(use);
  }
  const read = /* @__PURE__ */ new Set();
  for (const u of uses) for (const k of u.reads) read.add(k);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of uses) {
      for (const w of u.writes) {
        if (read.has(w.target) && !read.has(w.from) && VARIABLE.test(w.from)) {
          read.add(w.from);
          grew = true;
        }
      }
    }
  }
  const keys = [...read];
  const bit = new Map(keys.map((k, i2) => [k, i2]));
  const words = Math.max(1, Math.ceil(keys.length / 32));
  const gen = new Array(count * words).fill(0);
  const kill = new Array(count * words).fill(0);
  const setBit = (row, at2, key) => {
    const b = bit.get(key);
    if (b !== void 0) row[at2 * words + (b >>> 5)] |= 1 << (b & 31);
  };
  uses.forEach((u, i2) => {
    for (const k of u.reads) setBit(gen, i2, k);
    for (const k of u.updates) setBit(gen, i2, k);
    for (const w of u.writes) {
      setBit(gen, i2, w.from);
      setBit(kill, i2, w.target);
    }
    for (let w = i2 * words; w < (i2 + 1) * words; w++) kill[w] &= ~gen[w];
  });
  const live = new Array(count * words).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i2 = 0; i2 < count; i2++) {
      for (let w = 0; w < words; w++) {
        let out2 = 0;
        for (const s of succ[i2]) out2 |= live[s * words + w];
        const at2 = i2 * words + w;
        const v = out2 & ~kill[at2] | gen[at2];
        if (v !== live[at2]) {
          live[at2] = v;
          changed = true;
        }
      }
    }
  }
  const at = new Int32Array(count);
  const sets = [];
  const byBits = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < count; i2++) {
    const row = words === 1 ? [live[i2]] : live.slice(i2 * words, (i2 + 1) * words);
    const bits = words === 1 ? live[i2] : row.join(",");
    let id = byBits.get(bits);
    if (id === void 0) {
      id = sets.push(keysOf(row, keys)) - 1;
      byBits.set(bits, id);
    }
    at[i2] = id;
  }
  return { at, sets };
}
function keysOf(row, keys) {
  const out2 = /* @__PURE__ */ new Set();
  for (let b = 0; b < keys.length; b++) if (row[b >>> 5] & 1 << (b & 31)) out2.add(keys[b]);
  return out2;
}
function readsTarget(value) {
  return value === "?" || value === "++" || value === "--";
}
function assignedFrom(value) {
  const chained = /^([A-Za-z_][\w>.-]*)=[^=]/.exec(value);
  return chained ? chained[1].replace(/-$/, "") : value;
}
function leaves(t) {
  if (t.op === "not") return leaves(t.arg);
  if (t.op === "and" || t.op === "or") return [...leaves(t.left), ...leaves(t.right)];
  return [t];
}
function returnReads(n) {
  const out2 = [];
  for (const c of n.calls) {
    out2.push(c.key);
    for (const a of c.args) out2.push(normExpr(a));
  }
  if (n.value) {
    out2.push(normExpr(n.value));
    for (const w of n.value.replace(/\s+/g, "").match(/[A-Za-z_][\w>.-]*/g) ?? []) out2.push(normExpr(w));
  }
  return out2;
}

// src/analysis/cleanup/own-wrong-checks.ts
function mayCheckOwnPointerWrongly(fb, env) {
  const tests = [];
  const calls = [];
  const assigns = [];
  const labels = /* @__PURE__ */ new Map();
  const gotos = [];
  visit(fb.body, (s) => {
    if (s.kind === "if") {
      const site = { offset: s.offset, condCalls: s.cond.calls, zero: /* @__PURE__ */ new Set(), isErr: /* @__PURE__ */ new Set() };
      for (const t of leaves(s.cond.test)) {
        if (t.op === "zero") site.zero.add(t.key);
        else if (t.op === "is_err" && !t.orNull) site.isErr.add(t.key);
      }
      if (site.zero.size || site.isErr.size) tests.push(site);
    } else if (s.kind === "label") labels.set(s.name, s.offset);
    else if (s.kind === "goto") gotos.push(s);
    const own = s.kind === "expr" || s.kind === "return" || s.kind === "loop" ? { calls: s.calls, assigns: s.assigns } : s.kind === "if" ? s.cond : s.kind === "switch" ? { calls: s.calls, assigns: [] } : void 0;
    if (!own) return;
    for (const call of own.calls) calls.push({ call, at: s.kind === "loop" ? s.offset : call.offset, assigns: own.assigns });
    assigns.push(...own.assigns);
  });
  if (tests.length === 0) return false;
  const textOrder = gotos.every((g) => (labels.get(g.label) ?? -1) > g.offset);
  for (const { call, at, assigns: near } of calls) {
    const after = textOrder ? tests.filter((t) => at < t.offset || t.condCalls.includes(call)) : tests;
    if (after.length === 0) continue;
    const seeds = [call.key, ...near.filter((a) => a.call === call).map((a) => a.target)];
    const reach2 = reachedByAssignments(seeds, assigns);
    const zeroTested = after.some((t) => [...reach2].some((k) => t.zero.has(k)));
    const argReach = reachedByAssignments([...seeds, ...call.args.map(normExpr)], assigns);
    const isErrTested = after.some((t) => [...argReach].some((k) => t.isErr.has(k)));
    if (!zeroTested && !isErrTested) continue;
    const failure = failureOf(call.name, fb.file, env);
    if (failure === "err-ptr" && zeroTested || failure === "null" && isErrTested) return true;
  }
  return false;
}
function failureOf(name2, file, env) {
  const table = tableFailure(name2);
  if (table !== void 0) return table === "other" ? void 0 : table;
  if (!env.mayFailWithPointer(name2)) return void 0;
  const helper = env.body(name2, file);
  return helper ? failureReturn(helper, (n) => env.body(n, file)) : void 0;
}
function tableFailure(name2) {
  const spec2 = acquireSpec(name2) ?? managedSpec(name2);
  if (spec2) return spec2.failure === "err-ptr" || spec2.failure === "null" ? spec2.failure : "other";
  return returnsErrPtr(name2) ? "err-ptr" : void 0;
}
function reachedByAssignments(seeds, assigns) {
  const out2 = new Set(seeds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of assigns) {
      if (out2.has(a.target)) continue;
      const v = assignedFrom(a.value);
      if (out2.has(v)) {
        out2.add(a.target);
        grew = true;
      }
    }
  }
  return out2;
}

// src/analysis/cleanup/own-wrong-checks-text.ts
var FAILS_ERR = 1;
var FAILS_NULL = 2;
function textMayCheckOwnPointerWrongly(body2, helpers) {
  const tokens = body2.match(C_TOKEN) ?? [];
  const n = tokens.length;
  const kinds = new Uint8Array(n);
  const byName = /* @__PURE__ */ new Map();
  let any = 0;
  for (let i2 = 0; i2 + 1 < n; i2++) {
    if (tokens[i2 + 1] !== "(" || !isWord(tokens[i2])) continue;
    let k = byName.get(tokens[i2]);
    if (k === void 0) {
      k = failureBits(tokens[i2], helpers);
      byName.set(tokens[i2], k);
    }
    kinds[i2] = k;
    any |= k;
  }
  if (any === 0) return false;
  const match = brackets(tokens);
  const conds = [];
  for (let i2 = 0; i2 + 1 < n; i2++)
    if (tokens[i2] === "if" && tokens[i2 + 1] === "(" && match[i2 + 1] > i2 + 1) conds.push([i2 + 2, match[i2 + 1]]);
  if (conds.length === 0) return false;
  const assigns = assignments(tokens, match);
  if (any & FAILS_ERR && errorPointerTestedForNull(tokens, kinds, conds, assigns)) return true;
  return (any & FAILS_NULL) !== 0 && tokens.includes("IS_ERR") && nullTestedWithIsErr(tokens, kinds, match, conds, assigns);
}
function failureBits(name2, helpers) {
  const table = tableFailure(name2);
  if (table !== void 0) return table === "err-ptr" ? FAILS_ERR : table === "null" ? FAILS_NULL : 0;
  return (helpers.mayFailWithErrPtr(name2) ? FAILS_ERR : 0) | (helpers.mayFailWithNull(name2) ? FAILS_NULL : 0);
}
function errorPointerTestedForNull(tokens, kinds, conds, assigns) {
  for (const [from, to] of conds) for (let i2 = from; i2 < to; i2++) if (kinds[i2] & FAILS_ERR) return true;
  const reached = reach(tokens, assigns, (a) => holdsCall(kinds, FAILS_ERR, a.rhsStart, a.rhsEnd), []);
  if (reached === void 0) return true;
  for (const want of reached.values()) {
    for (const [from, to] of conds)
      for (let i2 = from; i2 + want.length <= to; i2++) {
        if (!startsRun(tokens, i2, want)) continue;
        const after = tokens[i2 + want.length];
        if (after === "->" || after === "." || after === "[") continue;
        const before = tokens[i2 - 1];
        if (before === "->" || before === ".") continue;
        const isErrArgument = before === "(" && (tokens[i2 - 2] === "IS_ERR" || tokens[i2 - 2] === "IS_ERR_OR_NULL") && after === ")";
        if (!isErrArgument) return true;
      }
  }
  return false;
}
function nullTestedWithIsErr(tokens, kinds, match, conds, assigns) {
  const args2 = [];
  for (let i2 = 0; i2 < tokens.length; i2++) {
    if (!(kinds[i2] & FAILS_NULL)) continue;
    const close = match[i2 + 1];
    if (close < 0) return true;
    let start2 = i2 + 2;
    for (let j = start2; j <= close; j++) {
      if (j < close && tokens[j] !== ",") {
        if (match[j] > j) j = match[j];
        continue;
      }
      if (j > start2) args2.push(normExpr(tokens.slice(start2, j).join("")));
      start2 = j + 1;
    }
    for (let j = i2 + 2; j < tokens.length && tokens[j] !== ";" && tokens[j] !== "}"; j++) if (isWord(tokens[j])) args2.push(tokens[j]);
  }
  const reached = reach(tokens, assigns, (a) => holdsCall(kinds, FAILS_NULL, a.rhsStart, a.rhsEnd), args2);
  if (reached === void 0) return true;
  const keys = new Set([...reached.keys()].map(withoutDerefs));
  for (const [from, to] of conds)
    for (let i2 = from; i2 + 1 < to; i2++) {
      if (tokens[i2] !== "IS_ERR" || tokens[i2 + 1] !== "(") continue;
      const close = match[i2 + 1];
      if (close < 0) return true;
      if (holdsCall(kinds, FAILS_NULL, i2 + 2, close)) return true;
      const arg = tokens.slice(i2 + 2, close);
      if (arg.includes("=") || arg.includes("#")) return true;
      if (keys.has(withoutDerefs(normExpr(arg.join(""))))) return true;
    }
  return false;
}
function reach(tokens, assigns, seeds, more) {
  const out2 = new Map(more.map((k) => [k, k.match(C_TOKEN) ?? []]));
  let unread = false;
  const put = (run2) => out2.set(run2.join(""), run2);
  const add = (a) => {
    if (a.lhsStart < 0) {
      unread = true;
      return;
    }
    const run2 = tokens.slice(a.lhsStart, a.lhsEnd + 1);
    put(run2);
    let bare = run2.length;
    while (bare > 1 && run2[bare - 1] === "]") bare = openingOf(run2, bare - 1);
    if (bare > 0) put(run2.slice(0, bare));
    for (let i2 = a.lhsStart - 1, stars = ["*"]; tokens[i2] === "*"; i2--, stars = [...stars, "*"]) put([...stars, ...run2]);
  };
  const left = [];
  for (const a of assigns) {
    if (seeds(a)) add(a);
    else left.push(a);
  }
  for (let grew = out2.size > 0; grew; ) {
    grew = false;
    for (let k = 0; k < left.length; k++) {
      const a = left[k];
      if (a.value !== ANY_VALUE && !out2.has(a.value)) continue;
      add(a);
      left[k] = left[left.length - 1];
      left.pop();
      k--;
      grew = true;
    }
  }
  return unread ? void 0 : out2;
}
function assignedValue(rhs) {
  return rhs.includes("#") ? ANY_VALUE : assignedFrom(normExpr(rhs));
}
function assignments(tokens, match) {
  const out2 = [];
  for (let i2 = 1; i2 < tokens.length; i2++) {
    const t = tokens[i2];
    if (t !== "=" && t !== "<<=" && t !== ">>=") continue;
    const lhsEnd = t === "=" && COMPOUND.has(tokens[i2 - 1]) ? i2 - 2 : i2 - 1;
    let lhsStart = runStart(tokens, match, lhsEnd);
    if (lhsStart === DESIGNATOR) continue;
    if (lhsStart >= 0 && (tokens[lhsStart - 1] === "#" || tokens.slice(lhsStart, lhsEnd + 1).includes("#"))) lhsStart = -1;
    let depth = 0;
    let j = i2 + 1;
    for (; j < tokens.length; j++) {
      const c = tokens[j];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") {
        if (--depth < 0) break;
      } else if ((c === "," || c === ";") && depth === 0) break;
    }
    out2.push({ lhsStart, lhsEnd, rhsStart: i2 + 1, rhsEnd: j, value: assignedValue(tokens.slice(i2 + 1, j).join("")) });
  }
  return out2;
}
var COMPOUND = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "&", "|", "^"]);
var DESIGNATOR = -2;
var ANY_VALUE = "#";
function runStart(tokens, match, end) {
  let i2 = end;
  for (; ; ) {
    while (i2 >= 0 && (tokens[i2] === "]" || tokens[i2] === ")")) {
      const open = match[i2];
      if (open < 0) return -1;
      if (tokens[i2] === "]" && opensInitializerItem(tokens, open)) return DESIGNATOR;
      i2 = open - 1;
    }
    if (i2 < 0 || !isOperand(tokens[i2])) return -1;
    const joint = tokens[i2 - 1];
    if (joint !== "->" && joint !== ".") return i2;
    if (joint === "." && opensInitializerItem(tokens, i2 - 1)) return DESIGNATOR;
    i2 -= 2;
  }
}
function opensInitializerItem(tokens, at) {
  const before = tokens[at - 1];
  return before === "{" || before === ",";
}
function holdsCall(kinds, bits, from, to) {
  for (let i2 = from; i2 < to; i2++) if (kinds[i2] & bits) return true;
  return false;
}
function openingOf(run2, close) {
  let depth = 0;
  for (let i2 = close; i2 >= 0; i2--) {
    if (run2[i2] === "]") depth++;
    else if (run2[i2] === "[" && --depth === 0) return i2;
  }
  return 0;
}
function startsRun(tokens, at, want) {
  for (let k = 0; k < want.length; k++) if (tokens[at + k] !== want[k]) return false;
  return true;
}
function brackets(tokens) {
  const match = new Int32Array(tokens.length).fill(-1);
  const open = { "(": [], "[": [], "{": [] };
  const opener = { ")": "(", "]": "[", "}": "{" };
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const t = tokens[i2];
    if (t === "(" || t === "[" || t === "{") open[t].push(i2);
    else if (t === ")" || t === "]" || t === "}") {
      const o = open[opener[t]].pop();
      if (o === void 0) continue;
      match[o] = i2;
      match[i2] = o;
    }
  }
  return match;
}
function withoutDerefs(key) {
  let k = key;
  while (k.startsWith("*")) k = normExpr(k.slice(1));
  return k;
}
function isWord(t) {
  const c = t.charCodeAt(0);
  return c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isOperand(t) {
  const c = t.charCodeAt(0);
  return isWord(t) || c >= 48 && c <= 57;
}

// src/analysis/cleanup/failure-text.ts
var VALUE_START = /\breturn\b|=/g;
function failureText(body2) {
  const returns = /* @__PURE__ */ new Set();
  let mayReturnNull = false;
  const returned = /* @__PURE__ */ new Set();
  const givenNull = /* @__PURE__ */ new Set();
  const givenCall = /* @__PURE__ */ new Map();
  let unread = false;
  VALUE_START.lastIndex = 0;
  for (let m = VALUE_START.exec(body2); m; m = VALUE_START.exec(body2)) {
    const isReturn = m[0] !== "=";
    if (!isReturn && !isAssignment(body2, m.index)) continue;
    const v = valueAt(body2, m.index + m[0].length);
    unread ||= v.directive;
    if (isReturn) {
      if (v.call) returns.add(v.call);
      else if (v.nullLiteral) mayReturnNull = true;
      else if (v.name) returned.add(v.name);
    } else if (v.nullLiteral) givenNull.add(targetBefore(body2, m.index));
    else if (v.call) {
      const target = targetBefore(body2, m.index);
      const calls = givenCall.get(target) ?? /* @__PURE__ */ new Set();
      calls.add(v.call);
      givenCall.set(target, calls);
    }
  }
  const returnsThrough = /* @__PURE__ */ new Set();
  const branched = body2.includes("#");
  for (const name2 of branched ? givenCall.keys() : returned) for (const call of givenCall.get(name2) ?? []) returnsThrough.add(call);
  if (branched ? givenNull.size > 0 : [...returned].some((name2) => givenNull.has(name2))) mayReturnNull = true;
  if (unread) {
    for (const m of body2.matchAll(CALLED)) {
      returns.add(m[1]);
      returnsThrough.add(m[1]);
    }
    mayReturnNull ||= NULL_WRITTEN.test(body2);
  }
  return { returns, returnsThrough, mayReturnNull };
}
var CALLED = /([A-Za-z_]\w*)\s*\(/g;
var NULL_WRITTEN = /\bNULL\b|\)\s*0\b/;
function isAssignment(text, at) {
  if (text[at + 1] === "=") return false;
  const before = text[at - 1];
  if (before === "=" || before === "!") return false;
  if (before === "<" || before === ">") return text[at - 2] === before;
  return true;
}
function valueAt(text, from) {
  let i2 = from;
  let cast = false;
  for (; ; ) {
    while (i2 < text.length && isSpace(text.charCodeAt(i2))) i2++;
    if (text[i2] !== "(") break;
    const close = text.indexOf(")", i2);
    const inner = close > i2 ? text.slice(i2 + 1, close) : "";
    if (/^[\w\s*]+$/.test(inner)) {
      if (inner.trim() === "NULL") return { directive: false, nullLiteral: true };
      cast = true;
      i2 = close + 1;
    } else i2++;
  }
  if (text[i2] === "#") return { directive: true, nullLiteral: false };
  let end = i2;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  if (end === i2) return { directive: false, nullLiteral: false };
  const word = text.slice(i2, end);
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  if (text[next] === "(") return { directive: false, call: word, nullLiteral: false };
  if (word === "NULL" || cast && word === "0") return { directive: false, nullLiteral: true };
  const rest = /^[\w\s>.-]*;/.exec(text.slice(i2, Math.min(text.length, i2 + 256)));
  return { directive: false, nullLiteral: false, name: rest ? rest[0].slice(0, -1).replace(/\s+/g, "") : void 0 };
}
function targetBefore(text, at) {
  let end = at;
  if (text[end - 1] === "<" || text[end - 1] === ">") end -= 2;
  else if ("+-*/%&|^".includes(text[end - 1])) end--;
  let start2 = end;
  while (start2 > 0 && /[\w\s>.-]/.test(text[start2 - 1])) start2--;
  const words = text.slice(start2, end).trim().replace(/\s*(->|\.)\s*/g, "$1").split(/\s+/);
  return words[words.length - 1];
}

// src/analysis/cleanup/return-type.ts
var SCALAR_WORDS = /* @__PURE__ */ new Set([
  "void",
  "int",
  "unsigned",
  "signed",
  "long",
  "short",
  "char",
  "bool",
  "_Bool",
  "size_t",
  "ssize_t",
  "loff_t",
  "irqreturn_t",
  "netdev_tx_t",
  "vm_fault_t",
  "blk_status_t",
  "umode_t",
  "gfp_t",
  "__poll_t",
  "dma_addr_t",
  "phys_addr_t",
  "resource_size_t"
]);
var SIZED_INTEGER = /^(?:__)?(?:[us]|le|be)(?:8|16|32|64)$|^u?int(?:8|16|32|64)_t$/;
var NOT_TYPE = /* @__PURE__ */ new Set(["static", "inline", "extern", "const", "volatile", "noinline", "notrace", "asmlinkage"]);
function returnsNoPointer(prefix) {
  if (!/^[\w\s]*$/.test(prefix)) return false;
  let typeWords = 0;
  const words = prefix.split(/\s+/).filter(Boolean);
  for (let i2 = 0; i2 < words.length; i2++) {
    const w = words[i2];
    if (NOT_TYPE.has(w) || w.startsWith("__") && !SIZED_INTEGER.test(w) && w !== "__poll_t") continue;
    if (w === "enum" && i2 + 1 < words.length) {
      typeWords++;
      i2++;
      continue;
    }
    if (!SCALAR_WORDS.has(w) && !SIZED_INTEGER.test(w)) return false;
    typeWords++;
  }
  return typeWords > 0;
}

// src/text/intern.ts
var VIEW_MIN_LENGTH = 13;
function detached(s) {
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}
var MAX_NAMES = 1 << 20;
var names = [];
var hashes = new Int32Array(1024);
var slots = new Int32Array(2048);
function internSlice(text, start2, end) {
  const h = nameHashAt(text, start2, end) | 0;
  const length = end - start2;
  const mask = slots.length - 1;
  let slot = h & mask;
  for (let k = slots[slot]; k !== 0; k = slots[slot]) {
    const kept = names[k - 1];
    if (hashes[k - 1] === h && kept.length === length && text.startsWith(kept, start2)) return kept;
    slot = slot + 1 & mask;
  }
  if (names.length >= MAX_NAMES) {
    clear();
    return internSlice(text, start2, end);
  }
  const own = detached(text.slice(start2, end));
  if (names.length === hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[names.length] = h;
  names.push(own);
  slots[slot] = names.length;
  if (names.length * 2 > slots.length) rehash(slots.length * 2);
  return own;
}
function rehash(size) {
  slots = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < names.length; k++) {
    let slot = hashes[k] & mask;
    while (slots[slot] !== 0) slot = slot + 1 & mask;
    slots[slot] = k + 1;
  }
}
function clear() {
  names = [];
  hashes = new Int32Array(1024);
  slots = new Int32Array(2048);
}

// src/analysis/cleanup/cfg.ts
function buildCfg(body2) {
  const nodes = [{ t: "end" }];
  const add = (n) => nodes.push(n) - 1;
  const labels = /* @__PURE__ */ new Map();
  const collect = (stmts) => {
    for (const s of stmts) {
      if (s.kind === "label" && !labels.has(s.name)) labels.set(s.name, add({ t: "nop", next: 0 }));
      else if (s.kind === "if") {
        collect(s.whenTrue);
        if (s.whenFalse) collect(s.whenFalse);
      } else if (s.kind === "loop" || s.kind === "block") collect(s.body);
      else if (s.kind === "switch") for (const c of s.cases) collect(c.body);
    }
  };
  collect(body2);
  const missingLabels = [];
  const seq = (stmts, next, ctx) => {
    let cur = next;
    for (let i2 = stmts.length - 1; i2 >= 0; i2--)
      cur = stmt(stmts[i2], cur, stmts[i2 + 1]?.kind === "return" ? { ...ctx, inLoop: void 0 } : ctx);
    return cur;
  };
  const stmt = (s, next, ctx) => {
    switch (s.kind) {
      case "expr":
        return add({ t: "eff", line: s.line, calls: s.calls, assigns: s.assigns, discarded: s.discarded, inLoop: ctx.inLoop, next });
      case "if":
        return add({
          t: "cond",
          line: s.line,
          cond: s.cond,
          inLoop: ctx.inLoop,
          yes: seq(s.whenTrue, next, ctx),
          no: s.whenFalse ? seq(s.whenFalse, next, ctx) : next,
          // inside a loop: does the branch leave it (a failed iteration that ends the loop)?
          yesBails: ctx.inLoop && bails(s.whenTrue),
          noBails: ctx.inLoop && bails(s.whenFalse ?? []),
          onlyCalls: onlyCalls(s.whenFalse ? [] : s.whenTrue),
          branchCalls: branchCalls(s.whenTrue, s.whenFalse)
        });
      case "return":
        return add({ t: "ret", line: s.line, value: s.value, calls: s.calls, assigns: s.assigns, inLoop: ctx.inLoop });
      case "goto": {
        const target = labels.get(s.label);
        if (target === void 0) {
          missingLabels.push(s.label);
          return 0;
        }
        return target;
      }
      case "label": {
        const n = labels.get(s.name);
        const node = nodes[n];
        if (node.t === "nop") node.next = next;
        return n;
      }
      case "loop": {
        const inner = { brk: next, cont: next, inLoop: loopCalls(s) };
        const body3 = seq(s.body, next, inner);
        return s.calls.length || s.assigns.length ? add({ t: "eff", line: s.line, calls: s.calls, assigns: s.assigns, inLoop: inner.inLoop, next: body3 }) : body3;
      }
      case "switch": {
        const inner = { ...ctx, brk: next };
        const entries = [];
        let fall = next;
        for (let i2 = s.cases.length - 1; i2 >= 0; i2--) {
          fall = seq(s.cases[i2].body, fall, inner);
          entries.unshift(fall);
        }
        if (!s.cases.some((c) => c.isDefault)) entries.push(next);
        const multi = add({ t: "multi", succ: entries });
        return s.calls.length ? add({ t: "eff", line: s.line, calls: s.calls, assigns: [], inLoop: ctx.inLoop, next: multi }) : multi;
      }
      case "break":
        return ctx.brk;
      case "continue":
        return ctx.cont;
      case "block":
        return seq(s.body, next, ctx);
    }
  };
  const entry = seq(body2, 0, { brk: 0, cont: 0, inLoop: void 0 });
  return { nodes, entry, missingLabels };
}
function branchCalls(whenTrue, whenFalse) {
  const yes = onlyCalls(whenTrue);
  const no = whenFalse && onlyCalls(whenFalse);
  return yes && no ? [yes, no] : void 0;
}
function onlyCalls(stmts) {
  const [s] = stmts;
  return stmts.length === 1 && s.kind === "expr" && s.calls.length > 0 && s.assigns.length === 0 ? s.calls : void 0;
}
function loopCalls(loop) {
  const out2 = new Set(loop.calls.map((c) => c.name));
  const visit2 = (stmts) => {
    for (const s of stmts) {
      if (s.kind === "expr" || s.kind === "return") for (const c of s.calls) out2.add(c.name);
      else if (s.kind === "if") {
        for (const c of s.cond.calls) out2.add(c.name);
        visit2(s.whenTrue);
        if (s.whenFalse) visit2(s.whenFalse);
      } else if (s.kind === "loop") {
        for (const c of s.calls) out2.add(c.name);
        visit2(s.body);
      } else if (s.kind === "block") visit2(s.body);
      else if (s.kind === "switch") {
        for (const c of s.calls) out2.add(c.name);
        for (const k of s.cases) visit2(k.body);
      }
    }
  };
  visit2(loop.body);
  return out2;
}
function bails(stmts) {
  return stmts.some(
    (s) => s.kind === "goto" || s.kind === "return" || s.kind === "break" || s.kind === "block" && bails(s.body) || s.kind === "if" && bails(s.whenTrue) && bails(s.whenFalse ?? [])
  );
}

// src/analysis/cleanup/val-table.ts
var VALS = ["zero", "nonzero", "neg", "nonneg", "err", "unknown", "pos"];
var ValTable = class _ValTable {
  static EMPTY = 0;
  /** Per number: the known keys, sorted, and their values. */
  keys = [[]];
  values = [[]];
  /** Per number: its contents as codes (key number * 8 + value index), in the order of `keys`. */
  codes = [[]];
  /** Numbers by a hash of their codes: equal contents are found by comparing numbers, not by a text built of them. */
  byHash = /* @__PURE__ */ new Map([[hashOf([]), [_ValTable.EMPTY]]]);
  keyNumbers = /* @__PURE__ */ new Map();
  /** Per number, per key: the number after setting the key to each value (indexed as VALS). */
  edits = [/* @__PURE__ */ new Map()];
  /** Per number, per set of keys (its number, see `only`): the number of the values of those keys alone. */
  kept = [/* @__PURE__ */ new Map()];
  get(vals, key) {
    const i2 = this.keys[vals].indexOf(key);
    return i2 < 0 ? void 0 : this.values[vals][i2];
  }
  set(vals, key, v) {
    let byValue = this.edits[vals].get(key);
    if (!byValue) {
      byValue = [];
      this.edits[vals].set(key, byValue);
    }
    const i2 = VALS.indexOf(v);
    let out2 = byValue[i2];
    if (out2 === void 0) {
      out2 = this.edited(vals, key, v);
      byValue[i2] = out2;
    }
    return out2;
  }
  /** The values of the keys in `keep` alone (`keepId` numbers that set, for the caller's sets). */
  only(vals, keep, keepId) {
    const hit = this.kept[vals].get(keepId);
    if (hit !== void 0) return hit;
    let out2 = vals;
    for (const key of this.keys[vals]) if (!keep.has(key)) out2 = this.set(out2, key, "unknown");
    this.kept[vals].set(keepId, out2);
    return out2;
  }
  edited(vals, key, v) {
    const keys = this.keys[vals].slice();
    const values = this.values[vals].slice();
    const codes = this.codes[vals].slice();
    let at = 0;
    while (at < keys.length && keys[at] < key) at++;
    const present = keys[at] === key;
    if (v === "unknown") {
      if (!present) return vals;
      keys.splice(at, 1);
      values.splice(at, 1);
      codes.splice(at, 1);
    } else {
      const code = this.keyNumber(key) * 8 + VALS.indexOf(v);
      if (present) {
        values[at] = v;
        codes[at] = code;
      } else {
        keys.splice(at, 0, key);
        values.splice(at, 0, v);
        codes.splice(at, 0, code);
      }
    }
    const hash = hashOf(codes);
    let same = this.byHash.get(hash);
    for (const n of same ?? []) if (sameCodes(this.codes[n], codes)) return n;
    const out2 = this.keys.length;
    this.keys.push(keys);
    this.values.push(values);
    this.codes.push(codes);
    this.edits.push(/* @__PURE__ */ new Map());
    this.kept.push(/* @__PURE__ */ new Map());
    if (same === void 0) {
      same = [];
      this.byHash.set(hash, same);
    }
    same.push(out2);
    return out2;
  }
  keyNumber(key) {
    let n = this.keyNumbers.get(key);
    if (n === void 0) {
      n = this.keyNumbers.size;
      this.keyNumbers.set(key, n);
    }
    return n;
  }
};
function hashOf(codes) {
  let h = codes.length;
  for (const c of codes) h = Math.imul(h ^ c, 2654435761) ^ h >>> 15;
  return h;
}
function sameCodes(a, b) {
  if (a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}

// src/analysis/cleanup/walk.ts
var PREDICATE = /(^is_|_is_|(^|_)has_|valid|(^|_)check)/;
var STATUS_OF_POINTER = /^(PTR_ERR_OR_ZERO|IS_ERR|IS_ERR_OR_NULL)$/;
var TERNARY = /^\(?(!?)\(?([A-Za-z_][\w>.-]*)\)?\)?\?(0|-\(?[A-Z][A-Z0-9_]*\)?|-?\d+):(0|-\(?[A-Z][A-Z0-9_]*\)?|-?\d+)$/;
var THREAD_EXITS = /* @__PURE__ */ new Set(["kthread_complete_and_exit", "complete_and_exit", "kthread_exit", "do_exit", "module_put_and_kthread_exit"]);
var CHECKERS = /* @__PURE__ */ new Set(["IS_ERR", "IS_ERR_OR_NULL", "PTR_ERR", "PTR_ERR_OR_ZERO", "WARN_ON", "WARN_ON_ONCE", "BUG_ON", "ERR_CAST"]);
var summaries = /* @__PURE__ */ new WeakMap();
var stats2 = { walks: 0, steps: 0, limited: 0, limitedSteps: 0 };
function walkFunction(fnBody, env, depth = 0, stack = []) {
  let perEnv = summaries.get(env);
  if (!perEnv) {
    perEnv = /* @__PURE__ */ new WeakMap();
    summaries.set(env, perEnv);
  }
  let perBody = perEnv.get(fnBody);
  if (!perBody) {
    perBody = /* @__PURE__ */ new Map();
    perEnv.set(fnBody, perBody);
  }
  const cached = perBody.get(depth) ?? atAnotherDepth(perBody, depth, env.maxDepth);
  const result = cached ?? new Walker(fnBody, env, depth, [...stack, fnBody.name]).run();
  perBody.set(depth, result);
  return result;
}
function atAnotherDepth(perBody, depth, maxDepth) {
  for (const [d, w] of perBody) {
    if (!w.depthFree || depth + w.nesting > maxDepth) continue;
    return d === 0 === (depth === 0) ? w : { ...w, leaks: depth === 0 ? w.topLeaks : [] };
  }
  return void 0;
}
var graphs = /* @__PURE__ */ new WeakMap();
function graphOf(fb) {
  let g = graphs.get(fb);
  if (!g) {
    const cfg = buildCfg(fb.body);
    g = { cfg, live: cfg.missingLabels.length ? { at: new Int32Array(0), sets: [] } : liveKeys(cfg) };
    graphs.set(fb, g);
  }
  return g;
}
var Walker = class {
  constructor(fb, env, depth, stack) {
    this.fb = fb;
    this.env = env;
    this.depth = depth;
    this.stack = stack;
  }
  created = /* @__PURE__ */ new Map();
  checked = /* @__PURE__ */ new Set();
  /** Resources already tested with IS_ERR (a later NULL test is then deliberate: `p = NULL` on -ENOENT). */
  isErrChecked = /* @__PURE__ */ new Set();
  successLive = /* @__PURE__ */ new Map();
  successManaged = /* @__PURE__ */ new Map();
  successTorn = /* @__PURE__ */ new Map();
  leaks = /* @__PURE__ */ new Map();
  wrong = /* @__PURE__ */ new Map();
  doubles = /* @__PURE__ */ new Map();
  foreign = /* @__PURE__ */ new Map();
  foreignOnSuccess = /* @__PURE__ */ new Set();
  foreignOnFailure = /* @__PURE__ */ new Set();
  /** Helper calls whose outcomes were walked apart: the status value each path set must stay. */
  splitCalls = /* @__PURE__ */ new Set();
  inconclusive = /* @__PURE__ */ new Set();
  helperResults = [];
  returnsHandleOf;
  /** See WalkResult.nesting and depthFree. */
  nesting = 0;
  depthFree = true;
  canFail = false;
  errorSignKnown = true;
  /** Calls whose int result may be a negative errno (module helpers that fail, registrations). */
  failingCalls = /* @__PURE__ */ new Set();
  values = new ValTable();
  /** The keys a path may still read, per node (see live-keys): a value kept for no other key decides nothing. */
  live = { at: new Int32Array(0), sets: [] };
  /** States as they reach a node, with only the values a step from there may read (by state, by set of live keys). */
  narrowed = /* @__PURE__ */ new WeakMap();
  run() {
    if (this.fb.problems.length) {
      return this.result(this.fb.problems.map((p) => `${this.fb.name}: ${p}`));
    }
    const { cfg, live } = graphOf(this.fb);
    if (cfg.missingLabels.length) return this.result([`${this.fb.name}: goto to unknown label ${cfg.missingLabels[0]}`]);
    this.live = live;
    const seen = /* @__PURE__ */ new Set();
    const ids = new StateIds();
    const nodeCount = cfg.nodes.length;
    const work = [{ node: cfg.entry, st: { live: [], vals: ValTable.EMPTY, tainted: void 0 } }];
    let steps = 0;
    while (work.length) {
      if (++steps > this.env.maxSteps) {
        this.inconclusive.add(`${this.fb.name}: too many paths to follow`);
        break;
      }
      const popped = work.pop();
      const node = popped.node;
      const st = this.atNode(popped.st, node);
      const sig = ids.of(st) * nodeCount + node;
      if (seen.has(sig)) continue;
      seen.add(sig);
      for (const next of this.step(cfg.nodes[node], st)) work.push(next);
    }
    stats2.walks++;
    stats2.steps += steps;
    if (steps > this.env.maxSteps) {
      stats2.limited++;
      stats2.limitedSteps += steps;
    }
    return this.result([...this.inconclusive]);
  }
  /** `st` with the values no step from `node` on reads forgotten: paths that differ only there are walked once. */
  atNode(st, node) {
    if (st.vals === ValTable.EMPTY) return st;
    const setId = this.live.at[node];
    let byNode = this.narrowed.get(st);
    if (!byNode) {
      byNode = /* @__PURE__ */ new Map();
      this.narrowed.set(st, byNode);
    }
    let out2 = byNode.get(setId);
    if (!out2) {
      const vals = this.values.only(st.vals, this.live.sets[setId], setId);
      out2 = vals === st.vals ? st : { ...st, vals };
      byNode.set(setId, out2);
    }
    return out2;
  }
  result(inconclusive) {
    const unchecked = [...this.created.values()].filter(
      (r) => !this.checked.has(r.id) && r.spec.failure !== "none" && r.spec.mustCheck !== false && r.fn === this.fb.name
    );
    const fromHelpers = (pick) => this.helperResults.flatMap(pick);
    const leaks = [...this.leaks.values()];
    return {
      fn: this.fb.name,
      file: this.fb.file,
      successLive: [...this.successLive.values()],
      successManaged: [...this.successManaged.values()],
      successTorn: [...this.successTorn.values()],
      // (a helper, below the top, reports none)
      leaks: this.depth === 0 ? leaks : [],
      topLeaks: leaks,
      unchecked: [...unchecked, ...fromHelpers((w) => w.unchecked)],
      wrongChecks: [...this.wrong.values(), ...fromHelpers((w) => w.wrongChecks)],
      doubleFrees: [...this.doubles.values(), ...fromHelpers((w) => w.doubleFrees)],
      foreignReleases: [...this.foreign.values()],
      foreignOnSuccess: [...this.foreignOnSuccess].map((k) => this.foreign.get(k)),
      foreignOnFailure: [...this.foreignOnFailure].map((k) => this.foreign.get(k)),
      returnsHandleOf: this.returnsHandleOf,
      canFail: this.canFail,
      failsNegative: this.canFail && this.errorSignKnown,
      inconclusive: [...inconclusive, ...fromHelpers((w) => w.inconclusive)],
      nesting: this.nesting,
      depthFree: this.depthFree
    };
  }
  step(n, st) {
    switch (n.t) {
      case "end":
        this.onReturn(st, void 0, 0);
        return [];
      case "nop":
        return [{ node: n.next, st }];
      case "multi":
        return n.succ.map((node) => ({ node, st }));
      case "eff":
        return this.effects(st, n.calls, n.assigns, n.inLoop, n.discarded).map((s) => ({ node: n.next, st: s }));
      case "cond": {
        const out2 = [];
        for (const s of this.effects(st, n.cond.calls, n.cond.assigns, n.inLoop)) {
          this.markTested(s, n.cond.test, n.line, leaves(n.cond.test));
          const known = this.truthOf(n.cond.test, s) ?? this.heldBranch(n, s);
          const yes = known === false ? void 0 : this.assume(s, n.cond.test, true, n.yesBails);
          const no = known === true ? void 0 : this.assume(s, n.cond.test, false, n.noBails);
          if (yes) out2.push({ node: n.yes, st: yes });
          if (no && !(yes && (this.guardedRelease(n, s) || this.handleGuarded(n, s)))) out2.push({ node: n.no, st: no });
        }
        return out2;
      }
      case "ret": {
        for (const s of this.effects(st, n.calls, n.assigns, n.inLoop)) this.onReturn(s, n.value, n.line, n.calls);
        return [];
      }
    }
  }
  /**
   * Whether `if (flag) release(r);` (no else) makes the release on every path here: when the walk cannot tell the flag
   * and the test names no resource: an unwinding path that releases under a flag of the driver's own
   * (e1000's `disable_dev = !test_and_set_bit(__E1000_DISABLED, ...)`, set on every path in probe) is taken to
   * release, as the driver means it to (the Intel drivers' probes were reported as leaking pci_enable_device).
   */
  guardedRelease(n, st) {
    if (!n.onlyCalls) return false;
    if (this.truthOf(n.cond.test, st) !== void 0) return false;
    const keys = leaves(n.cond.test).flatMap((t) => "key" in t ? [t.key] : []);
    if (keys.some((k) => st.live.some((r) => r.status === k || r.handles.includes(k)))) return false;
    return n.onlyCalls.every((c) => {
      const kinds = callKind(c.name).released.map((x) => x.kind);
      return kinds.length > 0 && st.live.some((r) => !r.managed && kinds.includes(r.spec.kind));
    });
  }
  /**
   * Whether `if (h && cond) release(h);` (no else) releases a resource the path holds under the handle `h`: the other
   * conditions are ones the walk cannot tell, and the driver tests its handle to release what it mapped, under the
   * condition it mapped it under (e1000e: `if ((adapter->hw.flash_address) && (hw->mac.type < e1000_pch_spt))
   * iounmap(...)`, mapped only below that type). The release is taken as made.
   */
  handleGuarded(n, st) {
    if (!n.onlyCalls || n.cond.test.op !== "and") return false;
    const conjuncts = [];
    const flatten = (t) => {
      if (t.op === "and") {
        flatten(t.left);
        flatten(t.right);
      } else conjuncts.push(t);
    };
    flatten(n.cond.test);
    const handles = conjuncts.flatMap((t) => t.op === "not" && t.arg.op === "zero" ? [t.arg.key] : []);
    if (handles.length === 0 || handles.length === conjuncts.length) return false;
    if (conjuncts.some((t) => !(t.op === "not" && t.arg.op === "zero") && this.truthOf(t, st) !== void 0)) return false;
    return n.onlyCalls.some((c) => {
      const kinds = callKind(c.name).released.map((x) => x.kind);
      return st.live.some(
        (r) => !r.managed && kinds.includes(r.spec.kind) && handles.some((h) => r.handles.includes(h) && c.args.some((a) => normExpr(a) === h))
      );
    });
  }
  /**
   * For `if (c) release_a(x); else release_b(y);` with `c` a condition the walk cannot tell: the branch whose release
   * the path holds something for, when the other releases only what it does not hold (megaraid's `if (flag &
   * BOARD_MEMMAP) release_mem_region(...); else release_region(...);`, the flag set where the memory region was
   * requested): true for the first branch, false for the second, else undefined.
   */
  heldBranch(n, st) {
    if (!n.branchCalls) return void 0;
    const kinds = (calls) => calls.flatMap((c) => callKind(c.name).released.map((x) => x.kind));
    const holds = (calls) => kinds(calls).some((k) => st.live.some((r) => !r.managed && r.spec.kind === k));
    const onlyReleases = (calls) => calls.every((c) => callKind(c.name).released.length > 0);
    const [yes, no] = n.branchCalls;
    if (!onlyReleases(yes) || !onlyReleases(no)) return void 0;
    if (holds(yes) && !holds(no)) return true;
    if (holds(no) && !holds(yes)) return false;
    return void 0;
  }
  /** What the path's known values make of a test: true, false, or undefined when they do not decide it. */
  truthOf(t, st) {
    switch (t.op) {
      case "unknown":
        return void 0;
      case "not": {
        const v = this.truthOf(t.arg, st);
        return v === void 0 ? void 0 : !v;
      }
      case "and":
      case "or": {
        const l = this.truthOf(t.left, st);
        const r = this.truthOf(t.right, st);
        const decisive = t.op === "or";
        if (l === decisive || r === decisive) return decisive;
        return l === void 0 || r === void 0 ? void 0 : !decisive;
      }
      default: {
        const v = this.values.get(st.vals, t.key);
        if (v === void 0) return void 0;
        if (t.op === "zero") return v === "zero" ? true : v === "nonneg" ? void 0 : false;
        if (t.op === "neg") return v === "neg" ? true : v === "nonneg" || v === "zero" || v === "pos" ? false : void 0;
        return v === "err" ? true : v === "zero" ? t.orNull : void 0;
      }
    }
  }
  // ---- effects of calls and assignments ----
  effects(st, calls, assigns, inLoop, discarded) {
    let states = [st];
    for (const c of calls) {
      if (CHECKERS.has(c.name)) {
        for (const s of states) for (const a of c.args) this.markKeyChecked(s, normExpr(a));
        continue;
      }
      const target = assigns.find((a) => a.call === c)?.target;
      states = states.flatMap((s) => this.call(s, c, target, inLoop, c === discarded));
    }
    return states.map((s) => this.assignAll(st, s, assigns));
  }
  assignAll(st, after, assigns) {
    let s = after;
    if (!assigns.length) return s;
    let held;
    const before = (r) => (held ??= new Set(st.live.map((x) => `${x.id}|${x.status}`))).has(`${r.id}|${r.status}`);
    for (const a of assigns) {
      if (readsTarget(a.value)) this.markKeyChecked(s, a.target);
      const stale = (r) => r.status === a.target && before(r) && r.call !== a.call;
      if (s.live.some(stale)) s = { ...s, live: s.live.map((r) => stale(r) ? { ...r, status: `${r.status}#${r.call.offset}` } : r) };
      s = this.assign(s, a);
    }
    return s;
  }
  call(st, c, target, inLoop, discarded) {
    const kind = callKind(c.name);
    if (kind.predicate) {
      const args2 = c.args.map(normExpr);
      for (const r of st.live) if (r.handles.some((h) => args2.includes(h))) this.isErrChecked.add(r.id);
    }
    const { spec: spec2, mspec } = kind;
    if (spec2 || mspec) {
      const s = spec2 ?? mspec;
      const argHandles = c.args.map(normExpr);
      const onManaged = s.kind === "input" && st.live.some((r) => r.managed && r.handles.some((h) => argHandles.includes(h))) || // after pcim_enable_device, region requests are managed too (pci.c, pcim_release)
      s.kind === "pci_regions" && st.live.some((r) => r.managed && r.spec.kind === "pci_enable");
      const managed = !spec2 || kind.managedName || onManaged;
      const unseen = s.kind === "input" && !onManaged && !st.live.some((r) => r.spec.kind === "input_alloc") || this.endsItself(s, c);
      const handleExpr = s.handle === "result" ? target : c.args[s.handle.arg];
      const status = target ?? c.key;
      const res = {
        id: `${this.fb.file}:${c.offset}`,
        spec: unseen ? untracked(s) : s,
        managed,
        call: c,
        file: this.fb.file,
        fn: this.fb.name,
        handles: handleExpr ? [normExpr(handleExpr)] : [],
        status,
        ptrStatus: s.failure === "err-ptr" || s.failure === "null",
        // released in the same loop: each iteration's own, nothing carried over
        loop: inLoop && !s.release.some((n) => inLoop.has(n)) ? true : void 0
      };
      void discarded;
      this.created.set(res.id, res);
      if (s.failure === "negative") this.failingCalls.add(c.key);
      let vals = this.values.set(st.vals, status, "unknown");
      const argHandle = s.handle !== "result" && handleExpr && !handleExpr.trim().startsWith("&") ? normExpr(handleExpr) : "";
      if (argHandle && /^[A-Za-z_][\w>.-]*$/.test(argHandle)) vals = this.values.set(vals, argHandle, "nonzero");
      const next = { ...st, live: [...st.live.filter((r) => r.id !== res.id), res], vals };
      return OWNERSHIP_TAKERS.has(c.name) ? this.handOver(next, c) : next;
    }
    const kinds = kind.released;
    if (kinds.length) return this.release(st, c, kinds, inLoop !== void 0);
    if (OWNERSHIP_TAKERS.has(c.name)) return this.handOver(st, c);
    if (c.name === "devm_add_action" || c.name === "devm_add_action_or_reset") return this.toDevres(st, c);
    if (this.env.has(c.name, this.fb.file)) {
      if (!this.stack.includes(c.name)) {
        if (this.depth < this.env.maxDepth)
          return this.applyHelper(st, c, this.env.body(c.name, this.fb.file), target, inLoop, discarded);
        this.depthFree = false;
        return { ...st, tainted: st.tainted ?? `${c.name} is nested too deep to follow` };
      }
      this.depthFree = false;
    }
    if (this.env.opaqueMacro(c.name)) return { ...st, tainted: st.tainted ?? `macro ${c.name} (line ${c.line})` };
    if (kind.teardownName) return this.teardown(st, c);
    return st;
  }
  release(st, c, specs, inLoop = false) {
    const kinds = specs.map((s) => s.kind);
    const args2 = specs.map((s) => c.args[s.releaseArg] !== void 0 ? normExpr(c.args[s.releaseArg]) : "");
    let match = st.live.find((r) => kinds.includes(r.spec.kind) && args2.some((a) => names2(r, a)));
    if (match?.managed) {
      if (!(match.spec.kind === "input_alloc" && c.name !== "input_free_device")) {
        this.doubles.set(`${match.id}|${c.offset}`, { res: match, release: c, file: this.fb.file });
      }
      return st;
    }
    if (!match) {
      const candidates = st.live.filter((r) => !r.managed && kinds.includes(r.spec.kind));
      match = candidates[candidates.length - 1];
    }
    if (!match) {
      const ev = { kinds, handle: args2[0] ?? "", call: c, file: this.fb.file };
      if (inLoop) ev.inLoop = true;
      return this.freed(st, `${c.offset}`, ev);
    }
    const id = match.id;
    const kind = match.spec.releasesAll ? match.spec.kind : void 0;
    const found = match;
    const paired = (r) => !r.managed && r.spec.release.includes(c.name) && (r.spec.dependsOn?.includes(found.spec.kind) || found.spec.dependsOn?.includes(r.spec.kind));
    return { ...st, live: st.live.filter((r) => r.id !== id && (kind === void 0 || r.spec.kind !== kind) && !paired(r)) };
  }
  /**
   * A kernel thread whose function ends itself (`kthread_complete_and_exit(&done, 0)`, the module's
   * exit then waits for `done`) needs no kthread_stop.
   */
  endsItself(s, c) {
    if (s.kind !== "kthread" || !c.args[0]) return false;
    const fn = this.env.body(c.args[0].replace(/^&/, "").trim(), this.fb.file);
    if (!fn) return false;
    const names3 = calledNames(fn);
    return [...THREAD_EXITS].some((n) => names3.has(n));
  }
  /** `device_register(&obj->dev)`: the object's memory now belongs to its release callback. */
  handOver(st, c) {
    const args2 = c.args.map(normExpr);
    const live = st.live.filter(
      (r) => r.spec.failure !== "null" || !r.handles.some((h) => args2.some((a) => a === h || a.startsWith(`${h}->`) || a.startsWith(`${h}.`)))
    );
    return live.length === st.live.length ? st : { ...st, live };
  }
  /** `devm_add_action_or_reset(dev, fn, data)`: devres now releases what `data` names. */
  toDevres(st, c) {
    const data = normExpr(c.args[2] ?? "");
    if (!data) return st;
    const named = (h) => h === data || h.startsWith(`${data}->`) || h.startsWith(`${data}.`);
    return { ...st, live: st.live.map((r) => r.handles.some(named) ? { ...r, managed: true } : r) };
  }
  /** `foo_cleanup(dev)`: releases what is named by (or hangs off) its arguments. */
  teardown(st, c) {
    const args2 = c.args.map(normExpr).filter((a) => a !== "");
    const embedded = new Set(c.args.filter((a) => /^\s*&/.test(a) || !a.includes("->")).map(normExpr));
    const hit = (h) => args2.some(
      (a) => a === h || embedded.has(a) && (a.startsWith(`${h}->`) || a.startsWith(`${h}.`)) || h.startsWith(`${a}->`) || h.startsWith(`${a}.`)
    );
    const gone = (r) => !r.managed && (r.handles.some(hit) || r.loop === true && r.handles.map(anyIndex).some(hit));
    const live = st.live.filter((r) => !gone(r));
    let s = live.length === st.live.length ? st : { ...st, live, torn: [...st.torn ?? [], ...st.live.filter(gone)] };
    for (const a of args2) s = this.freed(s, `${c.offset}:${a}`, { kinds: [], handle: a, call: c, file: this.fb.file });
    return s;
  }
  /** A release of something this function did not acquire, made on this path (for the caller, by outcome). */
  freed(st, key, ev) {
    this.foreign.set(key, ev);
    return st.freed?.includes(key) ? st : { ...st, freed: [...st.freed ?? [], key] };
  }
  applyHelper(st, c, helper, target, inLoop, discarded) {
    const w = walkFunction(helper, this.env, this.depth + 1, this.stack);
    this.helperResults.push(w);
    this.nesting = Math.max(this.nesting, w.nesting + 1);
    this.depthFree &&= w.depthFree;
    if (w.canFail) this.failingCalls.add(c.key);
    if (w.inconclusive.length) return { ...st, tainted: st.tainted ?? w.inconclusive[0] };
    const pointer = failureReturn(helper, (n) => this.env.body(n, this.fb.file));
    const status = target ?? c.key;
    if (w.canFail && !pointer && !discarded && !sameEvents(w.foreignOnSuccess, w.foreignOnFailure)) {
      this.splitCalls.add(c.key);
      const ok = this.helperOutcome(st, c, w, target, inLoop, w.foreignOnSuccess, true);
      const failed = w.foreignOnFailure.reduce((s2, ev) => this.applyForeign(s2, ev, inLoop), st);
      return [
        { ...ok, vals: this.values.set(ok.vals, status, "zero") },
        { ...failed, vals: this.values.set(failed.vals, status, w.failsNegative ? "neg" : "nonzero") }
      ];
    }
    const s = this.checkOnly(st, c, target, pointer);
    return this.helperOutcome(s, c, w, target, inLoop, w.foreignReleases, false, pointer !== void 0);
  }
  /** The state after a helper returned: its releases applied, what it holds on success added. */
  helperOutcome(st, c, w, target, inLoop, events, split, pointer = false) {
    let s = st;
    for (const ev of events) s = this.applyForeign(s, ev, inLoop);
    const status = target ?? c.key;
    const byPointer = pointer && target !== void 0;
    const added = w.successLive.map((r) => {
      const returned = w.returnsHandleOf === r.id;
      return {
        ...r,
        handles: returned && target ? [...r.handles, target] : r.handles,
        status: w.canFail || returned || byPointer ? status : `${c.key}:void`,
        ptrStatus: byPointer || returned && r.ptrStatus,
        viaHelper: true,
        handedBack: returned && target !== void 0 ? true : void 0,
        via: c,
        loop: inLoop && !r.spec.release.some((n) => inLoop.has(n)) || r.loop
      };
    });
    if (!added.length) return s;
    for (const r of added) this.checked.add(r.id);
    const ids = new Set(added.map((r) => r.id));
    const live = [...s.live.filter((r) => !ids.has(r.id)), ...added];
    return { ...s, live, vals: split ? s.vals : this.values.set(s.vals, status, "unknown") };
  }
  /**
   * The result of a module function that fails with an error pointer or NULL (its summary): tracked
   * only so that the caller's check of it can be judged, never leaked.
   */
  checkOnly(st, c, target, kind) {
    if (!kind) return st;
    const spec2 = resultSpec(c.name, kind);
    const res = {
      id: `${this.fb.file}:${c.offset}:result`,
      spec: spec2,
      managed: true,
      call: c,
      file: this.fb.file,
      fn: this.fb.name,
      handles: target ? [normExpr(target)] : [],
      status: target ?? c.key,
      ptrStatus: true
    };
    this.created.set(res.id, res);
    return { ...st, live: [...st.live.filter((r) => r.id !== res.id), res] };
  }
  applyForeign(st, ev0, inLoop) {
    const ev = inLoop && !ev0.inLoop ? { ...ev0, inLoop: true } : ev0;
    if (ev.kinds.length === 0) return this.teardown(st, { ...ev.call, args: [ev.handle] });
    const exact = st.live.find((r) => ev.kinds.includes(r.spec.kind) && names2(r, ev.handle));
    const candidates = st.live.filter((r) => !r.managed && ev.kinds.includes(r.spec.kind) && (!ev.inLoop || r.loop));
    const match = exact ?? candidates[candidates.length - 1];
    if (!match) return this.freed(st, `${ev.file}:${ev.call.offset}`, ev);
    if (match.managed) return st;
    const kind = match.spec.releasesAll ? match.spec.kind : void 0;
    return { ...st, live: st.live.filter((r) => r.id !== match.id && (kind === void 0 || r.spec.kind !== kind)) };
  }
  assign(st0, a) {
    const v = assignedFrom(a.value);
    const stale = (r) => r.handles.includes(a.target) && r.call !== a.call && r.via !== a.call && !r.handles.includes(v);
    const st = st0.live.some(stale) ? { ...st0, live: st0.live.map((r) => stale(r) ? { ...r, handles: r.handles.filter((h) => h !== a.target) } : r) } : st0;
    let vals = st.vals;
    if (a.call && STATUS_OF_POINTER.test(a.call.name) && a.call.args.length === 1) {
      const p = normExpr(a.call.args[0]);
      const live = st.live.map(
        (r) => r.ptrStatus && (r.status === p || r.handles.includes(p)) ? { ...r, status: a.target, ptrStatus: false } : r
      );
      return { ...st, live, vals: this.values.set(vals, a.target, "unknown") };
    }
    if (a.call && this.failingCalls.has(a.call.key)) this.failingCalls.add(a.target);
    else this.failingCalls.delete(a.target);
    if (a.call) {
      if (/^(PTR_ERR|ERR_PTR|ERR_CAST)$/.test(a.call.name)) vals = this.values.set(vals, a.target, "err");
      else if (this.splitCalls.has(a.call.key)) {
      } else if (!st.live.some((r) => r.status === a.target && r.call === a.call)) vals = this.values.set(vals, a.target, "unknown");
    } else if (/^-[A-Z0-9_]+$|^-\d+$/.test(v)) vals = this.values.set(vals, a.target, "neg");
    else if (/^(0|NULL|false)$/.test(v)) vals = this.values.set(vals, a.target, "zero");
    else if (v === "true" || /^[1-9]\d*[uUlL]*$/.test(v)) vals = this.values.set(vals, a.target, "nonzero");
    else if (v === "++" || v === "--") {
      vals = this.values.set(vals, a.target, stepped(this.values.get(vals, a.target), v));
    } else if (v === "?") vals = this.values.set(vals, a.target, "unknown");
    else {
      const src = this.values.get(vals, v);
      vals = this.values.set(vals, a.target, src ?? "unknown");
      const aliased = st.live.map(
        (r) => r.handles.includes(v) && !r.handles.includes(a.target) ? { ...r, handles: [...r.handles, a.target] } : r
      );
      const statusCopy = aliased.map((r) => r.status === v ? { ...r, status: a.target } : r);
      return { ...st, live: statusCopy, vals };
    }
    return vals === st.vals ? st : { ...st, vals };
  }
  // ---- conditions ----
  markKeyChecked(st, key) {
    for (const r of st.live) if (r.status === key || r.handles.includes(key)) this.checked.add(r.id);
  }
  markTested(st, t, line, all) {
    switch (t.op) {
      case "not":
        this.markTested(st, t.arg, line, all);
        return;
      case "and":
      case "or":
        this.markTested(st, t.left, line, all);
        this.markTested(st, t.right, line, all);
        return;
      case "unknown":
        return;
      default: {
        this.markKeyChecked(st, t.key);
        for (const r of st.live) {
          if (r.status !== t.key && !r.handles.includes(t.key)) continue;
          if (r.viaHelper) continue;
          if (t.op === "is_err" && !t.orNull && r.spec.failure === "null" && this.values.get(st.vals, t.key) !== "nonzero") {
            this.wrong.set(`${r.id}|${line}`, { res: r, file: this.fb.file, line, check: "is_err" });
          }
          const alsoIsErr = all.some((o) => o.op === "is_err" && o.key === t.key);
          const isErrBefore = this.isErrChecked.has(r.id);
          if (t.op === "is_err") this.isErrChecked.add(r.id);
          if (t.op === "zero" && r.spec.failure === "err-ptr" && r.ptrStatus && r.status === t.key && !alsoIsErr && !isErrBefore) {
            this.wrong.set(`${r.id}|${line}`, { res: r, file: this.fb.file, line, check: "null" });
          }
        }
      }
    }
  }
  /** The state on the branch where `t` is `truth`, or undefined when that branch cannot be taken. */
  assume(st, t, truth, bails2 = false) {
    switch (t.op) {
      case "unknown":
        return st;
      case "not":
        return this.assume(st, t.arg, !truth, bails2);
      case "and":
      case "or": {
        const both = t.op === "and" === truth;
        if (!both) {
          const keys = new Set(leaves(t.right).flatMap((l2) => "key" in l2 ? [l2.key] : []));
          const live = st.live.filter((r) => !keys.has(r.status));
          return live.length === st.live.length ? st : { ...st, live };
        }
        const l = this.assume(st, t.left, truth, bails2);
        return l && this.assume(l, t.right, truth, bails2);
      }
      default: {
        const known = this.values.get(st.vals, t.key);
        let val;
        if (t.op === "zero") val = truth ? "zero" : "nonzero";
        else if (t.op === "neg") val = truth ? "neg" : "nonneg";
        else val = truth ? "err" : "nonzero";
        if (known && contradicts(known, val)) return void 0;
        const failed = (r) => {
          if (r.ptrStatus) {
            if (t.op === "zero") return truth;
            if (t.op === "is_err") return truth ? true : r.spec.failure === "err-ptr" ? false : void 0;
            return void 0;
          }
          if (t.op === "zero") return !truth;
          if (t.op === "neg") return truth;
          return void 0;
        };
        const live = st.live.filter((r) => {
          if (r.status !== t.key && !(r.ptrStatus && r.handles.includes(t.key))) return true;
          return failed(r) !== true || r.loop === true && bails2;
        });
        const vals = this.values.set(st.vals, t.key, val);
        if (live.length === st.live.length) return vals === st.vals ? st : { ...st, vals };
        return { ...st, live, vals };
      }
    }
  }
  // ---- returns ----
  onReturn(st, value, line, calls = []) {
    const outcome = this.classify(st, value, calls);
    for (const o of outcome) {
      for (const k of o.st.freed ?? []) (o.error ? this.foreignOnFailure : this.foreignOnSuccess).add(k);
      if (o.error) {
        this.canFail = true;
        const k = value ? normExpr(value) : "";
        const known = this.values.get(o.st.vals, k);
        if (!/^-|^PTR_ERR\(/.test(k) && known !== "neg" && known !== "err") this.errorSignKnown = false;
        const leaked = o.st.live.filter((r) => !r.managed && r.spec.tracked !== false && (!r.viaHelper || r.handedBack));
        if (leaked.length && o.st.tainted) {
          this.inconclusive.add(`${this.fb.name}: cannot follow ${o.st.tainted}`);
          continue;
        }
        for (const r of leaked) {
          this.leaks.set(`${r.id}|${line}`, { res: r, file: this.fb.file, fn: this.fb.name, returnLine: line, returnText: value ?? "" });
        }
      } else {
        for (const r of o.st.live) {
          if (r.spec.tracked !== false) (r.managed ? this.successManaged : this.successLive).set(r.id, r);
        }
        for (const r of o.st.torn ?? []) if (r.spec.tracked !== false) this.successTorn.set(r.id, r);
        if (value) {
          const k = normExpr(value);
          const made = (r) => r.handles.length === 0 && calls.includes(r.call) && k.startsWith(`${r.call.name}(`);
          const returned = o.st.live.find((r) => r.handles.includes(k) || made(r));
          if (returned) {
            this.returnsHandleOf = returned.id;
            this.checked.add(returned.id);
          }
        }
      }
    }
  }
  /** The branch `c ? a : b` (`c` a name or its negation, `a` and `b` numbers or errnos) takes where the path knows `c`. */
  ternaryBranch(v, st) {
    const m = TERNARY.exec(v);
    if (!m) return void 0;
    const zero = this.truthOf({ op: "zero", key: normExpr(m[2]) }, st);
    if (zero === void 0) return void 0;
    return !zero !== (m[1] === "!") ? m[3] : m[4];
  }
  classify(st, value, calls) {
    if (value === void 0) return [{ error: false, st }];
    const v = value.replace(/\s+/g, "");
    if (/^-\(?[A-Z][A-Z0-9_]*\)?$|^-\d+$/.test(v) || /^(PTR_ERR|ERR_PTR|ERR_CAST)\(/.test(v)) return [{ error: true, st }];
    if (/^\(?(0|0L|true|false|NULL|IRQ_HANDLED|NOTIFY_\w+)\)?$/.test(v) || /^\d+$/.test(v)) return [{ error: false, st }];
    if (v.includes("?") && /[?:]-\(?E[A-Z0-9_]+\)?/.test(v)) {
      for (const word of topLevelWords(v)) this.markKeyChecked(st, normExpr(word));
      for (const c of calls) this.markKeyChecked(st, c.key);
      const taken = this.ternaryBranch(v, st);
      if (taken !== void 0) return this.classify(st, taken, []);
      return [
        { error: true, st },
        { error: false, st }
      ];
    }
    const outer = calls[calls.length - 1];
    const isCall = outer && outer.offset === calls.reduce((m, c) => Math.min(m, c.offset), Infinity) && v.endsWith(")") && v.startsWith(outer.name);
    if (isCall && outer.name === "PTR_ERR_OR_ZERO" && outer.args.length === 1) {
      const p = normExpr(outer.args[0]);
      this.markKeyChecked(st, p);
      const failed = st.live.filter((r) => r.ptrStatus && (r.status === p || r.handles.includes(p)));
      if (this.values.get(st.vals, p) === "err") return [{ error: true, st }];
      const ids = new Set(failed.map((r) => r.id));
      return [
        { error: true, st: { ...st, live: st.live.filter((r) => !ids.has(r.id)) } },
        { error: false, st }
      ];
    }
    const key = isCall ? outer.key : normExpr(v);
    this.markKeyChecked(st, key);
    for (const word of topLevelWords(v)) this.markKeyChecked(st, normExpr(word));
    if ([...this.created.values()].some((r) => r.ptrStatus && r.handles.includes(key))) return [{ error: false, st }];
    const known = this.values.get(st.vals, key);
    if (known === "nonzero" || known === "neg" || known === "err") return [{ error: true, st }];
    if (known === "zero" || known === "nonneg" || known === "pos") return [{ error: false, st }];
    const pending = st.live.filter((r) => r.status === key && !r.ptrStatus);
    if (pending.length || this.failingCalls.has(key)) {
      const ids = new Set(pending.map((r) => r.id));
      return [
        { error: true, st: { ...st, live: st.live.filter((r) => !ids.has(r.id)) } },
        { error: false, st }
      ];
    }
    return [{ error: false, st }];
  }
};
function anyIndex(h) {
  return h.replace(/\[[^\]]*\]/g, "[*]");
}
function names2(r, a) {
  if (r.handles.includes(a)) return true;
  if (!r.loop || !a.includes("[")) return false;
  const any = anyIndex(a);
  return r.handles.some((h) => anyIndex(h) === any);
}
function topLevelWords(v) {
  let out2 = "";
  let depth = 0;
  for (let i2 = 0; i2 < v.length; i2++) {
    const c = v[i2];
    if (c === "(" && depth === 0 && /[\w]$/.test(out2)) {
      depth = 1;
      out2 = out2.replace(/[A-Za-z_]\w*$/, " ");
      continue;
    }
    if (depth > 0) {
      if (c === "(") depth++;
      else if (c === ")") depth--;
      continue;
    }
    out2 += c;
  }
  return out2.match(/[A-Za-z_][\w>.-]*/g) ?? [];
}
function contradicts(known, v) {
  const zeroish = (x) => x === "zero";
  const nonzero = (x) => x === "nonzero" || x === "neg" || x === "err" || x === "pos";
  const nonneg = (x) => x === "nonneg" || x === "pos";
  if (zeroish(known) && nonzero(v)) return true;
  if (nonzero(known) && zeroish(v)) return true;
  if (known === "neg" && nonneg(v)) return true;
  if (nonneg(known) && v === "neg") return true;
  return false;
}
function stepped(known, op) {
  if (op === "++") return known === "zero" || known === "nonneg" || known === "pos" ? "pos" : "unknown";
  return known === "pos" ? "nonneg" : known === "zero" ? "neg" : "unknown";
}
var StateIds = class {
  /** A resource as the walk tells it apart (its acquisition, status, and how many names reach it), by id and status. */
  resources = /* @__PURE__ */ new Map();
  resourceCount = 0;
  lives = /* @__PURE__ */ new Map();
  /** Live lists pass unchanged from state to state (the same array): numbered once. */
  byLive = /* @__PURE__ */ new WeakMap();
  states = /* @__PURE__ */ new Map();
  /** Most states reach several nodes unchanged (the same object): numbered once. */
  byObject = /* @__PURE__ */ new WeakMap();
  of(st) {
    let id = this.byObject.get(st);
    if (id === void 0) {
      id = intern(this.states, `${this.live(st.live)}|${st.vals}|${st.tainted ? 1 : 0}|${st.freed?.length ?? 0}`);
      this.byObject.set(st, id);
    }
    return id;
  }
  live(live) {
    let id = this.byLive.get(live);
    if (id === void 0) {
      let text = "";
      for (const r of live) text += `${this.resource(r)},`;
      id = intern(this.lives, text);
      this.byLive.set(live, id);
    }
    return id;
  }
  resource(r) {
    let byStatus = this.resources.get(r.id);
    if (!byStatus) this.resources.set(r.id, byStatus = /* @__PURE__ */ new Map());
    let byHandles = byStatus.get(r.status);
    if (!byHandles) byStatus.set(r.status, byHandles = []);
    byHandles[r.handles.length] ??= this.resourceCount++;
    return byHandles[r.handles.length];
  }
};
function intern(table, text) {
  let id = table.get(text);
  if (id === void 0) {
    id = table.size;
    table.set(text, id);
  }
  return id;
}
var callKinds = /* @__PURE__ */ new Map();
var CALL_KINDS_MAX = 1e5;
function callKind(name2) {
  let k = callKinds.get(name2);
  if (!k) {
    const spec2 = acquireSpec(name2);
    k = {
      predicate: PREDICATE.test(name2),
      spec: spec2,
      mspec: spec2 ? void 0 : managedSpec(name2) ?? (returnsErrPtr(name2) ? errPtrSpec(name2) : void 0),
      managedName: isManaged(name2),
      released: releasedKinds(name2),
      teardownName: isTeardownName(name2)
    };
    if (callKinds.size >= CALL_KINDS_MAX) callKinds.clear();
    callKinds.set(detached(name2), k);
  }
  return k;
}
var untrackedSpecs = /* @__PURE__ */ new Map();
function untracked(s) {
  let u = untrackedSpecs.get(s);
  if (!u) {
    u = { ...s, tracked: false };
    untrackedSpecs.set(s, u);
  }
  return u;
}
var errPtrSpecs = /* @__PURE__ */ new Map();
function errPtrSpec(name2) {
  let s = errPtrSpecs.get(name2);
  if (!s) {
    s = { kind: name2, acquire: [name2], failure: "err-ptr", handle: "result", release: [], releaseArg: 0 };
    errPtrSpecs.set(name2, s);
  }
  return s;
}
var resultSpecs = /* @__PURE__ */ new Map();
function resultSpec(name2, failure) {
  const key = `${failure}:${name2}`;
  let s = resultSpecs.get(key);
  if (!s) {
    s = { kind: name2, acquire: [name2], failure, handle: "result", release: [], releaseArg: 0, mustCheck: false, tracked: false };
    resultSpecs.set(key, s);
  }
  return s;
}
function sameEvents(a, b) {
  const key = (e) => `${e.file}:${e.call.offset}:${e.handle}`;
  const keys = new Set(b.map(key));
  return a.length === b.length && a.every((e) => keys.has(key(e)));
}

// src/analysis/cleanup/module-analysis.ts
var MAX_DEPTH = 3;
var MAX_STEPS = 3e3;
var CONTROL_IN_MACRO = /\b(return|goto)\b|free|release|unregister|destroy|_put\b|_del\b/;
function analyseModule(model, module2) {
  const fns = new ModuleFunctions(model, module2);
  const notes = [];
  const env = moduleEnv(fns);
  let indirect;
  const pairs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pair of setupTeardownPairs(model, module2)) {
    const setupFn = fns.find(pair.setup, pair.file);
    if (!setupFn) continue;
    if (seen.has(pair.setup)) {
      const first = pairs.find((p) => p.pair.setup === pair.setup);
      const otherFn = pair.teardown && pair.teardown !== first?.pair.teardown ? fns.find(pair.teardown, pair.file) : void 0;
      if (first && otherFn) {
        const other = collectReleases(parseFunctionBody(otherFn.file, otherFn.def), env);
        first.otherTeardowns = [...first.otherTeardowns ?? [], ...other.releases];
      }
      continue;
    }
    seen.add(pair.setup);
    const setup = walkFunction(parseFunctionBody(setupFn.file, setupFn.def), env);
    for (const why of setup.inconclusive) {
      notes.push({ file: setupFn.file.path, line: setupFn.def.line, message: `cleanup analysis of ${pair.setup} inconclusive: ${why}` });
    }
    const teardownFn = pair.teardown ? fns.find(pair.teardown, pair.file) : void 0;
    const teardown = teardownFn ? collectReleases(parseFunctionBody(teardownFn.file, teardownFn.def), env) : void 0;
    if (teardown && setup.successLive.some((r) => !teardown.releases.some((rel) => releases(rel, r)))) {
      indirect ??= indirectReleases(fns, env);
      teardown.indirect = indirect;
    }
    for (const why of teardown?.inconclusive ?? []) {
      notes.push({
        file: teardownFn?.file.path,
        line: teardownFn?.def.line,
        message: `cleanup analysis of ${pair.teardown} inconclusive: ${why}`
      });
    }
    pairs.push({ pair, setup, teardown });
  }
  return { module: module2, pairs, otherWrongChecks: wrongChecksElsewhere(fns, env, seen), notes };
}
function moduleEnv(fns) {
  const opaque = opaqueMacros(fns.files());
  const removes = removeCallbacks(fns.files());
  return {
    body: (name2, fromFile) => {
      const f = fns.find(name2, fromFile);
      return f ? parseFunctionBody(f.file, f.def) : void 0;
    },
    has: (name2, fromFile) => fns.find(name2, fromFile) !== void 0,
    opaqueMacro: (n) => opaque.has(n),
    maxDepth: MAX_DEPTH,
    maxSteps: MAX_STEPS,
    removeCallbacks: (v) => removes.get(v) ?? []
  };
}
var wrongCheckCounts = { picked: 0, byTokens: 0, byIr: 0 };
function wrongChecksElsewhere(fns, env, walked) {
  const out2 = [];
  const texts = functionTexts(fns);
  const inSources = fns.all();
  const textOf = new Map([...texts].map(([t, f]) => [f.def, t]));
  const headerMayHold = (t, failures) => {
    const f = texts.get(t);
    if (!f) return true;
    if (!textMayCheckOwnPointerWrongly(t.body, failures)) return false;
    return mayCheckOwnPointerWrongly(parseFunctionBody(f.file, f.def), { body: env.body, mayFailWithPointer: failures.mayFailWithPointer });
  };
  const mayHold = mayHoldWrongCheck([...texts.keys()], headerMayHold);
  const own = { body: env.body, mayFailWithPointer: mayHold.mayFailWithPointer };
  for (const f of inSources) {
    if (walked.has(f.def.name) || !mayHold.has(f.def.name)) continue;
    const forHeader = mayHold.forHeaders.has(f.def.name);
    const text = textOf.get(f.def);
    wrongCheckCounts.picked++;
    if (!forHeader && text && !textMayCheckOwnPointerWrongly(text.body, mayHold)) {
      wrongCheckCounts.byTokens++;
      continue;
    }
    const body2 = parseFunctionBody(f.file, f.def);
    if (!forHeader && !mayCheckOwnPointerWrongly(body2, own)) {
      wrongCheckCounts.byIr++;
      continue;
    }
    out2.push(...walkFunction(body2, env).wrongChecks);
  }
  return out2;
}
function functionTexts(fns) {
  const texts = /* @__PURE__ */ new Map();
  const sources = new Set(fns.all().map((f) => f.def));
  for (const f of fns.everyFunction()) {
    const body2 = f.file.code.slice(f.def.bodyStart, f.def.bodyEnd);
    const calls = /* @__PURE__ */ new Set();
    for (let h = nextNameBracket(body2, "("); h; h = nextNameBracket(body2, "(", h.bracket + 1)) calls.add(body2.slice(h.start, h.end));
    texts.set({ name: f.def.name, body: body2, calls, noPointer: returnsNoPointer(f.def.prefix), inSource: sources.has(f.def) }, f);
  }
  return texts;
}
var IS_ERR_CALL = /\bIS_ERR\s*\(/;
var ERR_MAKERS = /* @__PURE__ */ new Set(["ERR_PTR", "ERR_CAST"]);
var ERR_TEXT = /\b(ERR_PTR|ERR_CAST)\b/;
var NULL_TEXT = /\bNULL\b|\(\s*[A-Za-z_][\w\s]*\*\s*\)\s*0\b/;
function mayHoldWrongCheck(texts, headerMayHold = () => true) {
  const fnNames = groupBy(texts, (t) => t.name);
  const callers = /* @__PURE__ */ new Map();
  for (const [name2, defs] of fnNames)
    for (const d of defs)
      for (const n of d.calls) {
        const list = callers.get(n) ?? /* @__PURE__ */ new Set();
        list.add(name2);
        callers.set(n, list);
      }
  const mayReturnPointer = (name2) => fnNames.get(name2)?.some((d) => !d.noPointer) ?? false;
  const closure = (seed) => {
    const out2 = /* @__PURE__ */ new Set();
    for (const [name2, defs] of fnNames) if (defs.some((d) => !d.noPointer && seed(d))) out2.add(name2);
    return reachedBy(out2, callers, mayReturnPointer);
  };
  const once = (test) => {
    const seen = /* @__PURE__ */ new Map();
    return (t) => {
      let answer = seen.get(t);
      if (answer === void 0) {
        answer = test(t);
        seen.set(t, answer);
      }
      return answer;
    };
  };
  const errText = once((t) => ERR_TEXT.test(t.body) || [...t.calls].some(returnsErrPtr));
  const nullText = once((t) => NULL_TEXT.test(t.body) || [...t.calls].some(returnsNull));
  const errFailing = closure(errText);
  const nullFailing = closure(nullText);
  const failureTexts = /* @__PURE__ */ new Map();
  const failureOfText = (t) => {
    let f = failureTexts.get(t);
    if (!f) {
      f = failureText(t.body);
      failureTexts.set(t, f);
    }
    return f;
  };
  const returning = (seed, handsOn) => {
    const answers = /* @__PURE__ */ new Map();
    return (name2) => {
      let answer = answers.get(name2);
      if (answer === void 0) {
        answer = false;
        const seen = /* @__PURE__ */ new Set([name2]);
        const queue = [name2];
        for (let n = queue.pop(); n !== void 0 && !answer; n = queue.pop())
          for (const d of fnNames.get(n) ?? []) {
            const f = failureOfText(d);
            if (seed(f)) answer = true;
            for (const c of handsOn(f))
              if (!seen.has(c)) {
                seen.add(c);
                queue.push(c);
              }
          }
        answers.set(name2, answer);
      }
      return answer;
    };
  };
  const makesErrPtr = (n) => ERR_MAKERS.has(n) || returnsErrPtr(n);
  const mayFailWithErrPtr = returning(
    (f) => [...f.returns].some(makesErrPtr) || [...f.returnsThrough].some(makesErrPtr),
    (f) => [...f.returns, ...f.returnsThrough]
  );
  const mayFailWithNull = returning(
    (f) => f.mayReturnNull || [...f.returns].some(returnsNull),
    (f) => f.returns
  );
  const mayFailWithPointer = (name2) => mayFailWithErrPtr(name2) || mayFailWithNull(name2);
  const failures = { mayFailWithPointer, mayFailWithErrPtr, mayFailWithNull };
  const holds = /* @__PURE__ */ new Set();
  for (const [name2, defs] of fnNames) {
    const own = defs.some(
      (d) => [...d.calls].some((n) => {
        const table = pointerFailure(n);
        if (table === "err-ptr" || errFailing.has(n)) return true;
        return (table === "null" || nullFailing.has(n)) && IS_ERR_CALL.test(d.body);
      })
    );
    if (own) holds.add(name2);
  }
  const inHeaders = new Set([...holds].filter((name2) => fnNames.get(name2)?.some((d) => !d.inSource && headerMayHold(d, failures))));
  const forHeaders = reachedBy(inHeaders, callers);
  return Object.assign(/* @__PURE__ */ new Set([...holds, ...forHeaders]), { forHeaders, ...failures });
}
function reachedBy(start2, callers, keep) {
  const found = new Set(start2);
  const queue = [...start2];
  for (let name2 = queue.pop(); name2 !== void 0; name2 = queue.pop()) {
    for (const caller of callers.get(name2) ?? []) {
      if (found.has(caller) || keep && !keep(caller)) continue;
      found.add(caller);
      queue.push(caller);
    }
  }
  return found;
}
function pointerFailure(name2) {
  const failure = tableFailure(name2);
  return failure === "other" ? void 0 : failure;
}
function removeCallbacks(files) {
  const out2 = /* @__PURE__ */ new Map();
  for (const f of files)
    for (const fi of f.fieldInits) {
      const fn = /^&?\s*([A-Za-z_]\w*)$/.exec(fi.value.trim())?.[1];
      if (fi.variable && fn && TEARDOWN_FIELDS.includes(fi.field)) out2.set(fi.variable, [...out2.get(fi.variable) ?? [], fn]);
    }
  return out2;
}
var CALLBACK_FIELD = /^(shutdown|release|private_free|destroy|cleanup|teardown|free_disk)$/;
var CALLBACK_ASSIGN = /(?:\.|->)\s*(shutdown|release|private_free|destroy|cleanup|teardown)\s*=\s*&?\s*([A-Za-z_]\w*)\s*;/g;
var RELEASE_ARGUMENT = /[(,]\s*&?\s*([A-Za-z_]\w*_release)\s*(?=[,)])/g;
var PER_OPEN = /^(file_operations|proc_ops|seq_operations)$/;
var EXPORTED = /^EXPORT_SYMBOL(_GPL|_NS|_NS_GPL)?$/;
function indirectReleases(fns, env) {
  const names3 = /* @__PURE__ */ new Set();
  for (const f of fns.files()) {
    for (const fi of f.fieldInits) {
      const fn = /^&?\s*([A-Za-z_]\w*)$/.exec(fi.value.trim())?.[1];
      if (fn && CALLBACK_FIELD.test(fi.field) && !(fi.struct && PER_OPEN.test(fi.struct))) names3.add(fn);
    }
    for (const m of f.code.matchAll(CALLBACK_ASSIGN)) names3.add(m[2]);
    for (const m of f.code.matchAll(RELEASE_ARGUMENT)) names3.add(m[1]);
    for (const m of f.macros) {
      const fn = m.args[0]?.trim();
      if (EXPORTED.test(m.name) && fn && isTeardownName(fn)) names3.add(fn);
    }
  }
  const out2 = [];
  for (const name2 of names3) {
    const found = fns.find(name2);
    if (found) out2.push(...collectReleases(parseFunctionBody(found.file, found.def), env).releases);
  }
  return out2;
}
function opaqueMacros(files) {
  const out2 = /* @__PURE__ */ new Set();
  for (const f of files) {
    for (const d of f.defines.functionLike()) if (CONTROL_IN_MACRO.test(d.value)) out2.add(d.name);
  }
  return out2;
}

// src/model/c/defines.ts
var DEFINE_HEAD = /^\s*([A-Za-z_]\w*)(\(([^)]*)\))?/;
var DefineRecorder = class {
  numbers = [];
  hashes = [];
  /**
   * Records the `#define` whose text past the word `define` is code[headEnd, end) (`end`: the end of its continued
   * line); nothing when it names no macro, as DEFINE_HEAD would read it.
   */
  add(code, headEnd, end, line) {
    let at = headEnd;
    while (at < end && isSpace(code.charCodeAt(at))) at++;
    let nameEnd = at;
    if (at < end && isNameStart(code.charCodeAt(at))) {
      nameEnd++;
      while (nameEnd < end && isWordChar(code.charCodeAt(nameEnd))) nameEnd++;
    }
    let params;
    if (nameEnd > at) {
      const close = code.charCodeAt(nameEnd) === 40 ? code.indexOf(")", nameEnd) : -1;
      params = close >= 0 && close < end;
    } else {
      const head = DEFINE_HEAD.exec(joinLines(code.slice(headEnd, end)).trim());
      if (!head) return;
      at = code.indexOf(head[1], headEnd);
      nameEnd = at + head[1].length;
      params = head[2] !== void 0;
    }
    this.numbers.push(headEnd, at, nameEnd, end, line, params ? 1 : 0);
    this.hashes.push(nameHashAt(code, at, nameEnd));
  }
  done() {
    return this.hashes.length === 0 ? NO_RECORDS : { records: Int32Array.from(this.numbers), hashes: Uint32Array.from(this.hashes) };
  }
};
var NO_RECORDS = { records: new Int32Array(0), hashes: new Uint32Array(0) };
var lastHash = nameHash("");
var DefineList = class {
  byName = /* @__PURE__ */ new Map();
  nameHashes;
  constructor(defines) {
    const hashes2 = [];
    for (const d of defines) {
      this.byName.set(d.name, d);
      hashes2.push(nameHash(d.name));
    }
    this.nameHashes = Uint32Array.from(hashes2);
  }
  get(name2) {
    return this.byName.get(name2);
  }
  has(name2) {
    return this.byName.has(name2);
  }
  functionLike() {
    return [...this.byName.values()].filter((d) => d.params !== void 0);
  }
  all() {
    return this.byName;
  }
};
function joinLines(s) {
  return s.replace(/\\\r?\n/g, " ");
}

// src/analysis/cleanup/source.ts
var NO_CONDITIONS = () => [];
function withFacts(masked, facts) {
  return {
    path: masked.path,
    text: masked.text,
    code: masked.code,
    lineAt: masked.lineAt,
    columnAt: masked.columnAt,
    functions: facts.functions,
    fieldInits: facts.fieldInits,
    macros: facts.macros,
    defines: new DefineList(facts.defines),
    conditionsAt: NO_CONDITIONS
  };
}

// src/engine/parallel/tasks.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = __toESM2(require("node:path"), 1);

// src/model/c/mask.ts
var SPECIAL = /\/\*|\/\/|"|'/g;
function maskComments(text) {
  const parts2 = [];
  let pos = 0;
  const problems = eachMasked(text, (start2, end) => {
    parts2.push(text.slice(pos, start2), blankRange2(text, start2, end));
    pos = end;
  });
  parts2.push(text.slice(pos));
  return { code: parts2.join(""), problems };
}
function eachMasked(text, stretch) {
  const problems = [];
  let pos = 0;
  for (; ; ) {
    SPECIAL.lastIndex = pos;
    const m = SPECIAL.exec(text);
    if (!m) break;
    const start2 = m.index;
    const tok = m[0];
    let end;
    if (tok === "/*") {
      const close = text.indexOf("*/", start2 + 2);
      if (close < 0) {
        problems.push("unterminated /* comment");
        end = text.length;
      } else end = close + 2;
      stretch(start2, end);
    } else if (tok === "//") {
      end = continuedLineEnd(text, start2 + 2);
      stretch(start2, end);
    } else {
      end = literalEnd(text, start2 + 1, tok);
      if (end < 0) {
        problems.push(`unterminated ${tok === '"' ? "string" : "character"} literal`);
        end = text.indexOf("\n", start2);
        if (end < 0) end = text.length;
        stretch(start2, end);
      } else stretch(start2 + 1, end - 1);
    }
    pos = end;
  }
  return problems;
}
function literalEnd(text, from, quote) {
  for (let i2 = from; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "\\") {
      i2++;
      continue;
    }
    if (c === quote) return i2 + 1;
    if (c === "\n") return -1;
  }
  return -1;
}

// src/text/directive-start.ts
function nextDirective(code, from = 0) {
  for (let hash = code.indexOf("#", from); hash >= 0; hash = code.indexOf("#", hash + 1)) {
    let s = hash;
    while (s > 0 && isSpaceOrTab(code.charCodeAt(s - 1))) s--;
    if (s < from || s > 0 && !isLineBreak(code.charCodeAt(s - 1))) continue;
    let i2 = hash + 1;
    while (i2 < code.length && isSpaceOrTab(code.charCodeAt(i2))) i2++;
    const nameStart = i2;
    while (i2 < code.length && isWordChar(code.charCodeAt(i2))) i2++;
    return { start: s, headEnd: i2, name: internSlice(code, nameStart, i2) };
  }
  return void 0;
}
function isSpaceOrTab(c) {
  return c === 32 || c === 9;
}
function isLineBreak(c) {
  return c === 10 || c === 13 || c === 8232 || c === 8233;
}

// src/model/c/preproc.ts
var MAX_IF_DEPTH = 64;
var MAX_ELIF = 64;
var TOO_DEEP = "defined(__lkm_audit_not_evaluated__)";
function readPreprocessor(text, code, lineAt, { neverBuiltOnly = false } = {}) {
  const includes = [];
  const defines = new DefineRecorder();
  const errors = [];
  const problems = [];
  const changeLines = [1];
  const stacks = [[]];
  const groups = [];
  const neverBuilt = [];
  let openRanges = 0;
  const insideNever = () => openRanges > 0;
  const closeRange = (g, at) => {
    if (!g.open) return;
    neverBuilt.push({
      offset: g.open.offset,
      endOffset: at,
      line: g.open.line,
      endLine: lineAt(Math.max(g.open.offset, at - 1)),
      reason: g.open.reason
    });
    g.open = void 0;
    openRanges--;
  };
  const openRange = (g, reason, end) => {
    if (!reason || insideNever()) return;
    const offset = Math.min(code.length, end + 1);
    g.open = { offset, line: lineAt(offset), reason };
    openRanges++;
  };
  let never = false;
  const current = () => {
    const kept = groups.length > MAX_IF_DEPTH ? groups.slice(0, MAX_IF_DEPTH) : groups;
    const conds = kept.flatMap((g) => g.conds);
    if (groups.length > MAX_IF_DEPTH)
      conds.push({ directive: "if", expr: TOO_DEEP, line: groups[MAX_IF_DEPTH].conds[0].line, previous: [] });
    return conds;
  };
  let deepNoted = false;
  const directiveRanges = [];
  const branches = [];
  let from = 0;
  for (let d = nextDirective(code); d; d = nextDirective(code, from)) {
    const start2 = d.start;
    const end = continuedLineEnd(text, start2);
    const name2 = d.name;
    from = end;
    const branch = BRANCH_DIRECTIVES.has(name2);
    if (neverBuiltOnly && !branch) continue;
    const raw = RAW_READERS.has(name2) ? text.slice(d.headEnd, end) : "";
    const rest = name2 === "endif" || name2 === "define" ? "" : joinLines(code.slice(d.headEnd, end)).trim();
    const line = lineAt(start2);
    if (!neverBuiltOnly) directiveRanges.push(start2, end);
    switch (name2) {
      case "include": {
        if (insideNever()) break;
        const inc = /^\s*(?:<([^>]+)>|"([^"]+)")/.exec(raw);
        if (inc) includes.push({ path: (inc[1] ?? inc[2]).trim(), system: !!inc[1], line });
        break;
      }
      case "define":
        if (!insideNever()) defines.add(code, d.headEnd, end, line);
        break;
      case "if":
      case "ifdef":
      case "ifndef": {
        const g = { conds: [{ directive: name2, expr: rest, line, previous: [] }], prev: [], branch: new BranchGroup() };
        const reason = g.branch.enter(name2, rest);
        never = reason !== void 0;
        openRange(g, reason, end);
        groups.push(g);
        if (groups.length > MAX_IF_DEPTH && !deepNoted) {
          deepNoted = true;
          problems.push(`line ${line}: #if nested deeper than ${MAX_IF_DEPTH} levels; conditions past that depth are not evaluated`);
        }
        break;
      }
      case "elif":
      case "elifdef":
      case "elifndef":
      case "else": {
        const g = groups[groups.length - 1];
        if (!g) {
          problems.push(`line ${line}: #${name2} without #if`);
          break;
        }
        const head = g.conds[0];
        if (g.prev.length < MAX_ELIF)
          g.prev.push(
            head.directive === "ifdef" ? `defined(${head.expr})` : head.directive === "ifndef" ? `!defined(${head.expr})` : head.expr
          );
        else if (g.prev.length === MAX_ELIF) g.prev.push(TOO_DEEP);
        const directive = name2 === "else" ? "else" : "elif";
        const expr = name2 === "elifdef" ? `defined(${rest})` : name2 === "elifndef" ? `!defined(${rest})` : rest;
        g.conds = [{ directive, expr: name2 === "else" ? "" : expr, line, previous: [...g.prev] }];
        closeRange(g, start2);
        const reason = g.branch.enter(name2, rest);
        never = reason !== void 0;
        openRange(g, reason, end);
        break;
      }
      case "endif": {
        const g = groups.pop();
        if (!g) problems.push(`line ${line}: #endif without #if`);
        else closeRange(g, start2);
        never = false;
        break;
      }
      case "error":
        if (insideNever()) break;
        errors.push({ text: joinLines(raw).trim(), line, offset: start2, conditions: current() });
        break;
      default:
        break;
    }
    if (branch && !neverBuiltOnly) {
      changeLines.push(lineAt(end) + 1);
      stacks.push(current());
      const kind = name2 === "ifdef" || name2 === "ifndef" ? "if" : name2.startsWith("elif") ? "elif" : name2;
      branches.push({ kind, offset: start2, never });
    }
  }
  if (groups.length) problems.push(`${groups.length} #if block(s) not closed by #endif`);
  for (const g of groups) closeRange(g, code.length);
  neverBuilt.sort((a, b) => a.offset - b.offset);
  const conditionsAt = (line) => {
    let lo = 0;
    let hi = changeLines.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (changeLines[mid] <= line) lo = mid;
      else hi = mid - 1;
    }
    return stacks[lo];
  };
  return {
    includes,
    defines: defines.done(),
    errors,
    conditionsAt,
    body: neverBuiltOnly ? "" : blankRanges(code, directiveRanges),
    branches,
    neverBuilt,
    problems
  };
}
var RAW_READERS = /* @__PURE__ */ new Set(["include", "error"]);
var BRANCH_DIRECTIVES = /* @__PURE__ */ new Set(["if", "ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif"]);

// src/model/c/file.ts
var MAX_ARGS_SPAN = 64 * 1024;
function maskedCode(text) {
  const masked = maskComments(text);
  const idx = lineIndex(text);
  const pp = readPreprocessor(text, masked.code, idx.lineAt, { neverBuiltOnly: true });
  return { code: blankNeverBuilt(masked.code, pp.neverBuilt), lineAt: idx.lineAt, columnAt: idx.columnAt };
}
function blankNeverBuilt(code, ranges) {
  if (ranges.length === 0) return code;
  const bounds = [];
  for (const r of ranges) bounds.push(r.offset, r.endOffset);
  return blankRanges(code, bounds);
}
var NO_ANNOTATIONS = Object.freeze([]);
var pairsScratch = new Int32Array(0);

// src/scan/decode.ts
var decoder = new TextDecoder("utf-8", { fatal: false });
function decodeText(buf) {
  const s = decoder.decode(buf);
  return s.charCodeAt(0) === 65279 ? s.slice(1) : s;
}

// src/scan/read-file.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM2(require("node:path"), 1);
function identityOf(st) {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}
function sameFile(a, b) {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
var ReadScratch = class {
  buf = Buffer.allocUnsafeSlow(64 * 1024);
  /** A buffer of at least `size` bytes. */
  take(size) {
    if (this.buf.length < size) this.buf = Buffer.allocUnsafeSlow(Math.max(size, this.buf.length * 2));
    return this.buf;
  }
};
function readRegularFile(abs, maxBytes, flags2 = 0, scratch3, expected, within) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(abs, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK | flags2);
  } catch (e) {
    const code = e.code ?? String(e);
    if (code === "ELOOP") return { ok: false, reason: "outside-root", detail: "a symbolic link where a file was expected" };
    return { ok: false, reason: "unreadable", detail: `not readable (${code})` };
  }
  try {
    const st = (0, import_node_fs2.fstatSync)(fd);
    if (!st.isFile()) return { ok: false, reason: "not-regular", detail: "not a regular file" };
    if (within !== void 0 && !openedInside(fd, within))
      return { ok: false, reason: "outside-root", detail: "reached through a folder swapped for a link out of the repository; not read" };
    const identity = identityOf(st);
    if (expected && !sameFile(identity, expected))
      return { ok: false, reason: "changed", detail: "not the file read before, or changed since" };
    if (st.size > maxBytes)
      return { ok: false, reason: "too-large", detail: `${st.size} bytes, over the ${maxBytes}-byte limit`, size: st.size };
    const buf = scratch3 ? scratch3.take(st.size) : Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = (0, import_node_fs2.readSync)(fd, buf, off, st.size - off, off);
      if (n <= 0) break;
      off += n;
    }
    return { ok: true, data: buf.subarray(0, off), identity };
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: `read failed (${e.code ?? e})` };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function openedInside(fd, root) {
  let opened;
  try {
    opened = (0, import_node_fs2.readlinkSync)(`/proc/self/fd/${fd}`);
  } catch {
    return true;
  }
  return isInside(root, opened);
}
function isInside(root, p) {
  const rel = import_node_path2.default.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !import_node_path2.default.isAbsolute(rel);
}

// src/engine/parallel/tasks.ts
var handlers = {
  "scanned-file-facts": ({ root, files }) => files.map((f) => {
    const text = readAgain(root, f);
    return text === void 0 ? null : readFileFacts({ text, ...maskedCode(text) }) ?? null;
  }),
  cleanup: ({ root, modules, files }) => {
    const c = new Map(files.map((f) => [f.path, batchFile(root, f)]));
    return modules.map((m) => analyseModule({ c }, m));
  }
};
var scratch2 = new ReadScratch();
function readAgain(root, f) {
  const r = readRegularFile(import_node_path3.default.join(root, f.path), f.identity.size, import_node_fs3.constants.O_NOFOLLOW, scratch2, f.identity);
  return r.ok ? decodeText(r.data) : void 0;
}
var MASKED_BUDGET = 8 * 1024 * 1024;
var maskedFiles = /* @__PURE__ */ new Map();
var maskedBytes = 0;
function batchFile(root, f) {
  const hit = maskedFiles.get(f.path);
  if (hit && ("text" in f ? hit.file.text === f.text : hit.identity && sameFile(hit.identity, f.identity))) {
    maskedFiles.delete(f.path);
    maskedFiles.set(f.path, hit);
    return hit.file;
  }
  if ("text" in f) return remember(withFacts({ path: f.path, text: f.text, ...maskedCode(f.text) }, f.facts));
  const text = readAgain(root, f);
  if (text === void 0) throw new Error(`${f.path}: not the file the scan read`);
  return remember(withFacts({ path: f.path, text, ...maskedCode(text) }, f.facts), f.identity);
}
function remember(file, identity) {
  const old = maskedFiles.get(file.path);
  if (old) maskedBytes -= old.file.text.length;
  maskedFiles.delete(file.path);
  maskedFiles.set(file.path, { file, identity });
  maskedBytes += file.text.length;
  for (const [p, kept] of maskedFiles) {
    if (maskedBytes <= MASKED_BUDGET) break;
    maskedFiles.delete(p);
    maskedBytes -= kept.file.text.length;
  }
  return file;
}

// src/engine/parallel/worker.ts
var ready = loadCParser();
var claims = import_node_worker_threads2.workerData?.claims ? new Int32Array(import_node_worker_threads2.workerData.claims) : void 0;
import_node_worker_threads2.parentPort?.on("message", async (msg) => {
  try {
    await ready;
    if (claims && !claim(claims, msg.id, CLAIMED_BY_WORKER)) {
      import_node_worker_threads2.parentPort?.postMessage({ id: msg.id, skipped: true });
      return;
    }
    const t0 = performance.now();
    const output = handlers[msg.kind](msg.input);
    const log = process.env.LKM_DEBUG_POOL ? `${msg.kind} #${msg.id}: ${Math.round(performance.now() - t0)} ms, ended at ${Date.now()}` : void 0;
    import_node_worker_threads2.parentPort?.postMessage({ id: msg.id, output, log });
  } catch (e) {
    import_node_worker_threads2.parentPort?.postMessage({ id: msg.id, error: e.message });
  }
});
