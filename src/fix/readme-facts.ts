// Module descriptions and authors a fix may propose from the README: its first paragraph of prose, never a guess
// beyond it. Proposals are marked for review in the code they go into.

import { Lexer, type Token } from 'marked';
import type { RepoModel } from '../model/types.js';

export const REVIEW_MARK = '/* lkm-audit fix: from the README, please review */';

function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images, badges
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, (m) => (/^<[^@\s>]+@[^>\s]+>$/.test(m) ? m : ''))
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The README's first paragraph of prose (badges and headings skipped), as plain text. */
export function firstParagraph(model: RepoModel): string | undefined {
  const readme = model.docs.readme;
  if (!readme || !/\.(md|markdown)$/i.test(readme.path)) return undefined;
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(readme.text);
  } catch {
    return undefined;
  }
  for (const t of tokens) {
    if (t.type !== 'paragraph') continue;
    const text = plain((t as { text: string }).text);
    if (text.length >= 12 && /[a-z]/i.test(text)) return text;
  }
  return undefined;
}

/** One sentence for MODULE_DESCRIPTION: the paragraph's first sentence, when short enough to be one. */
export function descriptionFromReadme(model: RepoModel): string | undefined {
  const p = firstParagraph(model);
  if (!p) return undefined;
  const sentence = (/^(.+?[.!?])(\s|$)/.exec(p)?.[1] ?? p).replace(/[.!]$/, '');
  if (sentence.length > 100 || sentence.length < 8) return undefined;
  // A sentence about the repository ("This is a fork of ...", "This repo contains ...") does not describe the module.
  if (/\b(fork|repository|repo|mirror|project)\b/i.test(sentence)) return undefined;
  return sentence;
}

/** `Name <mail@host>` written in the first paragraph. */
export function authorFromReadme(model: RepoModel): string | undefined {
  const p = firstParagraph(model);
  const m = p && /((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]*) <([^<>\s@]+@[^<>\s]+)>/.exec(p);
  if (!m) return undefined;
  // "Written by Jane Doe <...>": the words that introduce the name are not part of it.
  const name = m[1].replace(/^(?:(?:By|Written|Authors?|Maintainers?|Maintained|Copyright|Created|Developed|From)\s+)+/, '');
  return name.includes(' ') ? `${name} <${m[2]}>` : undefined;
}
