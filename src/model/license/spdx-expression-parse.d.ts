// Types for spdx-expression-parse 4 (the package ships none).
declare module 'spdx-expression-parse' {
  export interface LicenseLeaf {
    license: string;
    plus?: true;
    exception?: string;
  }
  export interface Conjunction {
    left: SpdxNode;
    conjunction: 'and' | 'or';
    right: SpdxNode;
  }
  export type SpdxNode = LicenseLeaf | Conjunction;
  export default function parse(source: string): SpdxNode;
}
