// What the repository's CI configuration does, as far as building the module goes.

export interface CiFile {
  path: string;
  system: 'github' | 'gitlab' | 'travis' | 'other';
}

export interface CiBuild {
  file: string;
  line: number;
  /** Kernel versions this build targets ('6.1', '6.12.0-1', '*' for several computed at run time). */
  kernels: string[];
  how: string;
  /** The CI job (and matrix combination) that runs it. */
  job?: string;
}

export interface CiModel {
  files: CiFile[];
  builds: CiBuild[];
  /** Distinct kernel versions CI builds against, major.minor, sorted. */
  tested: string[];
  /** Some builds target kernels decided at run time (a loop over header trees, a matrix from an expression). */
  runtime?: boolean;
  /** Distinct kernel targets, including ones without a version ('running kernel of ubuntu-22.04', '*'). */
  targets?: string[];
  /** Files that could not be parsed, with the reason. */
  notes?: { file: string; line?: number; message: string }[];
}
