// The compatibility database: kernel API changes that break out-of-tree modules, as data.
// Each entry says how to recognise the old form in a module's code (gone from `removedIn`) and, when useful, the
// new form (present from `addedIn`). Distribution kernels backport new APIs (Debian 6.1 has timer_delete), so an
// entry's firm claim is "the old form is gone from removedIn"; addedIn is the mainline release that added the new one.

export type CompatKind =
  | 'removed'
  | 'renamed'
  | 'unexported'
  | 'signature'
  | 'struct-member'
  | 'header-moved'
  | 'type-change'
  | 'added'
  | 'deprecated';

/** How a use of an API shows in the lexical C model (or, for `make`, in Makefiles). */
export type Detector =
  /** Calls or macro invocations of one of `names`; optional argument count and a test on one argument. */
  | { type: 'call'; names: string[]; arity?: number; minArity?: number; arg?: ArgTest }
  /** `.field = value` in an initializer, of `structs` when the struct type is known (or any when `anyStruct`). */
  | { type: 'field'; field: string; structs: string[]; anyStruct?: boolean; value?: RegExp }
  /** `#include <path>`. */
  | { type: 'include'; path: string }
  /** A regular expression over the code with comments and strings masked. */
  /**
   * `needle`: a word every match contains, or an expression (no `g` flag) every file with a match matches, found
   * faster than the regex; files without it are not scanned (the regex is the slow part).
   */
  | { type: 'pattern'; regex: RegExp; needle?: string | RegExp }
  /** A callback assigned with `.field = fn` in a struct initializer, whose definition matches `signature`. */
  | { type: 'callback'; structs: string[]; field: string; params?: number; returns?: RegExp; firstParam?: RegExp }
  /** A variable assigned or passed on the make command line in a Makefile/Kbuild (`SUBDIRS=`). */
  | { type: 'make'; regex: RegExp };

export interface ArgTest {
  index: number;
  matches: RegExp;
  /** The argument is `&var` (or `var`) where var is initialised as `struct <type>` in the repository. */
  structType?: string;
}

export interface CompatEntry {
  /** Stable kebab-case id, e.g. `class-create-owner`. */
  id: string;
  kind: CompatKind;
  /** Human name of the API, e.g. `class_create(owner, name)`. */
  symbol: string;
  /** Recognises the old form. Absent for entries that only add an API. */
  old?: Detector;
  /** First mainline release where the old form no longer builds. */
  removedIn?: string;
  /** Recognises the new form (used for the implied minimum kernel). */
  new?: Detector;
  /** First mainline release that has the new form. */
  addedIn?: string;
  /** Stable/distribution kernels older than addedIn are known to carry the new form: not a firm lower bound. */
  backported?: boolean;
  /** What to write instead. */
  replacement: string;
  /** Commits, issues and header checks behind the claim (kernel-facts §6). */
  evidence: string;
  /** Another rule reports the old form already (for example build/removed-subdirs). */
  reportedBy?: string;
}
