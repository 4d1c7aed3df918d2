// dkms.conf read as shell assignments, never evaluated.

export interface DkmsValue {
  value: string;
  line: number;
  index?: number;
}

export interface DkmsConf {
  path: string;
  /** Plain variables by name; array variables (`NAME[0]=`) hold one entry per index. */
  vars: Map<string, DkmsValue[]>;
  notes: { line?: number; message: string }[];
}
