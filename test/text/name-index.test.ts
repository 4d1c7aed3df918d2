import { describe, expect, it } from 'vitest';
import { NameIndex, nameHash, nameHashes } from '../../src/text/name-index.js';
import { prng } from '../helpers/prng.js';

const PARTS = ['dev', 'priv', 'reg', 'ctrl', 'dma', 'irq', 'phy', 'clk', 'cfg', 'stat', 'buf', 'queue', 'tx', 'rx', 'hw'];

/**
 * The names of a tree like drivers/ of Linux (27,446 C files): each file declares from a few to hundreds of names,
 * many shared with the files beside it (a driver's headers), drawn from a common vocabulary.
 */
function treeOfNames(files: number, next: () => number): Set<string>[] {
  const word = (driver: number, i: number) => `${PARTS[i % PARTS.length]}_${driver}_${i}`;
  const names: Set<string>[] = [];
  for (let f = 0; f < files; f++) {
    const driver = Math.floor(f / 12); // a dozen files to a driver, sharing its names
    const count = 3 + Math.floor(next() ** 3 * 600); // most files small, some large
    const own = new Set<string>();
    for (let i = 0; i < count; i++) {
      // half the names the driver's, a fifth the kernel's common ones (`s:device`, `u32`), the rest the file's own
      const r = next();
      own.add(r < 0.5 ? word(driver, Math.floor(next() * 80)) : r < 0.7 ? `common_${Math.floor(next() * 400)}` : word(-f, i));
    }
    names.push(own);
  }
  return names;
}

/** Two names of the same hash, found by trying names until two meet (about 2^16 for 32 bits). */
function collidingNames(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const name = `name_${i}`;
    const other = seen.get(nameHash(name));
    if (other !== undefined) return [other, name];
    seen.set(nameHash(name), name);
  }
}

describe('the index of the names files declare (which files may declare a name)', () => {
  const next = prng(20261203);
  const names = treeOfNames(27_446, next);
  const index = new NameIndex(names.map(nameHashes));

  it('gives every file that declares a name, each once and in order', () => {
    const wrong: string[] = [];
    for (let q = 0; q < 150; q++) {
      const f = Math.floor(next() * names.length);
      const name = [...names[f]][Math.floor(next() * names[f].size)];
      const holding = names.flatMap((n, i) => (n.has(name) ? [i] : []));
      const found = index.filesHolding(nameHash(name));
      // another name of the same hash may add a file, never take one away
      const kept = found.filter((i) => names[i].has(name));
      if (JSON.stringify(kept) !== JSON.stringify(holding)) wrong.push(name);
      if (JSON.stringify(found) !== JSON.stringify([...new Set(found)].sort((a, b) => a - b))) wrong.push(`${name} (order)`);
    }
    expect(wrong).toEqual([]);
  });

  it('sends a question about a name no file declares to almost no file of a tree the size of drivers/', () => {
    // Each question used to be asked of every file's Bloom filter: at one in 5,000 per file, five files parsed for
    // nothing per question on drivers/ (2,503 parses for 610 questions).
    let reached = 0;
    const questions = 2000;
    for (let q = 0; q < questions; q++) reached += index.filesHolding(nameHash(`absent_${q}_${Math.floor(next() * 1e9)}`)).length;
    expect(reached / questions).toBeLessThan(0.01);
  });

  it('gives a file holding two names of one hash once', () => {
    const [a, b] = collidingNames();
    expect(nameHash(a)).toBe(nameHash(b));
    const small = new NameIndex([nameHashes(new Set(['x'])), nameHashes(new Set([a, 'y', b])), nameHashes(new Set([b]))]);
    expect(small.filesHolding(nameHash(a))).toEqual([1, 2]);
  });

  it('takes about 12 bytes a name', () => {
    const entries = names.reduce((n, s) => n + s.size, 0);
    expect(index.bytes).toBeLessThanOrEqual(entries * 12 + 1024);
  });
});
