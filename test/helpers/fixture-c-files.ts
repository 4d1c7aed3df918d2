// Every C source and header of the test fixtures, for tests that hold two readings of a file to each other.

import { readdirSync } from 'node:fs';
import path from 'node:path';

export function fixtureCFiles(root = 'test/fixtures'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.[ch]$/.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}
