// The action's inputs (contract in ARCHITECTURE.md), validated: a wrong value is a usage error, not a silent default.

import * as core from '@actions/core';
import { SANDBOX_MODES, type SandboxMode } from '../build/sandbox.js';
import type { FailOn } from '../types.js';

export type Tristate = 'auto' | 'true' | 'false';

export interface ActionInputs {
  path: string;
  config?: string;
  failOn: FailOn;
  minScore?: number;
  token: string;
  comment: 'auto' | 'always' | 'never';
  annotations: boolean;
  onlyChanged: Tristate;
  /** Create a check run carrying every annotation (needs `checks: write`). */
  checkRun: Tristate;
  /** Empty: written under RUNNER_TEMP, so the workspace stays clean. */
  sarifFile: string;
  jsonFile: string;
  build: boolean;
  /** Where build mode runs make (auto: bwrap, else unshare, else refuse; none: unsandboxed). */
  buildSandbox: SandboxMode;
  kernelHeaders: string[];
  /** Where to write a shields.io endpoint JSON of the score ('' for none). */
  badgeFile: string;
  /** The badge drawn as SVG by the tool itself ('' for none). */
  badgeSvgFile: string;
  /** A bounded JSON history this run is appended to ('' for none). */
  historyFile: string;
  /** A checkpatch.pl to run on the kernel C files. */
  checkpatch?: string;
  /** `true`: audit as a folder of a kernel tree; `auto`: detect. */
  inTree: boolean;
  /** modules.alias files for upstream/duplicate-device-id (empty: the installed kernels'). */
  kernelAliases: string[];
  /** A kernel tree's scripts/coccinelle to run with spatch. */
  coccinelle?: string;
  /** Post fixes as review suggestions (auto = on pull requests from the same repository). */
  suggest: Tristate;
  /** Where to write the patch of fixes outside the changed lines ('' for a file under RUNNER_TEMP). */
  fixFile: string;
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input \`${name}\` must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  return oneOf(name, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
}

/** The `path` input: the folder audited, relative to the workspace (also read by the entry, src/index.ts). */
export function pathInput(): string {
  return core.getInput('path').trim() || '.';
}

export function readInputs(): ActionInputs {
  const minScoreText = core.getInput('min-score').trim();
  let minScore: number | undefined;
  if (minScoreText) {
    minScore = Number(minScoreText);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new InputError(`input \`min-score\` must be a number from 0 to 100 (got "${minScoreText}")`);
    }
  }
  return {
    path: pathInput(),
    config: core.getInput('config').trim() || undefined,
    failOn: oneOf('fail-on', ['error', 'warning', 'note', 'never'] as const, 'error'),
    minScore,
    token: core.getInput('github-token').trim(),
    comment: oneOf('comment', ['auto', 'always', 'never'] as const, 'auto'),
    annotations: bool('annotations', true),
    onlyChanged: oneOf('only-changed', ['auto', 'true', 'false'] as const, 'auto'),
    checkRun: oneOf('check-run', ['auto', 'true', 'false'] as const, 'auto'),
    sarifFile: core.getInput('sarif-file').trim(),
    jsonFile: core.getInput('json-file').trim(),
    build: bool('build', false),
    buildSandbox: oneOf('build-sandbox', SANDBOX_MODES, 'auto'),
    kernelHeaders: core
      .getMultilineInput('kernel-headers')
      .map((s) => s.trim())
      .filter(Boolean),
    checkpatch: core.getInput('checkpatch').trim() || undefined,
    coccinelle: core.getInput('coccinelle').trim() || undefined,
    badgeFile: core.getInput('badge-file').trim(),
    inTree: oneOf('in-tree', ['auto', 'true'] as const, 'auto') === 'true',
    kernelAliases: core
      .getMultilineInput('kernel-aliases')
      .map((s) => s.trim())
      .filter(Boolean),
    badgeSvgFile: core.getInput('badge-svg-file').trim(),
    historyFile: core.getInput('history-file').trim(),
    suggest: oneOf('suggest', ['auto', 'true', 'false'] as const, 'auto'),
    fixFile: core.getInput('fix-file').trim(),
  };
}
