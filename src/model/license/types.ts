// Licence files found and identified, and SPDX tags of the sources.

export interface LicenseFile {
  path: string;
  /** SPDX expression the text was identified as, when it was. */
  spdx?: string;
  /** 0..1 similarity of the best match. */
  confidence: number;
}

export interface SpdxTag {
  file: string;
  line: number;
  expression: string;
  /** The comment style used: '//', '/*', '#', '..' */
  style: string;
}

export interface LicenseModel {
  files: LicenseFile[];
  /** SPDX tag per file path, when the file has one. */
  spdx: Map<string, SpdxTag>;
}
