// README and prose documents read with a real Markdown lexer (marked): headings, code and prose,
// each with its line, so rules can tell "make KDIR=..." in a code block from a passing mention.

import { Lexer, type Token, type Tokens } from 'marked';
import type { RepoFiles } from '../../scan/types.js';
import type { DocsModel, ReadmeModel } from './types.js';
import { compareText } from '../../text/compare.js';

const README = /^readme(\.(md|markdown|rst|txt|adoc|org))?$/i;
const OTHER_DOCS = /^(docs?|documentation)\/[^/]+\.(md|markdown|rst|txt)$|^(INSTALL|BUILDING|COMPAT|SUPPORT|CHANGELOG)(\.(md|txt|rst))?$/i;

export function buildDocsModel(scan: RepoFiles): DocsModel {
  const readmes = [...scan.files.values()].filter((f) => f.text !== undefined && isReadmePath(f.path));
  readmes.sort((a, b) => rank(a.path) - rank(b.path) || compareText(a.path, b.path));
  let readme = readmes[0] ? readDoc(readmes[0].path, readmes[0].text as string) : undefined;
  // A module's folder (one whose Makefile or Kbuild lists obj-m) may keep its own README (`module/README.md`,
  // which the root README often points to); a user-space tool's folder with a Makefile is not one.
  const buildDirs = new Set(
    [...scan.files.values()]
      .filter((f) => /(^|\/)(Makefile|Kbuild)$/.test(f.path) && /^[ \t]*obj-(?:m|y|\$[({])/m.test(f.text ?? ''))
      .map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '')),
  );
  const inModuleDir = (p: string) =>
    p.includes('/') && README.test(p.slice(p.lastIndexOf('/') + 1)) && buildDirs.has(p.slice(0, p.lastIndexOf('/')));
  // A monorepo without a root README (cdemu: daemons, libraries, and vhba-module/README): the module's README is the README.
  if (!readme) {
    const own = [...scan.files.values()]
      .filter((f) => f.text !== undefined && inModuleDir(f.path))
      .sort((a, b) => compareText(a.path, b.path))[0];
    if (own) readme = readDoc(own.path, own.text as string);
  }
  const others = [...scan.files.values()]
    .filter(
      (f) => f.text !== undefined && f.path !== readme?.path && (OTHER_DOCS.test(f.path) || isReadmePath(f.path) || inModuleDir(f.path)),
    )
    .map((f) => lazyDoc(f.path, f.text as string));
  return { readme, others };
}

/**
 * A document read on first use: the kernel claims never read a changelog, and the documentation rules stop at the
 * first line that answers them (usually in the README), so a long CHANGELOG is often never lexed at all.
 */
function lazyDoc(path: string, text: string): ReadmeModel {
  let read: ReadmeModel | undefined;
  const doc = () => (read ??= readDoc(path, text));
  return {
    path,
    text,
    get sections() {
      return doc().sections;
    },
    get code() {
      return doc().code;
    },
    get prose() {
      return doc().prose;
    },
  };
}

export function isReadmePath(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
  return README.test(base) && (dir === '' || /^(docs?|\.github)$/i.test(dir));
}

/** Root README first, then .github/, then docs/. */
function rank(p: string): number {
  if (!p.includes('/')) return /\.md$/i.test(p) ? 0 : 1;
  return p.startsWith('.github/') ? 2 : 3;
}

export function readDoc(path: string, text: string): ReadmeModel {
  const model: ReadmeModel = { path, text, sections: [], code: [], prose: [] };
  if (!/\.(md|markdown)$/i.test(path) && /\.(rst|txt|adoc|org)$/i.test(path)) return readPlain(model);
  // The Markdown lexer is slow (minutes) on deeply nested lists, quotes or brackets: such a file is read as plain text.
  if (tooNestedForMarkdown(text)) return readPlain(model);
  const normalised = text.replace(/\r\n|\r/g, '\n');
  let tokens: Token[];
  try {
    // Block tokens only (what `lex` does before its inline pass): headings, code and raw prose are all this reads.
    const lexer = new Lexer({ gfm: true });
    tokens = lexer.blockTokens(normalised, lexer.tokens);
  } catch {
    return readPlain(model);
  }
  const line = 1;
  const source = normalised.split('\n');
  const walk = (list: Token[], baseLine: number) => {
    let l = baseLine;
    for (const t of list) {
      visit(t, l);
      l += countLines(t.raw);
    }
  };
  const visit = (t: Token, at: number) => {
    switch (t.type) {
      case 'heading':
        model.sections.push({ heading: plain((t as Tokens.Heading).text), depth: (t as Tokens.Heading).depth, line: at });
        model.prose.push({ text: plain((t as Tokens.Heading).text), line: at });
        break;
      case 'code':
        model.code.push({
          text: (t as Tokens.Code).text,
          line: at + (/^\s*(```|~~~)/.test(t.raw) ? 1 : 0),
          lang: (t as Tokens.Code).lang || undefined,
        });
        break;
      case 'paragraph':
      case 'text':
      case 'blockquote':
      case 'list':
      case 'table': {
        // Inline code spans count as code; the rest is prose, line by line.
        const rawLines = t.raw.split('\n');
        const lineOf = rawLineNumbers(rawLines, source, at);
        for (const m of t.raw.matchAll(/`([^`\n]+)`/g)) model.code.push({ text: m[1], line: lineOf[countLines(t.raw.slice(0, m.index))] });
        rawLines.forEach((s, i) => {
          const p = plain(s);
          if (p.trim()) model.prose.push({ text: p, line: lineOf[i] });
        });
        break;
      }
      case 'html':
        break;
      default:
        break;
    }
  };
  walk(tokens, line);
  return model;
}

/** Nesting no real README reaches: open brackets, `>`/list markers at a line start, or indentation in columns. */
const MAX_MARKDOWN_NESTING = 64;
const MAX_INDENT = 256;
const DEEP_LINE_START = new RegExp(`^(?:[ \\t]{${MAX_INDENT}}|(?:[ \\t]{0,8}[>*+-]){${MAX_MARKDOWN_NESTING}})`, 'm');

function tooNestedForMarkdown(text: string): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 40) {
      if (++brackets > MAX_MARKDOWN_NESTING) return true;
    } else if ((c === 93 || c === 41) && brackets > 0) brackets--;
  }
  return DEEP_LINE_START.test(text);
}

function readPlain(model: ReadmeModel): ReadmeModel {
  model.text.split('\n').forEach((s, i) => {
    if (/^\s{4,}|^\s*\$ /.test(s)) model.code.push({ text: s.trim(), line: i + 1 });
    if (s.trim()) model.prose.push({ text: s, line: i + 1 });
  });
  return model;
}

/**
 * The line of the document each line of a token's raw text stands for, the token starting at line `at`. The raw text
 * is the document's own but for blank lines the lexer may add (a quoted list item opening a code fence, with a lazy
 * line after it: `> 1. ~~~` then `text`): those are passed over, so the lines after them keep their place.
 */
function rawLineNumbers(raw: string[], source: string[], at: number): number[] {
  const out: number[] = [];
  let k = at - 1;
  for (const line of raw) {
    out.push(Math.min(k + 1, source.length));
    // a blank raw line facing a line of text is one the lexer added: the document's line is still to come
    if (!(line === '' && k < source.length && source[k] !== '')) k++;
  }
  return out;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Markdown inline markup removed: links keep their text, emphasis, code ticks and inline HTML tags (`<kbd>`) go. */
function plain(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(#+|[-*+]|\d+\.|>|\|)\s*/, '')
    .replace(/\s*\|\s*/g, ' | ');
}
