// Applies line edits to a file's bytes. Untouched lines keep their bytes exactly (any encoding, any line ending);
// new lines take the file's dominant line ending; a BOM and the presence or absence of a final newline are kept.
// An edit is refused, never forced, when its lines differ from what the model read or are not valid UTF-8.

import type { Edit } from './types.js';

export interface ApplyResult {
  bytes: Buffer;
  applied: Edit[];
  refused: { edit: Edit; reason: string }[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strict = new TextDecoder('utf-8', { fatal: true });

interface Line {
  /** Content without the line ending. */
  bytes: Buffer;
  eol: '' | '\n' | '\r\n';
}

function splitBytes(buf: Buffer): { lines: Line[]; finalNewline: boolean } {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 0x0a) continue;
    const cr = i > start && buf[i - 1] === 0x0d;
    lines.push({ bytes: buf.subarray(start, cr ? i - 1 : i), eol: cr ? '\r\n' : '\n' });
    start = i + 1;
  }
  const finalNewline = start === buf.length && buf.length > 0;
  if (start < buf.length) lines.push({ bytes: buf.subarray(start), eol: '' });
  return { lines, finalNewline };
}

function decodeLine(b: Buffer): string | undefined {
  try {
    return strict.decode(b);
  } catch {
    return undefined;
  }
}

/** Whether two edits touch the same lines (insertions at one place do not conflict; they go in order). */
function overlaps(a: Edit, b: Edit): boolean {
  const aEnd = a.line + a.count;
  const bEnd = b.line + b.count;
  if (a.count === 0 && b.count === 0) return false;
  if (a.count === 0) return a.line > b.line && a.line < bEnd;
  if (b.count === 0) return b.line > a.line && b.line < aEnd;
  return a.line < bEnd && b.line < aEnd;
}

export function applyEdits(original: Buffer, edits: Edit[]): ApplyResult {
  const hasBom = original.subarray(0, 3).equals(BOM);
  const body = hasBom ? original.subarray(3) : original;
  const { lines, finalNewline } = splitBytes(body);
  const crlf = lines.filter((l) => l.eol === '\r\n').length;
  const lf = lines.filter((l) => l.eol === '\n').length;
  const eol: '\n' | '\r\n' = crlf > lf ? '\r\n' : '\n';

  const accepted: Edit[] = [];
  const refused: ApplyResult['refused'] = [];
  // Stable by line: insertions before replacements of the same line, otherwise in the order given.
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.line - b.e.line || a.e.count - b.e.count || a.i - b.i);
  for (const { e } of ordered) {
    const reason = check(e, lines, accepted);
    if (reason) refused.push({ edit: e, reason });
    else accepted.push(e);
  }
  if (accepted.length === 0) return { bytes: original, applied: [], refused };

  const out: Line[] = [];
  let next = 1;
  for (const e of accepted) {
    while (next < e.line) out.push(lines[next++ - 1]);
    const keepEol = e.count > 0 && lines[e.line - 1].eol !== '' ? lines[e.line - 1].eol : eol;
    for (const l of e.lines) out.push({ bytes: Buffer.from(l, 'utf8'), eol: keepEol });
    next = e.line + e.count;
  }
  while (next <= lines.length) out.push(lines[next++ - 1]);
  // The file's convention for its last line: a final newline when it had one (or was empty), none when it had none.
  const wantFinal = finalNewline || lines.length === 0;
  for (let i = 0; i < out.length; i++) {
    const last = i === out.length - 1;
    if (last) out[i] = { bytes: out[i].bytes, eol: wantFinal ? out[i].eol || eol : '' };
    else if (out[i].eol === '') out[i] = { bytes: out[i].bytes, eol };
  }
  const parts: Buffer[] = hasBom ? [BOM] : [];
  for (const l of out) parts.push(l.bytes, Buffer.from(l.eol));
  return { bytes: Buffer.concat(parts), applied: accepted, refused };
}

function check(e: Edit, lines: Line[], accepted: Edit[]): string | undefined {
  if (e.line < 1 || e.count < 0 || e.line + e.count - 1 > lines.length || (e.count === 0 && e.line > lines.length + 1))
    return `lines ${e.line}-${e.line + e.count - 1} are outside the file (${lines.length} lines)`;
  if (e.old.length !== e.count) return 'the edit does not say which lines it replaces';
  for (let i = 0; i < e.count; i++) {
    const text = decodeLine(lines[e.line - 1 + i].bytes);
    if (text === undefined) return `line ${e.line + i} is not valid UTF-8; left as it is`;
    if (text.replace(/^\uFEFF/, '') !== e.old[i]) return `line ${e.line + i} changed since it was read`;
  }
  if (e.lines.some((l) => /[\r\n]/.test(l))) return 'new lines must not hold line breaks';
  const clash = accepted.find((a) => overlaps(a, e));
  if (clash) return `overlaps another fix of lines ${clash.line}-${clash.line + Math.max(clash.count, 1) - 1}`;
  return undefined;
}
