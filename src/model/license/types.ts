// Licence files found and identified, and SPDX tags of the sources.

export interface LicenceMatch {
  /** SPDX id of a licence text found in the file. */
  id: string;
  /** Share of that licence's fingerprint present in the file (0..1). */
  containment: number;
}

export interface LicenseFile {
  path: string;
  /** SPDX expression the text was identified as, when it was. */
  spdx?: string;
  /** 0..1 similarity of the best match. */
  confidence: number;
  /** How it was identified: full licence text(s), SPDX/Valid-License-Identifier lines, a short notice, a pointer to LICENSES/, or not at all. */
  method: 'text' | 'spdx-tag' | 'notice' | 'pointer' | 'none';
  matches: LicenceMatch[];
  /** Folder of the file ('.' for the root). */
  dir: string;
  /** `main`: LICENSE/COPYING of a folder; `library`: one of the kernel-style LICENSES/ texts, which list licences used somewhere, not the folder's licence. */
  role: 'main' | 'library';
}

export interface ParsedSpdx {
  /** Licence ids as written, with `+` kept (`GPL-2.0+`). */
  ids: string[];
  exceptions: string[];
  /** The expression as alternatives (OR) of licences that apply together (AND). */
  alternatives: string[][];
  /** The parser's complaint when the expression is not valid SPDX. */
  error?: string;
}

export interface SpdxTag {
  file: string;
  line: number;
  expression: string;
  /** The comment style used: '//', '/*', '#', '..', '*' (inside a block comment), '' (none) */
  style: string;
  column: number;
  /** For '/*' tags: the comment is closed on the same line. */
  closed: boolean;
  /** The file's first line starts with `#!`. */
  shebang: boolean;
  parsed: ParsedSpdx;
}

export interface LicenseModel {
  files: LicenseFile[];
  /** SPDX tag per file path, when the file has one. */
  spdx: Map<string, SpdxTag>;
  /** Kernel sources, headers, Makefiles, Kbuild and Kconfig files that belong to modules: the files that need a tag. */
  kernelFiles: string[];
}
