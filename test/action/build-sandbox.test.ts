// The action's side of the build sandbox contract: `build-sandbox` is validated like every input, and a build that
// cannot be sandboxed fails the step with the message saying what to do, before running anything.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActionHarness } from './harness.js';
import type { FakeGitHub } from './fake-github.js';
import { type Fixture, makeFixture } from './fixture.js';
import { commands, runAction } from './runner.js';

let gh: FakeGitHub;
let fixture: Fixture;

beforeAll(async () => {
  ({ gh, fixture } = await startActionHarness(() => makeFixture(0)));
});

afterAll(async () => {
  await gh.stop();
});

describe('build-sandbox input', () => {
  it('rejects a value outside auto, bwrap, unshare, none', async () => {
    const result = await runAction({ fixture, apiUrl: gh.url, event: 'push', inputs: { build: 'true', 'build-sandbox': 'chroot' } });
    expect(result.status).toBe(1);
    expect(commands(result.stdout, 'error').join('\n')).toMatch(
      /input `build-sandbox` must be one of auto, bwrap, unshare, none \(got "chroot"\)/,
    );
  }, 60_000);

  it('fails the step, naming the way out, when neither bwrap nor unshare can run', async () => {
    // A PATH holding nothing: no bwrap, no unshare, no setpriv.
    const empty = mkdtempSync(path.join(tmpdir(), 'lkm-audit-empty-path-'));
    const result = await runAction({
      fixture,
      apiUrl: gh.url,
      event: 'push',
      inputs: { build: 'true', 'kernel-headers': '/nonexistent/headers', comment: 'never', 'check-run': 'false' },
      env: { PATH: empty },
    });
    expect(result.status).toBe(1);
    const errors = commands(result.stdout, 'error').join('\n');
    expect(errors).toMatch(/lkm-audit: build mode runs the repository's Makefile and needs a sandbox/);
    expect(errors).toMatch(/--build-sandbox=none \(action input build-sandbox: none\)/);
  }, 60_000);
});
