// Reads and validates `.lkm-audit.yml`. Every problem names the file and line; a bad config is a
// usage error, never silently ignored.

import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { excerpt } from '../text/terminal.js';
import type { SeverityOrOff } from '../types.js';
import type { Config, ConfigError } from './types.js';

const SEVERITIES = new Set<SeverityOrOff>(['off', 'note', 'warning', 'error']);
const KNOWN_KEYS = new Set(['rules', 'ignore', 'kernels']);
const VERSION = /^\d+\.\d+(\.\d+)?$/;

export const EMPTY_CONFIG: Config = { rules: new Map(), ignore: [] };

const MAX_SYNTAX_ERRORS = 5;

export function parseConfig(file: string, text: string, knownRuleIds: ReadonlySet<string>): { config: Config; errors: ConfigError[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const errors: ConfigError[] = [];
  const lineOf = (n: Node | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : undefined);
  const config: Config = { path: file, rules: new Map(), ignore: [] };
  // The first few syntax errors say enough; a hostile file can hold one per character.
  for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS))
    errors.push({ file, line: e.linePos?.[0]?.line, message: excerpt(e.message.split('\n')[0], 120) });
  if (doc.errors.length > MAX_SYNTAX_ERRORS)
    errors.push({ file, message: `and ${doc.errors.length - MAX_SYNTAX_ERRORS} more YAML syntax errors` });
  if (errors.length) return { config, errors };
  const root = doc.contents;
  if (root === null || root === undefined) return { config, errors };
  if (!isMap(root)) return { config, errors: [{ file, line: 1, message: 'the config must be a mapping (rules:, ignore:, kernels:)' }] };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    if (!KNOWN_KEYS.has(key)) {
      errors.push({ file, line, message: `unknown key "${excerpt(key)}" (expected rules, ignore or kernels)` });
      continue;
    }
    const value = pair.value as Node | null;
    if (key === 'rules') {
      if (!isMap(value)) {
        errors.push({ file, line, message: 'rules: must map rule ids to off, note, warning or error' });
        continue;
      }
      for (const r of value.items) {
        const id = isScalar(r.key) ? String(r.key.value) : '';
        const rl = lineOf(r.key as Node) ?? 0;
        const sev = isScalar(r.value) ? String(r.value.value) : '';
        if (!knownRuleIds.has(id)) errors.push({ file, line: rl, message: `unknown rule id "${excerpt(id)}"` });
        else if (!SEVERITIES.has(sev as SeverityOrOff))
          errors.push({ file, line: rl, message: `"${excerpt(sev)}" is not a severity for ${id} (use off, note, warning or error)` });
        else config.rules.set(id, { severity: sev as SeverityOrOff, line: rl });
      }
    } else if (key === 'ignore') {
      if (!isSeq(value) || !value.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
        errors.push({ file, line, message: 'ignore: must be a list of glob strings' });
        continue;
      }
      config.ignore = value.items.map((i) => String((i as { value: unknown }).value));
    } else if (key === 'kernels') {
      if (!isMap(value)) {
        errors.push({ file, line, message: 'kernels: must be a mapping with min and/or max, e.g. { min: "5.10", max: "6.12" }' });
        continue;
      }
      const k: NonNullable<Config['kernels']> = { line: line ?? 1 };
      for (const p of value.items) {
        const kk = isScalar(p.key) ? String(p.key.value) : '';
        const v = isScalar(p.value) ? String(p.value.value) : '';
        if (kk !== 'min' && kk !== 'max')
          errors.push({ file, line: lineOf(p.key as Node), message: `kernels: unknown key "${excerpt(kk)}"` });
        else if (!VERSION.test(v))
          errors.push({ file, line: lineOf(p.key as Node), message: `kernels.${kk}: "${excerpt(v)}" is not a version like 5.10` });
        else k[kk] = v;
      }
      config.kernels = k;
    }
  }
  return { config, errors };
}
