// Facts about one C source or header, from a fast lexical pass (comments and strings masked,
// preprocessor lines read). The syntax tree (tree-sitter) is built lazily, only for functions
// that rules need to walk.

import type { Defines } from './defines.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offset of the first character in the file text. */
  offset: number;
  endOffset: number;
}

/** `NAME(arg, arg)` at file scope: module_init, MODULE_LICENSE, module_param, module_platform_driver ... */
export interface MacroCall extends Span {
  name: string;
  /** Argument texts as written, trimmed, split at top-level commas. */
  args: string[];
}

/** A call expression anywhere in the file (also macro invocations inside functions). */
export interface CallSite extends Span {
  name: string;
  args: string[];
  /** Name of the function whose body holds the call. */
  function?: string;
}

export interface Include {
  path: string;
  system: boolean;
  line: number;
}

export interface Define {
  name: string;
  params?: string[];
  value: string;
  line: number;
}

/** One level of preprocessor condition active at a line. */
export interface PreprocCondition {
  directive: 'if' | 'ifdef' | 'ifndef' | 'elif' | 'else';
  /** The condition as written (`LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)`, `CONFIG_PM`...). */
  expr: string;
  line: number;
  /** For `elif`/`else`: the conditions of the earlier branches of the same group, which are false here. */
  previous: string[];
}

/** A stretch of code a kernel build never compiles: `#if 0`, or a branch for another operating system or user space. */
export interface NeverBuilt {
  offset: number;
  endOffset: number;
  line: number;
  endLine: number;
  reason: 'if-0' | 'other-os';
}

/** `.field = value` inside a brace initializer. */
export interface FieldInit extends Span {
  field: string;
  value: string;
  /** The struct type of the enclosing variable when declared as `struct T name = {`. */
  struct?: string;
  /** Name of the variable being initialised. */
  variable?: string;
}

/** A function definition found lexically. */
export interface FunctionDef extends Span {
  name: string;
  isStatic: boolean;
  /** `__init`, `__exit`, `__devinit` ... written in the declaration (one array for every function of a prefix). */
  annotations: readonly string[];
  /** Offsets of the body braces. */
  bodyStart: number;
  bodyEnd: number;
  /** Declaration text before the name, e.g. `static int __init`. */
  prefix: string;
}

export interface CFile {
  path: string;
  text: string;
  /** Same length as `text`: comments replaced by spaces, string and char literal contents by spaces. */
  code: string;
  includes: Include[];
  /** The `#define`s outside never-built code (read from the text when asked). */
  defines: Defines;
  /** File-scope macro invocations. */
  macros: MacroCall[];
  functions: FunctionDef[];
  /**
   * Every call, in file order (inside functions, and macros' invocations at file scope). A new array on each reading:
   * the lexer keeps numbers, not objects (read it once where a loop needs it).
   */
  readonly calls: CallSite[];
  /** The name of each of `calls`, in the same order, without making the call sites (the lexer keeps these). */
  readonly callNames: readonly string[];
  /** The calls whose name `wanted` accepts, in file order (a rule after a few names makes no other call site). */
  callsNamed(wanted: (name: string) => boolean): CallSite[];
  fieldInits: FieldInit[];
  /** Preprocessor conditions active at a 1-based line, outermost first. */
  conditionsAt(line: number): PreprocCondition[];
  lineAt(offset: number): number;
  columnAt(offset: number): number;
  /**
   * Code never compiled in a kernel build, left out of every fact above (its text stays in `text`;
   * in `code` it is blanked).
   */
  neverBuilt: NeverBuilt[];
  /** Where each `#error` directive of the built code starts (its line's first character), in file order. */
  errorDirectives: number[];
  /** Problems met while reading this file (unterminated comment, not C ...). */
  notes: string[];
}
