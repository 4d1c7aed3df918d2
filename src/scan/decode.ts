// Text detection and decoding that never throws.

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A NUL byte in the first 8 KiB marks a binary file, as git and grep decide. */
export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/** Decodes UTF-8, replacing invalid sequences; strips a BOM. */
export function decodeText(buf: Buffer): string {
  const s = decoder.decode(buf);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
