// dkms.conf read as shell assignments, never evaluated.

export interface DkmsValue {
  /** The value with quotes removed; `${var}`, `$(...)` and backquotes are kept as written. */
  value: string;
  line: number;
  index?: number;
  /** The right-hand side as written, quotes included. */
  raw?: string;
  /** Holds `$(...)` or backquotes: a command dkms would run, never run here. */
  commandSubstitution?: boolean;
  /** Started with single or double quotes. */
  quoted?: boolean;
}

export interface DkmsConf {
  path: string;
  /** Plain variables by name; array variables (`NAME[0]=`) hold one entry per index. */
  vars: Map<string, DkmsValue[]>;
  notes: { line?: number; message: string }[];
  /** A template an installer or `./configure` fills in (`dkms.conf.in`, or a line that is only a placeholder). */
  template?: boolean;
  /** Lines that are only a placeholder, replaced by generated directives. */
  placeholderLines?: number[];
}
