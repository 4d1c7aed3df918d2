// Copies a fixture folder into a temp folder the test may change (the fixture itself stays as committed).

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `lkm-audit-fix-${name}-`));
  made.push(dir);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}
