// The README and other prose, as the documentation and kernel-version rules see them.

export interface ReadmeSection {
  heading: string;
  depth: number;
  line: number;
}

export interface ReadmeModel {
  path: string;
  text: string;
  sections: ReadmeSection[];
  /** Code blocks and inline code, with their line. */
  code: { text: string; line: number; lang?: string }[];
  /** Prose text without markup, per line. */
  prose: { text: string; line: number }[];
}

export interface DocsModel {
  readme?: ReadmeModel;
  /** Other Markdown/rst/txt files under docs/ or the root that may state kernel support. */
  others: ReadmeModel[];
}
