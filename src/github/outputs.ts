// The action's outputs (contract): counts are the whole audit's, `new-findings` is PR mode's.

import * as core from '@actions/core';
import type { Report } from '../report/types.js';

export interface OutputValues {
  report: Report;
  newFindings?: number;
  sarifFile?: string;
  jsonFile?: string;
}

export function setOutputs(values: OutputValues): void {
  const { report } = values;
  core.setOutput('score', String(report.score));
  core.setOutput('grade', report.grade);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('notes', String(report.summary.notes));
  core.setOutput('new-findings', values.newFindings === undefined ? '' : String(values.newFindings));
  if (values.sarifFile) core.setOutput('sarif-file', values.sarifFile);
  if (values.jsonFile) core.setOutput('json-file', values.jsonFile);
}
