// What the project says it supports: README and docs prose, dkms.conf, the audit config (the first source that
// states a range wins, in that order), capped by the hard limits in the code (`#error`, `BUILD_BUG_ON`).

import type { Config } from '../../config/types.js';
import type { CFile } from '../c/types.js';
import type { DkmsConf } from '../dkms/types.js';
import type { DocsModel, ReadmeModel } from '../docs/types.js';
import { hardLimits } from './hard-limits.js';
import { MAX_CODE, VersionSet } from './range.js';
import type { DeclaredKernels, HardLimit } from './types.js';
import { firstSeriesOf, formatVersion, knownSeries, lastSeriesOf, parseVersion, seriesOf } from './version.js';

// A series ("5.10", "5.10.y") or a major-only series ("5.x", "4.*"): the capture is "5.10" or "5.x".
const V = String.raw`(?<![\w.])v?([2-7]\.\d{1,2}|[2-7]\.[xX*](?![\w]))(?:\.(?:\d+|[xy*]))?(?:-rc\d+)?(?![\w.]*\d)`;
const RANGE = new RegExp(`${V}\\s*(?:-|–|—|to|through|thru|until|till|\\.\\.\\.?|and up to)\\s*(?:linux\\s+|kernel\\s+)?${V}`, 'i');
// Words that may stand between "minimum" and the version: "Minimum supported kernel version required is 4.15".
const FILLER = String.raw`(?:\s*(?:supported|required|linux|kernels?|versions?|is|of|:))*\s*`;
const MIN_BEFORE = new RegExp(
  `(?:>=|≥|=>|at least|minimum${FILLER}|newer than or equal to|since|starting (?:with|from|at)|requires?|needs?)\\s*(?:linux\\s+|kernel\\s+|version\\s+)*${V}`,
  'i',
);
const MIN_AFTER = new RegExp(`${V}\\s*(?:\\+|(?:and|or) (?:newer|later|above|higher|up|greater)|onwards?|or any later)`, 'i');
const MAX_BEFORE = new RegExp(`(?:<=|≤|=<|up to|at most|maximum${FILLER})\\s*(?:linux\\s+|kernel\\s+|version\\s+)*${V}`, 'i');
const MAX_AFTER = new RegExp(`${V}\\s*(?:and|or) (?:older|earlier|below|lower)`, 'i');
const ANY_V = new RegExp(V, 'gi');

const KERNEL_CONTEXT = /\b(kernels?|linux)\b/i;
// Characters beyond ASCII are written as escapes (here ≥ ≤, below ✗ ❌ ✘ and ✓ ✔ ✅): the CLI's bundle is ASCII.
const SUPPORT_WORDS =
  /\bsupport|compatib|\bworks?\b|tested|\brequires?\b|\bneeds?\b|\bbuilds?\b|minimum|\bruns?\b|versions?\b|>=|<=|\u2265|\u2264|\blts\b/i;
const SUPPORT_HEADING = /kernel|compat|support|requirement|prerequisite|tested|platform/i;
const NEGATIVE_CELL = /\u2717|\u274c|\u2718|\bno\b|unsupported|not supported|broken|fails?\b/i;
const POSITIVE_CELL = /\u2713|\u2714|\u2705|\byes\b|supported|\bok\b|works|tested|passing/i;
const CHANGELOG = /(^|\/)(CHANGELOG|CHANGES|NEWS|HISTORY)(\.\w+)?$/i;
const NEGATED = /\bnot\b|n't\b|unsupported|broken|\bfails?\b|\bno longer\b/i;
const OTHER_TOOL = /(gcc|clang|dkms|python|ubuntu|debian|fedora|rhel|centos|rocky|alma|suse|mint|node|go|rust|cmake)\s*v?$/i;

export function declaredKernels(docs: DocsModel, dkms: DkmsConf[], c: Map<string, CFile>, config: Config): DeclaredKernels | undefined {
  const hard = hardLimits(c);
  const stated = statedKernels(docs, dkms, config);
  if (stated && hard) return capped(stated, hard);
  if (stated) return stated;
  if (hard) return { min: hard.min, max: hard.max, source: hard.source, hard };
  return undefined;
}

/** What the project says: README and docs prose, then dkms.conf, then the audit config. */
function statedKernels(docs: DocsModel, dkms: DkmsConf[], config: Config): DeclaredKernels | undefined {
  // A changelog records what once changed ("fix build on 6.8"), not what is supported now.
  const documents = [docs.readme, ...docs.others].filter((d): d is ReadmeModel => !!d && !CHANGELOG.test(d.path));
  for (const d of documents) {
    const r = fromProse(d, { mentions: isSupportDoc(d.path) });
    if (r) return r;
  }
  for (const conf of dkms) {
    const r = fromDkms(conf);
    if (r) return r;
  }
  if (config.kernels && (config.kernels.min || config.kernels.max)) {
    const { min, max, line } = config.kernels;
    return {
      min,
      max,
      source: { file: config.path ?? '.lkm-audit.yml', line, text: `kernels: { min: ${min ?? '~'}, max: ${max ?? '~'} }` },
    };
  }
  return undefined;
}

/**
 * A hard limit in the code caps the claim: kernels below a `#error` floor cannot build whatever the README says.
 * The claim is kept in `claimed` (a claim beyond the limit is a finding of its own).
 */
function capped(stated: DeclaredKernels, hard: HardLimit): DeclaredKernels {
  const min = higher(stated.min, hard.min);
  const max = lower(stated.max, hard.max);
  if (min === stated.min && max === stated.max) return { ...stated, hard };
  const claimed = { min: stated.min, max: stated.max };
  // A claim wholly outside the limit: what can build at all is the hard range.
  if (min && max && (parseVersion(min) as number) > (parseVersion(max) as number))
    return { ...stated, min: hard.min, max: hard.max, claimed, hard };
  return { ...stated, min, max, claimed, hard };
}

/** Whether a version-looking number at `index` of `text` is a kernel version, not gcc 12.2 or Ubuntu 22.04. */
function isKernelVersion(text: string, index: number): boolean {
  return !OTHER_TOOL.test(text.slice(Math.max(0, index - 12), index).trimEnd());
}

/**
 * A README (or a COMPAT/SUPPORT file) may state support by listing versions under a support heading; other documents
 * (design notes, test descriptions, install guides) mention versions for other reasons ("CI runs 5.15 and 6.6",
 * "developed on 2.6.28"), so only their explicit statements (a range, a minimum, a maximum) count.
 */
function isSupportDoc(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^(readme|compat|support)/i.test(base);
}

export function fromProse(doc: ReadmeModel, opts: { mentions?: boolean } = {}): DeclaredKernels | undefined {
  const useMentions = opts.mentions ?? true;
  const headings = [...doc.sections].sort((a, b) => a.line - b.line);
  const headingAt = (line: number) => [...headings].reverse().find((h) => h.line <= line)?.heading ?? '';
  const mentions: { v: string; line: number; text: string }[] = [];
  let stated: (DeclaredKernels & { last: number }) | undefined;
  for (const p of doc.prose) {
    // An explicit statement continues over the lines right below it (a list: "- >= 5.0 should work", "- >= 4.0
    // should work"): the widest range they claim counts, lines that say "does not work" aside.
    if (stated && p.line !== stated.last + 1) break;
    const inSection = SUPPORT_HEADING.test(headingAt(p.line));
    const isTableRow = p.text.includes(' | ');
    // "for kernel 5.x and newer" states support without a support word: a range, minimum or maximum about kernels counts.
    const relevant =
      (KERNEL_CONTEXT.test(p.text) || inSection) && (SUPPORT_WORDS.test(p.text) || inSection || explicitRange(p.text) !== undefined);
    if (stated) stated.last = p.line;
    if (!relevant) continue;
    const source = { file: doc.path, line: p.line, text: p.text.trim() };
    const explicit = explicitRange(p.text);
    if (explicit && stated) {
      if (!NEGATED.test(p.text)) stated = { ...stated, min: lower(stated.min, explicit.min), max: higher(stated.max, explicit.max) };
      continue;
    }
    if (explicit) {
      stated = { ...explicit, source, last: p.line };
      continue;
    }
    if (stated || !useMentions) continue;
    if (isTableRow && (NEGATIVE_CELL.test(p.text) || !POSITIVE_CELL.test(p.text))) continue;
    for (const m of p.text.matchAll(ANY_V)) {
      if (isKernelVersion(p.text, m.index) && !isOwnVersionAt(p.text, m.index))
        for (const v of new Set([firstSeriesOf(m[1]), lastSeriesOf(m[1])]))
          mentions.push({ v: v as string, line: p.line, text: p.text.trim() });
    }
  }
  if (stated) return { min: stated.min, max: stated.max, source: stated.source };
  if (mentions.length === 0) return undefined;
  const codes = mentions.map((m) => parseVersion(m.v) as number);
  const first = mentions[0];
  return {
    min: formatVersion(Math.min(...codes)),
    max: formatVersion(Math.max(...codes)),
    source: { file: doc.path, line: first.line, text: first.text },
  };
}

/** A range, a minimum or a maximum stated in one line of prose. */
function explicitRange(text: string): { min?: string; max?: string } | undefined {
  const range = matchKernel(RANGE, text);
  if (range) return { min: firstSeriesOf(range[1]), max: lastSeriesOf(range[2]) };
  const min = matchKernel(MIN_BEFORE, text) ?? matchKernel(MIN_AFTER, text);
  const max = matchKernel(MAX_BEFORE, text) ?? matchKernel(MAX_AFTER, text);
  if (min || max) return { min: min && firstSeriesOf(min[1]), max: max && lastSeriesOf(max[1]) };
  return undefined;
}

/** The lower of two minimums; a line that states no minimum leaves the other one standing. */
function lower(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return (parseVersion(a) as number) <= (parseVersion(b) as number) ? a : b;
}

function higher(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return (parseVersion(a) as number) >= (parseVersion(b) as number) ? a : b;
}

function matchKernel(re: RegExp, text: string): RegExpExecArray | undefined {
  const m = re.exec(text);
  return m && isKernelVersion(text, m.index) && !isOwnVersion(text, m) ? m : undefined;
}

/**
 * "(since version 3.2.0)" in a line about "kernel module drivers" is the driver's own version: a match that says
 * "version" in a clause (after the last `(`, `,` or `;`) naming no kernel or Linux is not a kernel claim.
 */
function isOwnVersion(text: string, m: RegExpExecArray): boolean {
  if (!/version/i.test(m[0]) || /kernel|linux/i.test(m[0])) return false;
  return !kernelInClause(text.slice(0, m.index));
}

/** The same for a bare mention: a number right after "version" in a clause that names no kernel. */
function isOwnVersionAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return /version\s*$/i.test(before) && !kernelInClause(before);
}

function kernelInClause(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('('), before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return /kernel|linux/i.test(clause);
}

/** BUILD_EXCLUSIVE_KERNEL_MIN/_MAX, or the series that the BUILD_EXCLUSIVE_KERNEL regex accepts. */
export function fromDkms(conf: DkmsConf): DeclaredKernels | undefined {
  const get = (name: string) => conf.vars.get(name)?.[0];
  const min = get('BUILD_EXCLUSIVE_KERNEL_MIN');
  const max = get('BUILD_EXCLUSIVE_KERNEL_MAX');
  if (min || max) {
    const at = (min ?? max) as { value: string; line: number };
    return {
      min: min && seriesOf(min.value),
      max: max && seriesOf(max.value),
      source: { file: conf.path, line: at.line, text: `BUILD_EXCLUSIVE_KERNEL_${min ? 'MIN' : 'MAX'}="${at.value}"` },
    };
  }
  const ex = get('BUILD_EXCLUSIVE_KERNEL');
  if (!ex) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(posixClasses(ex.value.replace(/^["']|["']$/g, '')));
  } catch {
    return undefined;
  }
  const series = knownSeries();
  const accepted = series.filter((s) => re.test(`${s}.0-1-generic`) || re.test(`${s}.1-1-amd64`));
  if (accepted.length === 0 || accepted.length === series.length) return undefined;
  const source = { file: conf.path, line: ex.line, text: `BUILD_EXCLUSIVE_KERNEL="${ex.value}"` };
  return {
    min: accepted[0] === series[0] ? undefined : accepted[0],
    max: accepted[accepted.length - 1] === series[series.length - 1] ? undefined : accepted[accepted.length - 1],
    source,
  };
}

/** The supported kernels as a set: declared min..max (open ends stay open). */
export function declaredSet(d: DeclaredKernels): VersionSet {
  const lo = d.min ? (parseVersion(d.min) as number) : 0;
  const hiSeries = d.max ? (parseVersion(d.max) as number) : undefined;
  return VersionSet.from(lo, hiSeries === undefined ? MAX_CODE : hiSeries + 256);
}

/** dkms matches with bash `=~` (POSIX ERE): translate the character classes JavaScript lacks. */
function posixClasses(re: string): string {
  return re
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:alpha:\]/g, 'A-Za-z')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9')
    .replace(/\[:space:\]/g, '\\s');
}
