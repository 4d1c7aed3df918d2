// A C file's `#define`s. The lexer keeps each as six numbers (where it stands, its line, whether it takes parameters)
// and its name's hash, and a definition becomes an object only when something asks for it: drivers/ defines 1.34
// million macros (its register headers most of them), kept as objects in a Map they were a fifth of the model's heap
// (223 of 1,010 MB) and a tenth of its build time, and the rules read a few hundred of them.

import { isSpace } from '../../text/space.js';
import { isNameStart, isWordChar } from '../../text/word.js';
import { intern, VIEW_MIN_LENGTH } from '../../text/intern.js';
import { nameHash, nameHashAt } from '../../text/name-index.js';
import type { Define } from './types.js';

/** A file's defines: as a Map of every name to its last definition would answer, in order of first definition. */
export interface Defines {
  /** The hash (nameHash) of each definition's name, one per `#define` (a name defined twice, twice). */
  readonly nameHashes: Uint32Array;
  /** The last definition of `name`. */
  get(name: string): Define | undefined;
  has(name: string): boolean;
  /** The names whose last definition takes parameters, in order of first definition. */
  functionLike(): readonly Define[];
  /** Every name's last definition, in order of first definition (tests compare it with what a Map of them gave). */
  all(): ReadonlyMap<string, Define>;
}

/** What the preprocessor's scan records of each `#define` it keeps. */
export interface DefineRecords {
  /** Six numbers a definition: FIELDS. */
  records: Int32Array;
  hashes: Uint32Array;
}

const FIELDS = 6;
/** Up to this many definitions a question reads them all; past it, a table by name is made (lastByName). */
const LINEAR_MAX = 8;
const HEAD_END = 0;
const NAME_START = 1;
const NAME_END = 2;
const END = 3;
const LINE = 4;
const PARAMS = 5;

/** The name and parameters of a `#define`, in its directive's text past `#define` (lines joined, trimmed). */
const DEFINE_HEAD = /^\s*([A-Za-z_]\w*)(\(([^)]*)\))?/;

/** `#define`s as the preprocessor's scan meets them: `add` each, then `done`. */
export class DefineRecorder {
  private readonly numbers: number[] = [];
  private readonly hashes: number[] = [];

  /**
   * Records the `#define` whose text past the word `define` is code[headEnd, end) (`end`: the end of its continued
   * line); nothing when it names no macro, as DEFINE_HEAD would read it.
   */
  add(code: string, headEnd: number, end: number, line: number): void {
    let at = headEnd;
    while (at < end && isSpace(code.charCodeAt(at))) at++;
    let nameEnd = at;
    if (at < end && isNameStart(code.charCodeAt(at))) {
      nameEnd++;
      while (nameEnd < end && isWordChar(code.charCodeAt(nameEnd))) nameEnd++;
    }
    let params: boolean;
    if (nameEnd > at) {
      // parameters: `(` right after the name (a line continuation there joins as a space) and a `)` on the line
      const close = code.charCodeAt(nameEnd) === 40 /* ( */ ? code.indexOf(')', nameEnd) : -1;
      params = close >= 0 && close < end;
    } else {
      // a line continuation (`\`) before the name: read as the directive's joined text is
      const head = DEFINE_HEAD.exec(joinLines(code.slice(headEnd, end)).trim());
      if (!head) return;
      // only spaces and line continuations stand before the name: its first occurrence is the name
      at = code.indexOf(head[1], headEnd);
      nameEnd = at + head[1].length;
      params = head[2] !== undefined;
    }
    this.numbers.push(headEnd, at, nameEnd, end, line, params ? 1 : 0);
    this.hashes.push(nameHashAt(code, at, nameEnd));
  }

  done(): DefineRecords {
    return this.hashes.length === 0 ? NO_RECORDS : { records: Int32Array.from(this.numbers), hashes: Uint32Array.from(this.hashes) };
  }
}

const NO_RECORDS: DefineRecords = { records: new Int32Array(0), hashes: new Uint32Array(0) };

/** The defines of a lexed file, read from its text when asked. */
export class LexedDefines implements Defines {
  private cachedAll?: Map<string, Define>;
  private cachedFunctionLike?: readonly Define[];
  private table?: Int32Array;
  private made?: Map<number, Define>;

  constructor(
    private readonly text: string,
    /** The file's masked code (same offsets as the text). */
    private readonly code: string,
    private readonly recorded: DefineRecords,
  ) {}

  get nameHashes(): Uint32Array {
    return this.recorded.hashes;
  }

  get(name: string): Define | undefined {
    const at = this.lastOf(name);
    return at < 0 ? undefined : this.define(at);
  }

  has(name: string): boolean {
    return this.lastOf(name) >= 0;
  }

  functionLike(): readonly Define[] {
    this.cachedFunctionLike ??= this.findFunctionLike();
    return this.cachedFunctionLike;
  }

  all(): ReadonlyMap<string, Define> {
    if (!this.cachedAll) {
      this.cachedAll = new Map();
      for (let i = 0; i < this.recorded.hashes.length; i++) {
        const d = this.define(i);
        this.cachedAll.set(d.name, d);
      }
    }
    return this.cachedAll;
  }

  /** The index of the last definition of `name`, or -1. */
  private lastOf(name: string): number {
    const { hashes } = this.recorded;
    if (hashes.length === 0) return -1;
    const h = hashOf(name);
    if (hashes.length <= LINEAR_MAX) {
      for (let i = hashes.length - 1; i >= 0; i--) if (hashes[i] === h && this.nameIs(i, name)) return i;
      return -1;
    }
    const table = (this.table ??= this.lastByName());
    const mask = table.length - 1;
    for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const i = table[slot] - 1;
      if (hashes[i] === h && this.nameIs(i, name)) return i;
    }
    return -1;
  }

  /**
   * Open addressing by hash: 1 + the last definition of each name, or 0 for an empty slot (at most half full). Made at
   * a file's first question: drivers/net asks 600,000 times (`void`, `int`, `EXPORT_SYMBOL` among the names that may
   * be macros), and searching every definition of the file each time read 33 million hashes.
   */
  private lastByName(): Int32Array {
    const { hashes } = this.recorded;
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      let slot = hashes[i] & mask;
      // a name defined again takes its own slot over; another name of the same hash goes on
      while (table[slot] !== 0 && !(hashes[table[slot] - 1] === hashes[i] && this.nameIs(table[slot] - 1, this.nameOf(i))))
        slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    return table;
  }

  private nameIs(i: number, name: string): boolean {
    const r = this.recorded.records;
    const start = r[i * FIELDS + NAME_START];
    return r[i * FIELDS + NAME_END] - start === name.length && this.code.startsWith(name, start);
  }

  /** Names whose last definition takes parameters, each at its last definition, in order of first definition. */
  private findFunctionLike(): readonly Define[] {
    const { records, hashes } = this.recorded;
    const candidates = new Map<string, { first: number; last: number }>();
    const candidateHashes = new Set<number>();
    for (let i = 0; i < hashes.length; i++) {
      if (records[i * FIELDS + PARAMS] === 0) continue;
      candidates.set(this.nameOf(i), { first: i, last: i });
      candidateHashes.add(hashes[i]);
    }
    if (candidates.size === 0) return [];
    // every definition of a candidate's name, with or without parameters: the last decides, the first orders
    for (let i = 0; i < hashes.length; i++) {
      if (!candidateHashes.has(hashes[i])) continue;
      const seen = candidates.get(this.nameOf(i));
      if (!seen) continue;
      seen.first = Math.min(seen.first, i);
      seen.last = i;
    }
    return [...candidates.values()]
      .filter((c) => records[c.last * FIELDS + PARAMS] === 1)
      .sort((a, b) => a.first - b.first)
      .map((c) => this.define(c.last));
  }

  private nameOf(i: number): string {
    const r = this.recorded.records;
    return this.code.slice(r[i * FIELDS + NAME_START], r[i * FIELDS + NAME_END]);
  }

  /**
   * Definition i as the preprocessor's scan made it before it kept numbers (readPreprocessor), kept once made: a
   * header's macro is asked for by every file of the modules that include it.
   */
  private define(i: number): Define {
    this.made ??= new Map();
    let d = this.made.get(i);
    if (!d) this.made.set(i, (d = this.read(i)));
    return d;
  }

  private read(i: number): Define {
    const r = this.recorded.records;
    const headEnd = r[i * FIELDS + HEAD_END];
    const end = r[i * FIELDS + END];
    const head = DEFINE_HEAD.exec(joinLines(this.code.slice(headEnd, end)).trim()) as RegExpExecArray;
    const written = joinLines(this.text.slice(headEnd, end)).trim().slice(head[0].length).trim();
    // short values repeat (`16`, `BIT(0)`, `0x1`) and are copies anyway; a long one stays a view of the text
    const value = written.length < VIEW_MIN_LENGTH ? intern(written) : written;
    return { name: intern(head[1]), params: head[3]?.split(',').map((p) => p.trim()), value, line: r[i * FIELDS + LINE] };
  }
}

// The last name hashed: a question goes to file after file with the same name (a module's headers, in order).
let lastName = '';
let lastHash = nameHash('');
function hashOf(name: string): number {
  if (name !== lastName) {
    lastName = name;
    lastHash = nameHash(name);
  }
  return lastHash;
}

/** Defines given as objects (a worker's cleanup batch, tests): a name's last definition wins, as in a file. */
export class DefineList implements Defines {
  private readonly byName = new Map<string, Define>();
  readonly nameHashes: Uint32Array;

  constructor(defines: Iterable<Define>) {
    const hashes: number[] = [];
    for (const d of defines) {
      this.byName.set(d.name, d);
      hashes.push(nameHash(d.name));
    }
    this.nameHashes = Uint32Array.from(hashes);
  }

  get(name: string): Define | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  functionLike(): readonly Define[] {
    return [...this.byName.values()].filter((d) => d.params !== undefined);
  }

  all(): ReadonlyMap<string, Define> {
    return this.byName;
  }
}

/** Lines ended by `\` joined, as the preprocessor reads a directive. */
export function joinLines(s: string): string {
  return s.replace(/\\\r?\n/g, ' ');
}
