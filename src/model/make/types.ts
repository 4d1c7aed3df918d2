// Facts from a Makefile or Kbuild file, read as text: never executed.

export type AssignOp = '=' | ':=' | '::=' | '?=' | '+=' | '!=';

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
}

export interface MakeCondition {
  directive: 'ifeq' | 'ifneq' | 'ifdef' | 'ifndef';
  args: string;
  /** True inside the `else` branch. */
  negated: boolean;
  line: number;
}

export interface MakeRule {
  targets: string[];
  prerequisites: string[];
  recipe: { text: string; line: number }[];
  line: number;
  conditions: MakeCondition[];
  doubleColon: boolean;
}

export interface MakeFile {
  path: string;
  kind: 'Makefile' | 'Kbuild';
  assignments: MakeAssignment[];
  rules: MakeRule[];
  includes: { path: string; optional: boolean; line: number }[];
  /** First target that is not special (`.PHONY` ...) and not a pattern: what plain `make` builds. */
  defaultTarget?: string;
  notes: { line?: number; message: string }[];
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
}
