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
