// A file's own licence notice (the comment at its top), which decides its SPDX tag over the repository's licence
// file: code copied from elsewhere (MIT-licensed AMD register headers in a GPL driver) keeps its licence.

export type Notice = { spdx: string } | 'unknown';

const LICENCE_WORDS =
  /permission is hereby granted|licen[cs]ed? (under|to)|the terms of the|general public licen[cs]e|redistribution and use|apache licen[cs]e|mozilla public|public domain|\bMIT licen[cs]e|\bBSD\b/i;

/** The licence the top comment of a file states, 'unknown' when it states one this cannot name, undefined when none. */
export function fileNotice(text: string, hashComments = false): Notice | undefined {
  const head = text.split('\n').slice(0, 60).join('\n');
  // Only comments count: a string or identifier that mentions a licence is not a notice.
  const blocks = head.match(/\/\*[\s\S]*?(?:\*\/|$)/g) ?? [];
  // `#` starts a comment in Makefiles and Kconfig, a directive in C.
  const lines = head.match(hashComments ? /^\s*#.*/gm : /\/\/.*/g) ?? [];
  const comments = [...blocks, ...lines]
    .join('\n')
    .replace(/^[\s*#/]+/gm, '')
    .replace(/\s+/g, ' ');
  if (!LICENCE_WORDS.test(comments)) return undefined;
  const gpl = /GNU General Public Licen[cs]e/i.test(comments) && !/Lesser|Library/i.test(comments);
  const others = /redistribution and use|permission is hereby granted|apache|mozilla|BSD|MIT licen[cs]e|Lesser|Library General/i.test(
    comments,
  );
  if (gpl && !others) {
    if (/version 3/i.test(comments)) return 'unknown';
    if (/any later version/i.test(comments)) return { spdx: 'GPL-2.0-or-later' };
    // "version 2 of the License", "General Public License v2", "GPLv2".
    if (/version 2\b|Licen[cs]e,? v(ersion )?2\b|GPL ?v2\b/i.test(comments)) return { spdx: 'GPL-2.0-only' };
    return 'unknown';
  }
  if (!gpl && /permission is hereby granted, free of charge/i.test(comments) && !/redistribution and use|GNU/i.test(comments))
    return { spdx: 'MIT' };
  return 'unknown';
}
