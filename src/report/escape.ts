// Text from the audited repository (file names, strings from code) reaches Markdown that GitHub renders with HTML
// enabled (job summary, PR comment, check run). Everything from the repository goes through these helpers.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape for an HTML text or attribute context. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Escape for inline Markdown (also inside a table cell or link text): HTML entities, then a backslash before every
 * character Markdown gives meaning to, and `@` broken so no one is mentioned by a string from code.
 */
export function escapeMarkdown(text: string): string {
  // Quotes are harmless in text once `<` and `>` are entities; they stay readable.
  return oneLine(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/[\\`*_{}[\]()#!|~:]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/**
 * Our own prose with `code` in it (a rule's fix text): code spans stay code spans, everything between them is
 * escaped as inline Markdown. Inside a code span GitHub shows text literally (no HTML, no mention, no link), so the
 * span's content only needs a fence longer than any backtick run in it, on one line.
 */
export function markdownWithCode(text: string): string {
  const out: string[] = [];
  const span = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
  let at = 0;
  for (let m = span.exec(text); m; m = span.exec(text)) {
    out.push(escapeMarkdown(text.slice(at, m.index)), codeSpan(m[2]));
    at = m.index + m[0].length;
  }
  out.push(escapeMarkdown(text.slice(at)));
  return out.join('');
}

/** A code span that shows `code` literally, whatever backticks it holds. */
export function codeSpan(code: string): string {
  const flat = oneLine(code);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Control characters and line breaks would end a table row or a heading: fold them into spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** A repository path as a URL path: each segment percent-encoded, parentheses too (they end a Markdown link). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Cut a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= max) return text;
  let cut = max;
  // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
  return bytes.subarray(0, cut).toString('utf8');
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A URL for a Markdown link target: only http(s), and nothing that could end the link or open HTML. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
