// The alias matcher against modprobe itself: for concrete modalias strings made from a real modules.alias,
// the modules our fnmatch finds must be the modules `modprobe --resolve-alias` finds, on >= 1,000 aliases.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnmatch } from '../../src/model/devices/glob.js';
import { installedAliasFiles, readAliasFile, tokensOf } from '../../src/model/devices/kernel-aliases.js';

const modprobe = ['/usr/sbin/modprobe', '/sbin/modprobe'].find((p) => existsSync(p));
const aliasFile = installedAliasFiles()[0];
const why = !modprobe
  ? 'modprobe (package kmod) is not installed'
  : !aliasFile
    ? 'no /lib/modules/*/modules.alias (install a linux-image-* package)'
    : '';
if (why) console.warn(`skipping modprobe comparison: ${why}`);

/** A device string the pattern matches: stars filled (empty or a filler), classes by their first member. */
function instantiate(pattern: string, filler: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += filler;
    else if (c === '?') out += 'A';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, close);
      out += body.startsWith('!') || body.startsWith('^') ? '~' : body[0];
      i = close;
    } else if (c === '\\') out += pattern[++i];
    else out += c;
  }
  return out;
}

describe.skipIf(!!why)('alias matching agrees with modprobe --resolve-alias', () => {
  it('on 1,200 strings made from 1,000 aliases of an installed kernel (and 200 near misses)', () => {
    const db = readAliasFile(aliasFile as string);
    const release = path.basename(path.dirname(aliasFile as string));
    const all = db.all();
    const builtin = new Set(
      readFileSync(path.join(path.dirname(aliasFile as string), 'modules.builtin'), 'utf8')
        .split('\n')
        .map((l) => path.basename(l, '.ko').replace(/-/g, '_')),
    );
    // Deterministic sample spread over the whole file (every bus), then strings that should not match.
    const step = Math.floor(all.length / 1000);
    const sample = all.filter((_, i) => i % step === 0).slice(0, 1000);
    expect(sample.length).toBe(1000);
    const fillers = ['', '0', 'X1'];
    const strings = sample.map((a, i) => instantiate(a.pattern, fillers[i % fillers.length]));
    // Near misses: one character in the middle changed.
    for (const a of sample.slice(0, 200)) {
      const t = instantiate(a.pattern, '');
      const k = Math.floor(t.length / 2);
      strings.push(`${t.slice(0, k)}${t[k] === 'Z' ? 'Y' : 'Z'}${t.slice(k + 1)}`);
    }
    // Only patterns whose literal head starts the string can match it: keeps 1,200 x 26,000 walks fast.
    const head = (p: string) => /^[^*?[\\]*/.exec(p)?.[0] ?? '';
    const heads = all.map((a) => ({ a, head: head(a.pattern) }));
    let disagreements = 0;
    let matched = 0;
    let missed = 0;
    for (const s of strings) {
      const ours = [
        ...new Set(heads.filter((h) => s.startsWith(h.head) && fnmatch(tokensOf(h.a), s)).map((h) => h.a.module.replace(/-/g, '_'))),
      ].sort();
      const r = spawnSync(modprobe as string, ['-S', release, '-C', '/nonexistent', '--resolve-alias', s], { encoding: 'utf8' });
      const theirs = [
        ...new Set(
          r.stdout
            .split('\n')
            .filter(Boolean)
            .map((m) => m.replace(/-/g, '_')),
        ),
      ]
        .filter((m) => !builtin.has(m))
        .sort();
      if (ours.length) matched++;
      else missed++;
      if (ours.join(' ') !== theirs.join(' ')) {
        disagreements++;
        console.error(`disagree on ${s}: ours [${ours}] modprobe [${theirs}]`);
      }
    }
    expect(disagreements).toBe(0);
    expect(matched).toBeGreaterThanOrEqual(1000);
    expect(missed).toBeGreaterThan(0);
    console.log(`modprobe comparison: ${strings.length} strings, ${matched} matched some module, ${missed} none, 0 disagreements`);
  }, 300_000);

  it('modprobe is the one we think it is', () => {
    expect(execFileSync(modprobe as string, ['--version'], { encoding: 'utf8' })).toMatch(/kmod/);
  });
});

describe('fnmatch semantics (glibc, flags 0)', () => {
  it.each([
    ['usb:v0BDAp8179d*dc*', 'usb:v0BDAp8179d0200dcFF', true],
    ['usb:v0BDAp8179d*dc*', 'usb:v0BDAp8178d0200dcFF', false],
    ['of:N*T*Cfoo,bar', 'of:NnodeT<NULL>Cfoo,bar', true],
    ['a/*', 'a/b/c', true],
    ['*.x', '.x', true],
    ['d[0-9]x', 'd7x', true],
    ['d[!0-9]x', 'd7x', false],
    ['d[^0-9]x', 'dAx', true],
    ['d[]]x', 'd]x', true],
    ['d[a-]x', 'd-x', true],
    ['d[[:digit:]]x', 'd5x', true],
    ['d[x', 'd[x', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['', '', true],
  ])('%s vs %s -> %s', (p, s, want) => {
    expect(fnmatch(p, s)).toBe(want);
  });
});
