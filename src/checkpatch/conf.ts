// The repository's `.checkpatch.conf`, reduced to options that only choose what checkpatch reports. checkpatch
// would otherwise take every word of it as a command-line argument: `--fix-inplace` rewrites the checkout,
// `--codespellfile`/`--typedefsfile` read files outside it, and a word that is not an option becomes a file name
// that checkpatch hands to a shell (`diff -u /dev/null WORD`), so `$(cmd)` runs cmd.

/** Options kept, and the values each may take. */
const KEPT: Record<string, RegExp | null> = {
  ignore: /^[A-Z0-9_,]+$/i,
  types: /^[A-Z0-9_,]+$/i,
  'max-line-length': /^\d{1,4}$/,
  'min-conf-desc-length': /^\d{1,4}$/,
  strict: null,
  'no-strict': null,
  subjective: null,
  'no-subjective': null,
};

export interface CheckpatchConf {
  /** One option a line, `--name` or `--name=value`: the `.checkpatch.conf` checkpatch gets. */
  args: string[];
  /** Words left out, as they were written. */
  dropped: string[];
}

/** Reads the file as checkpatch does (a `#` starts a comment, words split on blanks) and keeps what is safe. */
export function safeCheckpatchConf(text: string | undefined): CheckpatchConf {
  const words: string[] = [];
  for (const line of (text ?? '').split('\n')) {
    for (const word of line.trim().split(/\s+/)) {
      if (word.startsWith('#')) break;
      if (word) words.push(word);
    }
  }
  const out: CheckpatchConf = { args: [], dropped: [] };
  for (let i = 0; i < words.length; i++) {
    const m = /^--?([a-z-]+)(?:=(.*))?$/.exec(words[i]);
    const name = m?.[1];
    if (!m || name === undefined || !(name in KEPT)) {
      out.dropped.push(words[i]);
      continue;
    }
    const valueRule = KEPT[name];
    if (valueRule === null) {
      if (m[2] === undefined) out.args.push(`--${name}`);
      else out.dropped.push(words[i]);
      continue;
    }
    // `--ignore X` or `--ignore=X`, as Getopt::Long takes both.
    let value = m[2];
    let word = words[i];
    if (value === undefined && i + 1 < words.length) {
      value = words[++i];
      word += ` ${value}`;
    }
    if (value !== undefined && valueRule.test(value)) out.args.push(`--${name}=${value}`);
    else out.dropped.push(word);
  }
  return out;
}
