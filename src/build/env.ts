// The environment the repository's Makefile sees: only what a kernel build needs. Everything else stays out, above
// all the action's token (`INPUT_GITHUB-TOKEN`), the runner's own tokens and cloud credentials, which a Makefile
// could otherwise print into the log and so into the report.

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Variables kbuild honours that the user (never the repository) may set to pick a toolchain. */
const PASSED = ['ARCH', 'CROSS_COMPILE', 'CC', 'HOSTCC', 'LD', 'LLVM', 'LLVM_IAS', 'KCFLAGS', 'KCPPFLAGS', 'KBUILD_VERBOSE'];

export function buildEnv(from: NodeJS.ProcessEnv, tmp: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: from.PATH || DEFAULT_PATH,
    HOME: tmp,
    TMPDIR: tmp,
    LANG: 'C',
    LC_ALL: 'C',
    TERM: 'dumb',
  };
  for (const name of PASSED) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}
