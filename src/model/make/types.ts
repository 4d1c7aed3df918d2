// Facts from a Makefile or Kbuild file, read as text: never executed.

export type AssignOp = '=' | ':=' | '::=' | ':::=' | '?=' | '+=' | '!=';

export interface MakeAssignment {
  name: string;
  op: AssignOp;
  value: string;
  line: number;
  override: boolean;
  export: boolean;
  /** Conditions enclosing the assignment, outermost first (`ifneq ($(KERNELRELEASE),)`). */
  conditions: MakeCondition[];
  /** Target-specific assignment (`target: VAR = x`). */
  target?: string;
  /** Set by a `define NAME ... endef` block (value holds the block's lines). */
  define?: boolean;
}

export interface MakeCondition {
  directive: 'ifeq' | 'ifneq' | 'ifdef' | 'ifndef';
  args: string;
  /** True inside the `else` branch. */
  negated: boolean;
  line: number;
}

export interface MakeRecipeLine {
  /** The command as make hands it to the shell (continuations joined with a space). */
  text: string;
  line: number;
}

export interface MakeRule {
  targets: string[];
  prerequisites: string[];
  /** Order-only prerequisites (after `|`). */
  orderOnly?: string[];
  recipe: MakeRecipeLine[];
  line: number;
  conditions: MakeCondition[];
  doubleColon: boolean;
}

export interface MakeInclude {
  path: string;
  optional: boolean;
  line: number;
  conditions?: MakeCondition[];
  /** `$(foreach V, LIST, $(eval include PATH))`: PATH is included once per word of LIST, with `$(V)` set to it. */
  each?: { variable: string; list: string };
}

export interface MakeFile {
  path: string;
  kind: 'Makefile' | 'Kbuild';
  assignments: MakeAssignment[];
  rules: MakeRule[];
  includes: MakeInclude[];
  /** First target that is not special (`.PHONY` ...) and not a pattern: what plain `make` builds. */
  defaultTarget?: string;
  notes: { line?: number; message: string }[];
  /** Number of physical lines read. */
  lineCount?: number;
  /** Length of the text read, in characters: sizes the file's expansion budget. */
  chars?: number;
}

/** One `obj-m` (or `obj-$(CONFIG_X)` resolving to m) entry. */
export interface ObjEntry {
  /** Module name without `.o`, or a subfolder (`dir/`). */
  name: string;
  subdir: boolean;
  file: string;
  line: number;
  /** Composite parts (`<name>-y`, `<name>-objs`), as object names (`foo_main.o`). */
  parts: string[];
  partsLine?: number;
  /** File holding the first composite assignment (may differ from `file` when it came from an include). */
  partsFile?: string;
  /** Folder the entry lives in, relative to the root ('.' for the root). For a subfolder entry: the subfolder. */
  dir?: string;
  /** `obj-m`, `obj-y` or `obj-$(CONFIG_X)` as written. */
  via?: string;
  /** A `CONFIG_X` the entry depends on that the repository never sets (it may come from the kernel's config or the command line). */
  unresolvedConfig?: string;
}
