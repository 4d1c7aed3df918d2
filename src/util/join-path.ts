// path.posix.join and normalize for a repository folder and a path written in its code or build files, without them
// in the common case: a folder the scan named and a plain relative path (`foo.h`, `sub/bar.h`) join to the two put
// together, already normal. Those two calls, made for every include a tree resolves, were 0.6 s of drivers/'s model.

import path from 'node:path/posix';

/** What normalize would change in a path, or in what a join would make of it: `.` or `..` segments, `//`, a leading or trailing `/`. */
const NOT_PLAIN = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$|^$/;

/** `path.normalize(path.join(dir, rel))`, for any `dir` and `rel`. */
export function joinNormal(dir: string, rel: string): string {
  if (NOT_PLAIN.test(rel) || (dir !== '.' && NOT_PLAIN.test(dir))) return path.normalize(path.join(dir, rel));
  return dir === '.' ? rel : `${dir}/${rel}`;
}
