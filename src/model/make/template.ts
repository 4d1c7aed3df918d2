// Build files that ./configure (autoconf/automake) writes from a template: `Kbuild.in`, `Makefile.in`. The template is
// all a repository holds, so it is read as the build file, after the substitutions configure is known to make.

/** autoconf's folder substitutions, by what they stand for: the template's own folder or the project's root. */
const FOLDER_VARS: Record<string, 'here' | 'root'> = {
  abs_srcdir: 'here',
  srcdir: 'here',
  abs_builddir: 'here',
  builddir: 'here',
  abs_top_srcdir: 'root',
  top_srcdir: 'root',
  abs_top_builddir: 'root',
  top_builddir: 'root',
};

/**
 * The template as configure would leave it in its default configuration, as far as that is known:
 * - automake conditionals `@X_TRUE@line` keep their line (the option's enabled alternative) and `@X_FALSE@line`
 *   is dropped, so the objects an option adds are counted as the project's own;
 * - folder substitutions become the template's folder (relative to the root) or the root;
 * - every other `@VAR@` stays as written: a value the audit does not know, never taken for a real one.
 */
export function instantiateTemplate(path: string, text: string): string {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  return text
    .split('\n')
    .map((line) => {
      const cond = /^@([A-Za-z_]\w*)_(TRUE|FALSE)@/.exec(line);
      if (cond) return cond[2] === 'TRUE' ? line.slice(cond[0].length) : '';
      return line.replace(/@([a-z_]+)@/g, (whole, name: string) => {
        const kind = FOLDER_VARS[name];
        return kind === 'here' ? dir : kind === 'root' ? '.' : whole;
      });
    })
    .join('\n');
}

/** `Kbuild`/`Makefile` for a build file or a template of one. */
export function buildFileBase(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.endsWith('.in') ? base.slice(0, -'.in'.length) : base;
}

/** A name that still holds a configure placeholder (`@DRIVER_NAME@`): not a real value. */
export function hasPlaceholder(value: string): boolean {
  return /@[A-Za-z_]\w*@/.test(value);
}
