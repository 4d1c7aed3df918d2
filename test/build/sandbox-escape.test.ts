// Build mode runs a hostile repository's Makefile: these Makefiles try to get out of the sandbox (write outside the
// copy, reach the network, fork without bound, outlive the build) with real bwrap and unshare. None succeeds, and
// the audit still reports a build finding. Skipped, with the reason, where a sandbox cannot be set up.

import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { chooseSandbox, type SandboxKind } from '../../src/build/sandbox.js';
import type { Finding } from '../../src/types.js';
import { headersFor } from './kernel-headers.js';

const ROOT = path.resolve(__dirname, '../..');
const HEADERS = headersFor('6.12') ?? headersFor('6.1');
if (!HEADERS) console.warn('sandbox escape tests skipped: no Debian linux-headers in /usr/src (run scripts/install-kernel-deps.sh)');

function unavailable(kind: SandboxKind): string | undefined {
  try {
    chooseSandbox(kind);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A module repository in a folder anyone may write: a write that fails there failed because of the sandbox. */
function hostileRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-audit-hostile-'));
  chmodSync(dir, 0o777);
  // What actions/checkout leaves behind: the token in .git/config (never copied, never visible to the build).
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git', 'config'), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ghs_lkmaudit\n');
  chmodSync(path.join(dir, '.git', 'config'), 0o644);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function buildErrors(findings: Finding[]): string[] {
  return findings.filter((f) => f.ruleId === 'build/compile-error').map((f) => f.message);
}

/** Processes whose command line holds `marker`. */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(marker)) pids.push(Number(pid));
    } catch {
      // gone
    }
  }
  return pids;
}

const ESCAPE_MAKEFILE = `# SPDX-License-Identifier: GPL-2.0
obj-m := escape.o
ESCAPE := $(shell sh $(KBUILD_EXTMOD)/escape.sh)
$(error escape attempts: $(ESCAPE) copy=$(KBUILD_EXTMOD))
`;

function escapeScript(t: { src: string; hostTmp: string; etc?: string; port: number }): string {
  return [
    '#!/bin/sh',
    'attempt() { if sh -c "$2" 2>/dev/null; then echo "$1:ESCAPED"; else echo "$1:blocked"; fi; }',
    `attempt src "echo pwned > '${t.src}/PWNED'"`,
    `attempt hosttmp "echo pwned > '${t.hostTmp}/PWNED'"`,
    t.etc ? `attempt etc "echo pwned > '${t.etc}'"` : '',
    `attempt net "bash -c 'exec 3<>/dev/tcp/127.0.0.1/${t.port} && echo lkm-audit-escape >&3'"`,
    `attempt gitconfig "grep -q extraheader '${t.src}/.git/config'"`,
    `attempt token "env | grep -q ghs_lkmaudit"`,
    '',
  ].join('\n');
}

describe.skipIf(!HEADERS)('a hostile Makefile in build mode', () => {
  let server: Server;
  let port = 0;
  const received: string[] = [];
  const cleanup: string[] = [];

  beforeAll(async () => {
    // As the action gets its token: a Makefile that prints its environment must not find it.
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_lkmaudit0000000000000000000000000000';
    server = createServer((socket) => {
      received.push('connection');
      socket.on('data', (b) => received.push(b.toString()));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => {
    delete process.env['INPUT_GITHUB-TOKEN'];
    server.close();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  const headers = HEADERS as string;

  for (const kind of ['bwrap', 'unshare'] as const) {
    const why = unavailable(kind);
    if (why) console.warn(`sandbox escape tests with ${kind} skipped: ${why}`);

    describe.skipIf(why !== undefined)(`in the ${kind} sandbox`, () => {
      it('cannot write to the audited folder, the host /tmp or /etc, reach a server on 127.0.0.1, read .git/config or the token', async () => {
        const hostTmp = mkdtempSync(path.join(tmpdir(), 'lkm-audit-host-tmp-'));
        chmodSync(hostTmp, 0o777);
        const etc = `/etc/lkm-audit-escape-${process.pid}-${kind}`;
        const src = hostileRepo({ Makefile: ESCAPE_MAKEFILE, 'escape.c': '// SPDX-License-Identifier: GPL-2.0\n' });
        writeFileSync(path.join(src, 'escape.sh'), escapeScript({ src, hostTmp, etc, port }));
        cleanup.push(src, hostTmp);
        received.length = 0;

        const { report } = await audit(src, { build: { headers: [headers], timeoutMs: 60_000, sandbox: kind } });

        const [message] = buildErrors(report.findings);
        expect(message).toMatch(
          /^make: escape attempts: src:blocked hosttmp:blocked etc:blocked net:blocked gitconfig:blocked token:blocked copy=/,
        );
        expect(existsSync(path.join(src, 'PWNED'))).toBe(false);
        expect(existsSync(path.join(hostTmp, 'PWNED'))).toBe(false);
        expect(existsSync(etc)).toBe(false);
        expect(received).toEqual([]);
        // The copy the build ran in is gone.
        const copy = /copy=(\S+)/.exec(message)?.[1] as string;
        expect(copy).toMatch(/lkm-audit-build-/);
        expect(existsSync(copy)).toBe(false);
      }, 90_000);

      it('stops a fork bomb at the process cap, and the audit reports', async () => {
        const src = hostileRepo({
          Makefile: [
            '# SPDX-License-Identifier: GPL-2.0',
            'obj-m := bomb.o',
            'BOMB := $(shell sh $(KBUILD_EXTMOD)/bomb.sh $(KBUILD_EXTMOD) 9 2>$(KBUILD_EXTMOD)/err; echo "spawned $$(wc -l < $(KBUILD_EXTMOD)/count) of 1023, refused $$(grep -c fork $(KBUILD_EXTMOD)/err)")',
            '$(error fork bomb: $(BOMB))',
            '',
          ].join('\n'),
          // Bounded (2^10 - 1 processes, each living a second or more), so a failing cap cannot take the machine down.
          'bomb.sh': [
            'echo x >> "$1/count"',
            'if [ "$2" -gt 0 ]; then sleep 1; sh "$0" "$1" $(($2 - 1)) & sh "$0" "$1" $(($2 - 1)) & wait; fi',
            '',
          ].join('\n'),
        });
        cleanup.push(src);
        const started = Date.now();
        const { report } = await audit(src, { build: { headers: [headers], timeoutMs: 60_000, sandbox: kind } });
        const [message] = buildErrors(report.findings);
        const m = /spawned (\d+) of 1023, refused (\d+)/.exec(message);
        expect(m, message).not.toBeNull();
        console.info(`${kind}: fork bomb ran ${m?.[1]} of 1023 processes, ${m?.[2]} forks refused, ${Date.now() - started} ms`);
        expect(Number(m?.[1])).toBeLessThan(1023);
        expect(Number(m?.[2])).toBeGreaterThan(0);
      }, 90_000);

      it('kills what the build left running at the timeout, daemons included, and the audit reports', async () => {
        const marker = `sleep 31${kind.length}7`;
        const src = hostileRepo({
          Makefile: [
            '# SPDX-License-Identifier: GPL-2.0',
            'obj-m := hang.o',
            `$(shell setsid sh -c '${marker}' >/dev/null 2>&1 < /dev/null &)`,
            '$(shell yes lkm-audit-flood | head -c 3000000 >&2)',
            `$(shell ${marker})`,
            '',
          ].join('\n'),
        });
        cleanup.push(src);
        const started = Date.now();
        const { report, model } = await audit(src, {
          build: { headers: [headers], timeoutMs: 5_000, sandbox: kind, limits: { logBytes: 1024 * 1024 } },
        });
        const elapsed = Date.now() - started;
        expect(elapsed).toBeLessThan(20_000);
        const [message] = buildErrors(report.findings);
        expect(message).toMatch(/timed out after 5 s/);
        expect(message).toMatch(/lkm-audit-flood/);
        const result = model.buildResults?.[0];
        expect(result?.sandbox).toBe(kind);
        expect(result?.notes.join('\n')).toMatch(/build log of \. truncated: \d+ bytes over the 1048576-byte limit/);
        // The pid namespace went down with the sandbox: nothing the build started is left.
        await new Promise((r) => setTimeout(r, 500));
        expect(processesWith(marker)).toEqual([]);
      }, 60_000);
    });
  }

  describe('when the audit itself is killed', () => {
    let cli = '';
    beforeAll(() => {
      // The command line as a process of its own, built from src/ as it is now.
      const out = mkdtempSync(path.join(tmpdir(), 'lkm-audit-cli-'));
      cleanup.push(out);
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, LKM_DIST_OUT: out }, stdio: 'ignore' });
      cli = path.join(out, 'cli.js');
    }, 60_000);

    for (const kind of ['bwrap', 'unshare'] as const) {
      it.skipIf(unavailable(kind) !== undefined)(
        `the ${kind} sandbox goes down with it`,
        async () => {
          const marker = `sleep 41${kind.length}9`;
          const src = hostileRepo({ Makefile: `obj-m := hang.o\n$(shell ${marker})\n` });
          cleanup.push(src);
          const child = spawn(process.execPath, [cli, src, '--build', '--build-sandbox', kind, '--kernel-headers', headers], {
            stdio: 'ignore',
          });
          const deadline = Date.now() + 30_000;
          while (processesWith(marker).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          expect(processesWith(marker).length, 'the build started').toBe(1);
          child.kill('SIGKILL');
          await once(child, 'exit');
          const gone = Date.now() + 5_000;
          while (processesWith(marker).length > 0 && Date.now() < gone) await new Promise((r) => setTimeout(r, 100));
          expect(processesWith(marker)).toEqual([]);
          // The audit had no chance to remove its copy: do it for it.
          for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('lkm-audit-build-'))) {
            const dir = path.join(tmpdir(), name);
            try {
              if (readFileSync(path.join(dir, 'Makefile'), 'utf8').includes(marker)) rmSync(dir, { recursive: true });
            } catch {
              // another audit's copy, gone already
            }
          }
        },
        60_000,
      );
    }
  });

  it('the same Makefile escapes without a sandbox (so the tests above would see an escape), all but the token', async () => {
    const hostTmp = mkdtempSync(path.join(tmpdir(), 'lkm-audit-host-tmp-'));
    const src = hostileRepo({ Makefile: ESCAPE_MAKEFILE, 'escape.c': '// SPDX-License-Identifier: GPL-2.0\n' });
    writeFileSync(path.join(src, 'escape.sh'), escapeScript({ src, hostTmp, port }));
    cleanup.push(src, hostTmp);
    received.length = 0;
    const { report, model } = await audit(src, { build: { headers: [headers], timeoutMs: 60_000, sandbox: 'none' } });
    expect(buildErrors(report.findings)[0]).toMatch(
      /^make: escape attempts: src:ESCAPED hosttmp:ESCAPED net:ESCAPED gitconfig:ESCAPED token:blocked/,
    );
    expect(existsSync(path.join(src, 'PWNED'))).toBe(true);
    expect(existsSync(path.join(hostTmp, 'PWNED'))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toContain('lkm-audit-escape\n');
    expect(model.buildResults?.[0].notes.join('\n')).toMatch(/built without a sandbox/);
  }, 90_000);
});
