// Inline annotations through the runner (workflow commands), the most important first.

import * as core from '@actions/core';
import { type InlineSelection, selectInline } from '../report/annotations.js';
import { escapeControls } from '../text/terminal.js';
import type { Finding } from '../types.js';

export function emitInlineAnnotations(findings: readonly Finding[], pathPrefix: string): InlineSelection {
  const selection = selectInline(findings, pathPrefix);
  for (const { severity, message: raw, ...properties } of selection.shown) {
    // @actions/core escapes line breaks for the command; other control bytes (ESC, bidi overrides) are ours to escape.
    const message = escapeControls(raw);
    if (properties.title) properties.title = escapeControls(properties.title);
    if (severity === 'error') core.error(message, properties);
    else if (severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  return selection;
}
