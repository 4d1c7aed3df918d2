// Every temporary folder of a test run (the tests' own, the engine's git shadows, those of processes started with the
// inherited environment) goes under one folder removed when the run ends: test workers end without Node's exit
// handlers, which would leave them in /tmp. Processes given an environment of their own clean up as they exit.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-test-run-'));
  // as open as /tmp itself: the build sandbox runs make as another user, who must reach the tree's copy
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
