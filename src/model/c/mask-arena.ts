// The masked code of many files made in shared chunks, as the scan keeps their texts (src/scan/text-arena.ts): each
// chunk is one Latin-1 string of megabytes, which Node keeps outside V8's heap, and a file's code is a slice of it.
// Made one string per file, the masked copies of a tree (as large as its texts) were copied twice out of the young
// generation while the model was lexed (lexing drivers/net: 1.82 -> 1.43 s of those collections without them).

import { eachMasked, type Masked, maskComments } from './mask.js';
import { beyondLatin1, blankKeepingLines } from '../../text/latin1.js';
import { VIEW_MIN_LENGTH } from '../../text/intern.js';

/** Characters per chunk: well over Node's 1 MB threshold for external strings. */
const CHUNK_CHARS = 8 * 1024 * 1024;

/** What `maskComments` gives for each text, in order. `chunkChars`: smaller only in tests. */
export function maskAll(texts: readonly string[], chunkChars = CHUNK_CHARS): Masked[] {
  const out: Masked[] = [];
  const chunk = Buffer.allocUnsafe(chunkChars);
  let used = 0;
  let waiting: { at: number; start: number; end: number }[] = [];
  const seal = () => {
    if (waiting.length === 0) return;
    const whole = chunk.toString('latin1', 0, used);
    for (const w of waiting) out[w.at].code = whole.slice(w.start, w.end);
    waiting = [];
    used = 0;
  };
  for (const text of texts) {
    if (text.length < VIEW_MIN_LENGTH || text.length > chunkChars || beyondLatin1(text)) {
      out.push(maskComments(text));
      continue;
    }
    if (used + text.length > chunkChars) seal();
    const base = used;
    chunk.write(text, base, 'latin1');
    const problems = eachMasked(text, (start, end) => blankKeepingLines(chunk, base, text, start, end));
    waiting.push({ at: out.length, start: base, end: base + text.length });
    out.push({ code: '', problems });
    used += text.length;
  }
  seal();
  return out;
}
