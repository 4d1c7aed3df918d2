// Inline annotations through the runner (workflow commands), the most important first.

import * as core from '@actions/core';
import { type InlineSelection, selectInline } from '../report/annotations.js';
import type { Finding } from '../types.js';

export function emitInlineAnnotations(findings: readonly Finding[], pathPrefix: string): InlineSelection {
  const selection = selectInline(findings, pathPrefix);
  for (const { severity, message, ...properties } of selection.shown) {
    if (severity === 'error') core.error(message, properties);
    else if (severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  return selection;
}
