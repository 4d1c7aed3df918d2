// When no sandbox can be set up, build mode refuses before running anything, with one message saying why and what
// to do; `none` is the explicit way out.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilds } from '../../src/build/run.js';
import { SandboxUnavailableError } from '../../src/build/sandbox.js';
import { main } from '../../src/cli.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { scanRepository } from '../../src/scan/index.js';
import { headersFor } from './kernel-headers.js';

const ROOT = path.resolve(__dirname, '../..');
const HEADERS = headersFor('6.12') ?? headersFor('6.1');
const missingTools = { bwrap: '/nonexistent/bwrap', unshare: '/nonexistent/unshare' };
const hello = () => buildModel(scanRepository(path.join(ROOT, 'examples/hello'), { ignore: [] }), EMPTY_CONFIG);

describe('build mode without a working sandbox', () => {
  it('refuses in auto mode, naming both tools and the way out', async () => {
    const run = runBuilds(hello(), { headers: ['/nonexistent/headers'], timeoutMs: 10_000, tools: missingTools });
    await expect(run).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(run).rejects.toThrow(
      /\/nonexistent\/bwrap: .*; \/nonexistent\/unshare: .*apt-get install bubblewrap.*--build-sandbox=none/,
    );
  });

  it('refuses when the one asked for is missing, even if the other would work', async () => {
    const run = runBuilds(hello(), { headers: ['/nonexistent/headers'], timeoutMs: 10_000, sandbox: 'bwrap', tools: missingTools });
    await expect(run).rejects.toThrow(/needs a sandbox.*\/nonexistent\/bwrap/);
    await expect(run).rejects.not.toThrow(/unshare:/);
  });

  it.skipIf(!HEADERS)(
    'the command line exits 2 with the message; --build-sandbox=none builds',
    async () => {
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), isTTY: false, env: {} };
      // No bwrap, no unshare, no setpriv on this PATH: nothing can build a sandbox.
      const saved = process.env.PATH;
      process.env.PATH = mkdtempSync(path.join(tmpdir(), 'lkm-audit-empty-path-'));
      try {
        const code = await main([path.join(ROOT, 'examples/hello'), '--build', '--kernel-headers', HEADERS as string], io);
        expect(code).toBe(2);
        expect(err.join('')).toMatch(/^lkm-audit: build mode runs the repository's Makefile and needs a sandbox/);
        expect(out).toEqual([]);
      } finally {
        process.env.PATH = saved;
      }
      const code = await main(
        [path.join(ROOT, 'examples/hello'), '--build', '--build-sandbox=none', '--kernel-headers', HEADERS as string, '--format', 'json'],
        io,
      );
      expect(code).toBe(0);
      const report = JSON.parse(out.join(''));
      expect(report.notes.map((n: { message: string }) => n.message).join('\n')).toMatch(/built without a sandbox/);
    },
    120_000,
  );

  it('rejects an unknown --build-sandbox and one without --build', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => err.push(s), isTTY: false, env: {} };
    expect(await main(['.', '--build', '--build-sandbox', 'chroot'], io)).toBe(2);
    expect(await main(['.', '--build-sandbox', 'none'], io)).toBe(2);
    expect(err.join('')).toMatch(/--build-sandbox must be one of auto, bwrap, unshare, none[\s\S]*--build-sandbox needs --build/);
  });
});
