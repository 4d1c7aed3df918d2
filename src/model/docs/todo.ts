// The maintainers' own list of what is left to do: TODO files (every staging driver has one: "what has to
// happen before this driver can leave staging") and TODO-like sections of READMEs ("TODO", "Known issues",
// "Missing features" ...). Each open item keeps its line; done items (`[x]`, struck through) are left out.

import type { RepoFiles } from '../../scan/types.js';

export interface TodoItem {
  text: string;
  line: number;
}

export interface TodoList {
  file: string;
  /** The README heading the items sit under; absent for a TODO file. */
  section?: string;
  line: number;
  items: TodoItem[];
}

/** Folders whose TODO lists are not the module's: tests, examples, bundled third-party code. */
const SOMEONE_ELSES = /(^|\/)(tests?|selftests?|examples?|samples?|vendor|third[_-]party|node_modules)\//i;
const TODO_FILE = /(^|\/)(TODO|TODO\.(md|txt|rst)|TODO-\w+)$/i;
const README_FILE = /(^|\/)README(\.(md|markdown|rst|txt))?$/i;
const TODO_HEADING =
  /^(todo|to-?do( list)?|to do|open (items|issues)|known (issues|bugs|problems|limitations)|missing (features|functionality)|not (yet )?(implemented|supported)|work in progress|roadmap|future work|limitations)\b/i;
/** Boilerplate of staging TODO files, not an item: "Please send patches to Greg Kroah-Hartman ... Cc: ...". */
const BOILERPLATE = /^(please send|send patches|patches to|cc:|contact:?\s|questions? to)/i;
/** A list item's bullet (\u2022 is •), number or letter, an optional checkbox, the text. */
const BULLET = /^(\s*)(?:[-*+\u2022]|o(?=\s)|\d+[.)]|[a-z][.)])\s+(?:\[( |x|X)\]\s*)?(.*)$/;

/** Items of a block of text: its bullets, or its paragraphs when it has none. */
export function todoItems(lines: string[], firstLine: number): TodoItem[] {
  const items: TodoItem[] = [];
  const bullets = lines.some((l) => BULLET.test(l));
  let current: TodoItem | undefined;
  let done = false;
  const finish = () => {
    if (
      current &&
      !done &&
      !BOILERPLATE.test(current.text) &&
      !/^~~.*~~$/.test(current.text) &&
      !/\((done|fixed)\)\s*$/i.test(current.text)
    )
      items.push({ text: current.text.length > 120 ? `${current.text.slice(0, 117)}...` : current.text, line: current.line });
    current = undefined;
    done = false;
  };
  let gap = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\t/g, '    ');
    const text = line.trim();
    const b = bullets ? BULLET.exec(line) : null;
    if (/^#{1,6}\s/.test(text) || /^[-=~^#*]+$/.test(text)) {
      finish(); // a sub-heading or an underline: not part of any item
    } else if (b && (!current || b[1].length <= 4)) {
      finish();
      current = { text: b[3].trim(), line: firstLine + i };
      done = b[2] === 'x' || b[2] === 'X';
    } else if (!text) {
      if (!bullets) finish();
      gap = true;
      return;
    } else if (bullets && gap && !/^\s/.test(line)) {
      finish(); // a paragraph after the list, not a continuation of its last item
    } else if (current) current.text = `${current.text} ${text}`;
    else if (!bullets) current = { text, line: firstLine + i };
    gap = false;
  });
  finish();
  return items.filter((it) => it.text.length > 0);
}

function headingAt(lines: string[], i: number): { text: string; depth: number } | undefined {
  const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[i]);
  if (atx) return { text: atx[2], depth: atx[1].length };
  const under = lines[i + 1];
  if (lines[i].trim() && under && /^(=+|-+|~+|\^+)\s*$/.test(under) && under.trim().length >= Math.min(3, lines[i].trim().length))
    return { text: lines[i].trim(), depth: under.trim()[0] === '=' ? 1 : 2 };
  return undefined;
}

/** TODO-like sections of a README: from their heading to the next heading of the same or a higher level. */
function readmeSections(file: string, text: string): TodoList[] {
  const lines = text.split('\n');
  const out: TodoList[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt(lines, i);
    if (!h || !TODO_HEADING.test(h.text.replace(/[*_`:]/g, '').trim())) continue;
    const start = /^(=+|-+|~+|\^+)\s*$/.test(lines[i + 1] ?? '') && !lines[i].startsWith('#') ? i + 2 : i + 1;
    let end = start;
    while (end < lines.length) {
      const next = headingAt(lines, end);
      if (next && next.depth <= h.depth) break;
      end++;
    }
    const items = todoItems(lines.slice(start, end), start + 1);
    if (items.length) out.push({ file, section: h.text, line: i + 1, items });
    i = end - 1;
  }
  return out;
}

export function readTodoLists(scan: RepoFiles): TodoList[] {
  const out: TodoList[] = [];
  for (const f of scan.files.values()) {
    if (f.text === undefined || SOMEONE_ELSES.test(f.path)) continue;
    if (TODO_FILE.test(f.path)) {
      const items = todoItems(f.text.split('\n'), 1);
      if (items.length) out.push({ file: f.path, line: 1, items });
    } else if (README_FILE.test(f.path)) out.push(...readmeSections(f.path, f.text));
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
