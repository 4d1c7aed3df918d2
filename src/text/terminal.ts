// Text from the audited repository (file names, strings from code, config values) printed to a terminal or a
// workflow log. Control bytes there move the cursor, recolour or rewrite lines (ESC, CR), and a line that
// starts with `::` (or holds `##[`) is a workflow command to the Actions runner: a file named
// "a\n::error file=x::forged" would forge an annotation. Everything from the repository goes through here.

// C0 and C1 controls, DEL, line/paragraph separators, and the bidirectional overrides of "Trojan Source".
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' };

/** Make every control character visible as an escape (`\n`, `\e`, `\x07`, `\u202e`): one physical line, no terminal effects. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Break workflow commands in text bound for a log: a line whose first non-blank characters are `::` (the runner
 * trims leading white space before it looks), and the older `##[` form anywhere in a line.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*)::/gm, '$1\\x3a:').replace(/##\[/g, '#\\x23[');
}

/** One value from the repository, made safe for a terminal line. */
export function terminalSafe(text: string): string {
  return neutraliseWorkflowCommands(escapeControls(text));
}

/** A short, escaped excerpt of untrusted text for an error message: never more than `max` characters of it. */
export function excerpt(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return terminalSafe(cut);
}
