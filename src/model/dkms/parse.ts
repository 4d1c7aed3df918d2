// Reads dkms.conf (a file dkms sources with bash) as plain assignments. Nothing is evaluated: references stay
// as text, command substitutions are noted, and any other shell code is noted and skipped.

import type { DkmsConf, DkmsValue } from './types.js';
import { lineIndex } from '../../text/lines.js';
import { isSpace } from '../../text/space.js';

const ASSIGN = /^\s*(?:export\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]*)\])?(\+?)=/;

interface Word {
  value: string;
  raw: string;
  end: number;
  quoted: boolean;
  substitution: boolean;
  complete: boolean;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Reads one shell word starting at `start` (which may span lines inside quotes). */
function readWord(text: string, start: number): Word {
  let value = '';
  let i = start;
  let quoted = false;
  let substitution = false;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      quoted = true;
      const end = text.indexOf("'", i + 1);
      if (end < 0)
        return { value: value + text.slice(i + 1), raw: text.slice(start), end: text.length, quoted, substitution, complete: false };
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      quoted = true;
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length) {
          const n = text[j + 1];
          if (n === '\n') {
            j++;
            continue;
          }
          if ('"\\$`'.includes(n)) {
            value += n;
            j++;
            continue;
          }
        }
        if (text[j] === '`' || (text[j] === '$' && text[j + 1] === '(')) substitution = true;
        value += text[j];
      }
      if (j >= text.length) return { value, raw: text.slice(start), end: text.length, quoted, substitution, complete: false };
      i = j + 1;
    } else if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
    } else if (c === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (/[\s;&|]/.test(c)) {
      break;
    } else if (c === '`' || (c === '$' && text[i + 1] === '(')) {
      // A command substitution is one unit up to its end, whatever it holds; it is kept as text.
      substitution = true;
      const end = c === '`' ? text.indexOf('`', i + 1) : closingParen(text, i + 1);
      const stop = end < 0 ? text.length : end + 1;
      value += text.slice(i, stop);
      i = stop;
    } else {
      value += c;
      i++;
    }
  }
  return { value, raw: text.slice(start, i), end: i, quoted, substitution, complete: true };
}

/** Offset of the `)` closing an array literal, skipping quoted text. */
function arrayEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ')') return i;
  }
  return text.length;
}

export function parseDkmsConf(path: string, text: string): DkmsConf {
  const conf: DkmsConf = { path, vars: new Map(), notes: [] };
  if (path.endsWith('.in')) conf.template = true;
  const src = text.replace(/\r\n?/g, '\n');
  if (/[\x00-\x08\x0e-\x1f]/.test(src)) conf.notes.push({ message: 'dkms.conf holds binary data; lines with it were skipped' });
  const { lineAt } = lineIndex(src);

  let pos = 0;
  let skipped = 0;
  while (pos < src.length) {
    const eol = src.indexOf('\n', pos);
    const lineEnd = eol < 0 ? src.length : eol;
    const lineText = src.slice(pos, lineEnd);
    const line = lineAt(pos);
    const trimmed = lineText.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /[\x00-\x08\x0e-\x1f]/.test(lineText)) {
      pos = lineEnd + 1;
      continue;
    }
    const m = ASSIGN.exec(lineText);
    if (!m && BARE_PLACEHOLDER.test(trimmed)) {
      // An installer replaces this line with generated directives (NVIDIA's `__DKMS_MODULES`).
      conf.placeholderLines = [...(conf.placeholderLines ?? []), line];
      pos = lineEnd + 1;
      continue;
    }
    if (!m) {
      if (skipped++ < 10) conf.notes.push({ line, message: `shell code is not evaluated: ${trimmed.slice(0, 60)}` });
      pos = lineEnd + 1;
      continue;
    }
    const [, name, indexText, append] = m;
    const valueStart = pos + m[0].length;
    let index: number | undefined;
    if (indexText !== undefined) {
      if (/^\d+$/.test(indexText.trim())) index = Number(indexText.trim());
      else conf.notes.push({ line, message: `${name}[${indexText}]: the index is not a number and is not evaluated` });
    }
    const values: DkmsValue[] = [];
    let end: number;
    if (src[valueStart] === '(') {
      // bash array literal: NAME=("a" "b"); words end at the closing parenthesis outside quotes
      const close = arrayEnd(src, valueStart + 1);
      const inner = src.slice(0, close);
      let i = valueStart + 1;
      let k = 0;
      for (;;) {
        while (i < close && isSpace(src.charCodeAt(i))) i++;
        if (i >= close) break;
        const w = readWord(inner, i);
        if (w.end === i) break;
        values.push({
          value: w.value,
          line: lineAt(i),
          index: k++,
          raw: w.raw,
          quoted: w.quoted,
          commandSubstitution: w.substitution || undefined,
        });
        i = w.end;
      }
      if (close >= src.length) conf.notes.push({ line, message: `${name}: array without a closing parenthesis` });
      end = Math.min(close + 1, src.length);
    } else {
      const w = readWord(src, valueStart);
      if (!w.complete) conf.notes.push({ line, message: `${name}: unterminated quote; the rest of the file was not read` });
      values.push({ value: w.value, line, index, raw: w.raw, quoted: w.quoted, commandSubstitution: w.substitution || undefined });
      end = w.end;
    }
    for (const v of values) {
      if (v.commandSubstitution)
        conf.notes.push({ line: v.line, message: `${name} holds a command substitution; dkms would run it, the audit does not` });
      if (v.commandSubstitution === undefined) delete v.commandSubstitution;
      const list = conf.vars.get(name) ?? [];
      const same = list.findIndex((x) => x.index === v.index);
      if (append && same >= 0)
        list[same] = { ...list[same], value: list[same].value + v.value, raw: `${list[same].raw ?? ''}${v.raw ?? ''}` };
      else if (same >= 0) list[same] = v;
      else list.push(v);
      conf.vars.set(name, list);
    }
    // Whatever follows on the same line (`; other=1`, a comment) is read as its own statement.
    const restEol = src.indexOf('\n', end);
    const rest = src.slice(end, restEol < 0 ? src.length : restEol).trim();
    if (rest && !rest.startsWith('#')) {
      const after = rest.replace(/^[;&|]+\s*/, '');
      if (after && !after.startsWith('#')) {
        pos = src.indexOf(after, end);
        continue;
      }
    }
    pos = (restEol < 0 ? src.length : restEol) + 1;
  }
  if (conf.placeholderLines) conf.template = true;
  if (skipped > 10) conf.notes.push({ message: `${skipped - 10} more line(s) of shell code were not evaluated` });
  return conf;
}

/** First value of a variable (index 0 or plain). */
export function dkmsValue(conf: DkmsConf, name: string, index = 0): DkmsValue | undefined {
  const list = conf.vars.get(name);
  return list?.find((v) => (v.index ?? 0) === index);
}

/** Substitutes `$NAME`/`${NAME}` from the file's own plain variables; undefined when anything else remains. */
export function resolveDkmsValue(conf: DkmsConf, value: string, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  let unresolved = false;
  const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a, b) => {
    const v = dkmsValue(conf, a ?? b);
    const r = v && !v.commandSubstitution ? resolveDkmsValue(conf, v.value, depth + 1) : undefined;
    if (r === undefined) unresolved = true;
    return r ?? '';
  });
  if (unresolved || /\$|`/.test(out) || PLACEHOLDER.test(out)) return undefined;
  return out;
}

/**
 * A template token that a release script or the Makefile's dkms target fills in when it copies dkms.conf
 * (`PACKAGE_VERSION="#MODULE_VERSION#"`, `"@VERSION@"`): not a value of its own.
 */
const PLACEHOLDER = /#[A-Za-z_]\w*#|@[A-Za-z_]\w*@|%[A-Za-z_]\w*%|__[A-Z][A-Z0-9_]*/;

/** A line that is nothing but a placeholder: a template's slot for generated lines. */
const BARE_PLACEHOLDER = /^(#[A-Za-z_]\w*#|@[A-Za-z_]\w*@|%[A-Za-z_]\w*%|__[A-Z][A-Z0-9_]*)$/;

/** A value that is a template token (or holds one), not a value of its own. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}
