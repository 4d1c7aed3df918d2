// Which files are kernel code and which build files matter. Cheap tests on text, so the
// C reader only runs on files that can hold module code.

const KERNEL_INCLUDE = /#\s*include\s*<(linux|asm|net|media|sound|drm|scsi|crypto|uapi|trace|acpi|xen|rdma|video|misc|kunit)\//;
const USERSPACE_INCLUDE =
  /#\s*include\s*<(stdio|stdlib|unistd|string|errno|fcntl|pthread|sys\/[a-z_]+|getopt|signal|time|stdint|stdbool|inttypes|assert|dirent|poll|termios|netdb|arpa\/inet)\.h>/;
const KERNEL_MARKERS = /\b(module_init|module_exit|MODULE_LICENSE|MODULE_AUTHOR|EXPORT_SYMBOL|module_[a-z0-9_]+_driver|init_module)\s*\(/;
const MAIN = /\bint\s+main\s*\(/;

export function isCPath(path: string): boolean {
  return /\.[ch]$/.test(path);
}

export function isBuildFile(path: string): 'Makefile' | 'Kbuild' | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'Kbuild') return 'Kbuild';
  if (base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile') return 'Makefile';
  return undefined;
}

/**
 * A build file that configure generates from a template (`Makefile.in` -> `Makefile`): the template is all the
 * repository holds, so it stands for the build file when the generated one is absent.
 */
export function generatedBuildFileTemplates(files: Iterable<{ path: string; text?: string }>): { path: string; text: string }[] {
  const all = [...files];
  const present = new Set(all.map((f) => f.path));
  return all.filter(
    (f): f is { path: string; text: string } =>
      /(^|\/)(Makefile|Kbuild)\.in$/.test(f.path) && f.text !== undefined && !present.has(f.path.slice(0, -'.in'.length)),
  );
}

/** Kernel code: includes kernel headers or uses module macros, and is not a user-space program. */
export function looksLikeKernelC(text: string): boolean {
  if (MAIN.test(text) && !KERNEL_MARKERS.test(text)) return false;
  if (USERSPACE_INCLUDE.test(text) && !KERNEL_MARKERS.test(text)) return false;
  return KERNEL_INCLUDE.test(text) || KERNEL_MARKERS.test(text);
}

/** Folders whose code is conventionally not built into the module. */
export function isAuxiliaryPath(path: string): boolean {
  return /(^|\/)(tools?|tests?|selftests?|userspace|user|examples?|samples?|utils?|scripts|docs?|Documentation|contrib)\//.test(path);
}

/** Feature probes: small C files a configure step compiles against the kernel to learn what it offers. */
export function isFeatureProbePath(path: string): boolean {
  return /(^|\/)(configure|configure-tests|conftest|feature-tests|kernel-tests|compat-tests)\//i.test(path);
}

/** Folders only a non-Linux or user-space build uses: a FreeBSD or Windows variant, a user-space library. */
export function isOtherWorldPath(path: string): boolean {
  return /(^|\/)(windows|win32|win64|winnt|freebsd|netbsd|openbsd|darwin|macos|osx|solaris|illumos|userspace|user-space|libusb|lib\/user)\//i.test(
    path,
  );
}
