// GitHub Action entry: inputs -> audit -> outputs and job summary. Thin: the engine knows nothing
// of GitHub, and GitHub-specific reporting lives in src/github/.

import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { ConfigFileError, audit } from './audit.js';
import { renderJson } from './report/json.js';
import type { Report } from './report/types.js';
import { failsThreshold } from './threshold.js';
import type { FailOn } from './types.js';

export interface ActionInputs {
  path: string;
  config?: string;
  failOn: FailOn;
  minScore?: number;
  jsonFile?: string;
}

export function readInputs(): ActionInputs {
  const failOn = (core.getInput('fail-on') || 'error') as FailOn;
  if (!['error', 'warning', 'note', 'never'].includes(failOn))
    throw new Error(`input fail-on: "${failOn}" is not error, warning, note or never`);
  const ms = core.getInput('min-score');
  const minScore = ms ? Number(ms) : undefined;
  if (minScore !== undefined && !(Number.isInteger(minScore) && minScore >= 0 && minScore <= 100))
    throw new Error(`input min-score: "${ms}" is not a whole number from 0 to 100`);
  return {
    path: core.getInput('path') || '.',
    config: core.getInput('config') || undefined,
    failOn,
    minScore,
    jsonFile: core.getInput('json-file') || undefined,
  };
}

export async function run(): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }
  let report: Report;
  try {
    report = (await audit(inputs.path, { config: inputs.config })).report;
  } catch (e) {
    core.setFailed(e instanceof ConfigFileError ? `invalid config:\n${e.message}` : `lkm-audit failed: ${(e as Error).message}`);
    return;
  }
  core.setOutput('score', String(report.score));
  core.setOutput('grade', report.grade);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('notes', String(report.summary.notes));
  if (inputs.jsonFile) {
    writeFileSync(inputs.jsonFile, renderJson(report));
    core.setOutput('json-file', inputs.jsonFile);
  }
  await core.summary
    .addHeading(`lkm-audit: ${report.score}/100 (${report.grade})`, 2)
    .addRaw(`${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notes} note(s)`, true)
    .write();
  const failed = failsThreshold(report.findings, inputs.failOn);
  if (failed) core.setFailed(`lkm-audit: findings at or above "${inputs.failOn}"`);
  else if (inputs.minScore !== undefined && report.score < inputs.minScore)
    core.setFailed(`lkm-audit: score ${report.score} is below min-score ${inputs.minScore}`);
}
