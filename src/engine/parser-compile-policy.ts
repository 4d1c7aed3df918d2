// When the C parser's wasm is compiled by V8's baseline compiler alone (Liftoff), shared by the parser's loader
// (src/model/c/syntax/loader.ts, which sets the flag at run time where V8 takes it so) and the CLI's launcher (which
// starts Node again with it on the command line where V8 takes it only there), without loading the parser.

/** At most this many bytes of C to parse: the parser is compiled by the baseline compiler alone (see loader.ts). */
export const BASELINE_PARSER_MAX_BYTES = 768 * 1024;

const USER_WASM_FLAG = /--(no-)?(liftoff|wasm[-_])/;

/** The user chose V8's wasm flags themselves (node's options, NODE_OPTIONS): theirs are kept. */
export function userSetWasmFlags(execArgv: readonly string[], nodeOptions: string): boolean {
  return execArgv.some((a) => USER_WASM_FLAG.test(a)) || USER_WASM_FLAG.test(nodeOptions);
}

/**
 * The V8s that take --liftoff-only set at run time, measured: Node 20's (11.3) and Node 22's (12.4; a 96 KB file's
 * six parses take 79 96 78 35 32 32 ms tiered and 74 45 46 46 46 46 ms so, round 34). Node 24's V8 ignores it then
 * (123 81 70 36 32 32 ms) and never finishes compiling the parser when --no-wasm-lazy-compilation is set at run time:
 * the audit would end, silently, without a report.
 */
export function baselineAtRunTime(v8Version: string): boolean {
  return /^(11\.3|12\.4)\./.test(v8Version);
}
