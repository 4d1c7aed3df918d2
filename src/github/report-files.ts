// The SARIF and JSON files, written before any API call so they exist whatever GitHub does.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where a report file goes: the input's path (relative to the workspace), or a fresh file under RUNNER_TEMP. */
export function reportPath(input: string, defaultName: string, workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  if (input) return path.resolve(workspace, input);
  return path.join(env.RUNNER_TEMP || tmpdir(), 'lkm-audit', defaultName);
}

export function writeReportFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
