// The aliases of in-tree modules, read from `modules.alias` of installed kernels (depmod writes one per
// kernel: `alias <glob> <module>` for every MODULE_ALIAS and device table entry modpost turned into one).

import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { isSpace } from '../../text/space.js';
import { type GlobToken, tokenize } from './glob.js';

export interface KernelAlias {
  pattern: string;
  module: string;
  /** Parsed on first use: most buses are never asked about. */
  tokens?: GlobToken[];
}

export function tokensOf(a: KernelAlias): GlobToken[] {
  a.tokens ??= tokenize(a.pattern);
  return a.tokens;
}

export interface KernelAliasDb {
  /** The file it was read from. */
  file: string;
  /** Kernel release, from `/lib/modules/<release>/modules.alias`, or the file name when not there. */
  kernel: string;
  /** The aliases of one bus (the text before the first `:` or wildcard: `usb`, `pci`, `of`, `acpi` ...), in file order. */
  onBus(bus: string): KernelAlias[];
  /** The aliases whose pattern starts with `prefix` (as written, case and all), in file order. */
  withPrefix(prefix: string): KernelAlias[];
  /** Every alias, in file order. */
  all(): KernelAlias[];
}

export function busOf(alias: string): string {
  return alias.slice(0, busEnd(alias, 0, alias.length)).toLowerCase();
}

/** Where the bus of a pattern in text[from, to) ends: at its first `:` or wildcard (`*`, `?`, `[`), else at `to`. */
function busEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && !':*?['.includes(text[i])) i++;
  return i;
}

export class AliasFileError extends Error {}

/** A line of the file (lines end at \n only, as depmod writes them). */
const LINE = /^alias\s+(\S+)\s+(\S+)\s*$/;

/** Reads one modules.alias; throws AliasFileError naming the file and the problem. */
export function readAliasFile(file: string): KernelAliasDb {
  let text: string;
  try {
    // depmod writes ASCII: decoded as Latin-1 it needs no UTF-8 validation (a third of reading it as UTF-8).
    const bytes = readWhole(file);
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch (e) {
    if (e instanceof TooLarge) throw new AliasFileError(`${file}: ${e.message}`);
    throw new AliasFileError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // An installed kernel's file has some 27,000 lines and an audit asks about one or two buses: the file is checked
  // by one pass, and an alias becomes an object only when its bus is asked for (objects for every line, made in a
  // short run, were a tenth of a typical audit with their garbage collection).
  const bad = firstBadLine(text);
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    throw new AliasFileError(`${file}:${line}: not a modules.alias line ("alias <pattern> <module>")`);
  }
  const parent = path.basename(path.dirname(path.resolve(file)));
  const underModules = path.basename(path.dirname(path.dirname(path.resolve(file)))) === 'modules';
  return new AliasTable(file, underModules ? parent : path.basename(file), text);
}

/**
 * Every installed kernel's file is read into one buffer, kept for the next: its bytes are decoded into a string at
 * once, and a new buffer of 1.3 MB for each file was a quarter of the pages a typical audit's aliases touched.
 */
let scratch = Buffer.alloc(0);

/**
 * At most this many bytes: an installed kernel's file has 1.3-1.4 MB. A file given with `--kernel-aliases` may be
 * anything (a pipe, a device): past this, it is not a modules.alias, and reading on would only fill memory.
 */
const MAX_ALIAS_BYTES = 64 * 1024 * 1024;

class TooLarge extends Error {}

/** The file's bytes, a view of the shared buffer (valid until the next call). */
function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    // a quarter more than this file: the next kernel's is a little larger (6.1's 1.32 MB, 6.12's 1.38 MB)
    if (scratch.length < size + 1) scratch = Buffer.allocUnsafeSlow(size + 1 + (size >> 2));
    let n = 0;
    for (;;) {
      // one byte more than the size, to see the end; a file that grew since is read on in a larger buffer
      if (n === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafeSlow(scratch.length)]);
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > MAX_ALIAS_BYTES) {
        scratch = Buffer.alloc(0); // not kept: the buffer grew past the cap
        throw new TooLarge(`more than ${MAX_ALIAS_BYTES >> 20} MiB, not a modules.alias`);
      }
    }
    return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

// The three kinds of line, each matched where a line starts (sticky) through its end ([^\S\n] is white space but \n).
const ALIAS_LINE = /alias[^\S\n]+\S+[^\S\n]+\S+[^\S\n]*(?:\n|$)/y;
const COMMENT_OR_BLANK_LINE = /(?:#[^\n]*|[^\S\n]*)(?:\n|$)/y;

/**
 * Where the first line that is neither `alias <pattern> <module>`, a comment nor blank starts, or -1. Two sticky
 * expressions a line: V8 compiles an expression after its first use, and one expression over the whole file ran
 * that use interpreted (13-16 ms a file in a short audit, against 2-4 ms).
 */
function firstBadLine(t: string): number {
  for (let at = 0; at < t.length; ) {
    ALIAS_LINE.lastIndex = at;
    if (ALIAS_LINE.test(t)) {
      at = ALIAS_LINE.lastIndex;
      continue;
    }
    COMMENT_OR_BLANK_LINE.lastIndex = at;
    // a blank line matches empty only at the very end
    if (!COMMENT_OR_BLANK_LINE.test(t) || COMMENT_OR_BLANK_LINE.lastIndex === at) return at;
    at = COMMENT_OR_BLANK_LINE.lastIndex;
  }
  return -1;
}

class AliasTable implements KernelAliasDb {
  private readonly buses = new Map<string, KernelAlias[]>();
  private lines: Map<string, number[]> | undefined;
  private readonly prefixes = new Map<string, KernelAlias[]>();

  constructor(
    readonly file: string,
    readonly kernel: string,
    private readonly text: string,
  ) {}

  onBus(bus: string): KernelAlias[] {
    let list = this.buses.get(bus);
    if (!list) {
      list = this.buses.size === 0 ? this.scanForBus(bus) : this.fromIndex(bus);
      this.buses.set(bus, list);
    }
    return list;
  }

  /** The first bus asked for: one pass that reads only the lines whose pattern may be of it. */
  private scanForBus(bus: string): KernelAlias[] {
    // A pattern starting with an ASCII letter other than the bus's first, in either case, is not of the bus (its
    // lower case starts with that letter); every other line is read whole.
    const first = bus.charCodeAt(0);
    const found: KernelAlias[] = [];
    this.eachAlias(
      (t, at) => {
        const c = t.charCodeAt(at);
        return !(c < 128 && bus !== '' && (c >= 65 && c <= 90 ? c + 32 : c) !== first);
      },
      (a) => busOf(a.pattern) === bus && found.push(a),
    );
    return found;
  }

  /** Any later bus: from the lines of every bus, indexed in one pass (a pass per bus was most of the file's cost). */
  private fromIndex(bus: string): KernelAlias[] {
    const t = this.text;
    const lines = this.busLines().get(bus) ?? [];
    const out: KernelAlias[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const m = LINE.exec(t.slice(lines[i], lines[i + 1])) as RegExpExecArray;
      out.push({ pattern: m[1], module: m[2] });
    }
    return out;
  }

  /** Where each bus's alias lines start and end (pairs of offsets, in file order). */
  private busLines(): Map<string, number[]> {
    if (this.lines) return this.lines;
    const out = new Map<string, number[]>();
    const t = this.text;
    this.eachAliasLine((at, end, pattern) => {
      let patternEnd = pattern;
      while (patternEnd < end && !isSpace(t.charCodeAt(patternEnd))) patternEnd++;
      const bus = t.slice(pattern, busEnd(t, pattern, patternEnd)).toLowerCase();
      const list = out.get(bus);
      if (list) list.push(at, end);
      else out.set(bus, [at, end]);
    });
    this.lines = out;
    return out;
  }

  withPrefix(prefix: string): KernelAlias[] {
    let list = this.prefixes.get(prefix);
    if (!list) {
      list = [];
      const t = this.text;
      // Where the prefix starts the pattern of a line (`alias`, white space, the pattern): the file was checked.
      for (let at = t.indexOf(prefix); at >= 0; at = t.indexOf(prefix, at + 1)) {
        const start = t.lastIndexOf('\n', at - 1) + 1;
        if (!/^alias\s+$/.test(t.slice(start, at))) continue;
        const end = t.indexOf('\n', at);
        const m = LINE.exec(t.slice(start, end < 0 ? t.length : end)) as RegExpExecArray;
        list.push({ pattern: m[1], module: m[2] });
      }
      this.prefixes.set(prefix, list);
    }
    return list;
  }

  all(): KernelAlias[] {
    const out: KernelAlias[] = [];
    this.eachAlias(
      () => true,
      (a) => out.push(a),
    );
    return out;
  }

  /** Each alias line whose pattern, starting at `at`, passes `maybe`, read and given to `take`, in file order. */
  private eachAlias(maybe: (text: string, at: number) => boolean, take: (a: KernelAlias) => unknown): void {
    const t = this.text;
    this.eachAliasLine((at, end, pattern) => {
      if (!maybe(t, pattern)) return;
      const m = LINE.exec(t.slice(at, end)) as RegExpExecArray;
      take({ pattern: m[1], module: m[2] });
    });
  }

  /** Each alias line's start, end and the start of its pattern, in file order. */
  private eachAliasLine(visit: (at: number, end: number, pattern: number) => void): void {
    const t = this.text;
    for (let at = 0; at <= t.length; ) {
      let end = t.indexOf('\n', at);
      if (end < 0) end = t.length;
      // the file was checked: a line starting `alias` is an alias, then white space, then the pattern
      if (t.startsWith('alias', at)) {
        let p = at + 5;
        while (p < end && isSpace(t.charCodeAt(p))) p++;
        visit(at, end, p);
      }
      at = end + 1;
    }
  }
}

/** `/lib/modules/<release>/modules.alias` of every installed kernel, sorted by release. */
export function installedAliasFiles(base = '/lib/modules'): string[] {
  if (!existsSync(base)) return [];
  let releases: string[];
  try {
    releases = readdirSync(base).sort();
  } catch {
    return [];
  }
  return releases.map((r) => path.join(base, r, 'modules.alias')).filter((f) => existsSync(f));
}
