// The job summary (GITHUB_STEP_SUMMARY): the full Markdown report plus what happened on GitHub's side.

import * as core from '@actions/core';
import { byteLength, escapeMarkdown, truncateBytes } from '../report/escape.js';
import { SUMMARY_MAX_BYTES } from '../report/markdown.js';
import { redact } from './redact.js';

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const text = redact(markdown);
  // The renderer keeps within the cap already; this is the last line of defence.
  const safe = byteLength(text) > SUMMARY_MAX_BYTES ? truncateBytes(text, SUMMARY_MAX_BYTES - 100) : text;
  await core.summary.addRaw(safe, true).write();
}

export function warningSection(message: string): string {
  return `> [!WARNING]\n> ${escapeMarkdown(message)}`;
}
