// Reads the shell commands of a CI step (never runs them): does it build the module, and against which kernels?
// Scripts of the repository that the step calls are read from the scan, two levels deep.

import type { RepoFiles } from '../../scan/types.js';
import { defaultKernelOf } from './distro-kernels.js';

export interface StepContext {
  /** Variables to substitute ($X, ${X}, ${{ matrix.X }}, ${{ env.X }}). */
  vars: Record<string, string>;
  /** Container image the step runs in. */
  image?: string;
  /** Runner image (`ubuntu-22.04`). */
  runner?: string;
  scan: RepoFiles;
}

export interface StepAnalysis {
  builds: boolean;
  kernels: string[];
  how: string[];
}

export const RUNTIME_LIST = '*';

/** A kernel tree the job prepares itself (`KDIR=/tmp/linux-build`): which kernel it holds is not in the command. */
const OWN_TREE = '?tree';

/** A CI variable that names the kernel a job builds for: `matrix.kernel: "6.1"`, `KVER: 6.12.3`. */
const KERNEL_VAR =
  /^(?:kernels?|kver|kv|kernel[_-]?(?:version|ver|series|release|tag|branch)|linux(?:[_-]?(?:version|ver|series|tag|branch))?)$/i;

/** Replaces CI expressions and shell variables whose values are known. */
export function substitute(text: string, vars: Record<string, string>): string {
  return text
    .replace(/\$\{\{\s*(?:matrix|env|vars)\.([\w-]+)\s*\}\}/g, (m, k) => vars[k] ?? m)
    .replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (m, a, b) => vars[a ?? b] ?? m);
}

// A shell word: quoted, or unquoted with $(...) and `...` kept whole.
const WORD = String.raw`("[^"]*"|'[^']*'|(?:\$\([^)]*\)|\x60[^\x60]*\x60|[^\s;&|"'])+)`;
const HEADERS_PKG = /\blinux-headers-((?:\$\([^)]*\)|\$\{[^}]*\}|[^\s"';])+)/g;
const KDIR_ARG = new RegExp(
  String.raw`\b(?:KDIR|KERNELDIR|KERNEL_DIR|KSRC|KERNEL_SRC|KERNEL_SOURCE|KBUILD_DIR|KERNEL_PATH|KVER|KERNELRELEASE|KERNEL_VERSION)=${WORD}`,
  'g',
);
const MAKE_C = new RegExp(String.raw`\bmake\b[^\n;&|]*?\s-C\s*${WORD}`, 'g');
const DKMS_K = new RegExp(String.raw`\bdkms\s+(?:build|install|autoinstall|add)\b[^\n;&|]*?(?:-k|--kernelver)[\s=]+${WORD}`, 'g');
const BUILD_CMD = /\b(?:make|\$\(MAKE\)|dkms\s+(?:build|install|autoinstall|mkdeb|mkrpm))\b([^\n;&|]*)/g;
const NON_BUILD_TARGETS =
  /^(?:clean|distclean|mrproper|help|docs?|lint|check|checkpatch|format|fmt|test|tests|install-deps|deps|prepare|headers_install|-v|--version)$/;
const LOOP = /\bfor\s+\w+\s+in\s+([^;\n]*(?:\*|\$\(\s*ls\b|`ls\b)[^;\n]*)/g;

const PACKAGE_MANAGER = /\b(?:apt-get|apt|dnf|yum|apk|zypper|pacman|brew|choco|pip3?)\b/;

/** The text of the current command before `index`: from the last `;`, `&&`, `|` or newline. */
function commandBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf('&'), before.lastIndexOf('|'));
  return before.slice(cut + 1);
}

export function analyseCommands(text: string, ctx: StepContext, depth = 0, seen = new Set<string>()): StepAnalysis {
  const t = substitute(text, ctx.vars);
  const out: StepAnalysis = { builds: false, kernels: [], how: [] };

  for (const m of t.matchAll(BUILD_CMD)) {
    if (PACKAGE_MANAGER.test(commandBefore(t, m.index))) continue; // `apt-get install make gcc`
    const isDkms = m[0].startsWith('dkms');
    const targets = m[1].split(/\s+/).filter((w) => w && !w.startsWith('-') && !w.includes('='));
    const cTarget = /\s-C\s*(\S+)/.exec(m[1]);
    const intoOtherDir = cTarget && !/M=|KDIR|kernel|linux|\/lib\/modules|build/i.test(m[1]);
    if (isDkms || (!intoOtherDir && (targets.length === 0 || targets.some((x) => !NON_BUILD_TARGETS.test(x)) || /\bM=/.test(m[1])))) {
      out.builds = true;
      out.how.push(m[0].trim().slice(0, 80));
    }
  }

  const addKernel = (raw: string) => {
    const k = kernelOf(raw.replace(/^["']|["']$/g, ''), ctx);
    if (k && !out.kernels.includes(k)) out.kernels.push(k);
  };
  for (const m of t.matchAll(HEADERS_PKG)) addKernel(`linux-headers-${m[1]}`);
  for (const m of t.matchAll(KDIR_ARG)) addKernel(m[1]);
  for (const m of t.matchAll(MAKE_C)) if (/linux|kernel|modules|\$\(uname|`uname/.test(m[1])) addKernel(m[1]);
  for (const m of t.matchAll(DKMS_K)) addKernel(m[1]);
  for (const m of t.matchAll(LOOP)) if (/linux-headers|\/lib\/modules|kernel/.test(m[1])) addKernel('*');

  if (depth < 2) {
    for (const script of calledScripts(t, ctx.scan)) {
      if (seen.has(script)) continue;
      seen.add(script);
      const sub = analyseCommands(ctx.scan.files.get(script)?.text ?? '', ctx, depth + 1, seen);
      if (sub.builds) {
        out.builds = true;
        out.how.push(`${script}: ${sub.how[0] ?? 'build'}`);
      }
      for (const k of sub.kernels) if (!out.kernels.includes(k)) out.kernels.push(k);
    }
  }
  if (depth === 0 && (out.kernels.includes(OWN_TREE) || (out.builds && out.kernels.length === 0))) {
    // A job parametrised by a kernel version (`matrix: { kernel: ["5.15", "6.6"] }`) builds against that kernel,
    // whether it fetches the tree itself or runs in an image made for it. A tree of its own without such a variable is
    // a kernel the audit cannot name: '*', never the runner's kernel.
    const fromVar = kernelVar(ctx.vars);
    const own = out.kernels.includes(OWN_TREE);
    out.kernels = out.kernels.filter((k) => k !== OWN_TREE);
    if (fromVar) out.kernels.push(fromVar);
    else if (own) out.kernels.push(RUNTIME_LIST);
    out.kernels = [...new Set(out.kernels)];
  }
  // Several computed targets and known ones together: the computed list stays one '*'.
  return out;
}

/** The kernel version a CI variable names, if one does. */
function kernelVar(vars: Record<string, string>): string | undefined {
  for (const [k, v] of Object.entries(vars)) {
    if (!KERNEL_VAR.test(k)) continue;
    const m = /^\s*v?([2-7]\.\d{1,2}(?:\.\d+)?(?:[-+][\w.+-]*)?)\s*$/.exec(v);
    if (m) return m[1].replace(/[-+]$/, '');
  }
  return undefined;
}

/** A kernel target from a package name, headers path or release string. */
export function kernelOf(raw: string, ctx: StepContext): string | undefined {
  if (/\*|\$\(\s*ls\b|`ls\b|\$\w*(?:k|kver|kernel)\b/i.test(raw) && !/uname/.test(raw)) return RUNTIME_LIST;
  if (/uname\s+-r|\$\{?(?:KERNELRELEASE|kernelver)\}?/.test(raw)) {
    return ctx.image ? `running kernel (${ctx.image})` : `running kernel (${ctx.runner ?? 'runner'})`;
  }
  const v = /(?<![\d.])([2-7]\.\d{1,2}(?:\.\d+)?(?:[-+][\w.+-]*)?)/.exec(raw);
  if (v) return v[1].replace(/[-+]$/, '');
  if (/linux-headers-(?:amd64|generic|virtual|arm64|cloud-amd64|lts)\b/.test(raw)) {
    return defaultKernelOf(ctx.image) ?? `default kernel (${ctx.image ?? ctx.runner ?? 'runner'})`;
  }
  // A path with no version and no uname in it: a tree the job set up (downloaded, unpacked, cloned).
  if (raw.includes('/')) return OWN_TREE;
  return undefined;
}

/** Repository scripts a command line runs: `./ci/build.sh`, `bash scripts/x.sh`, `sh build`. */
export function calledScripts(text: string, scan: RepoFiles): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[\s;&|(])(?:(?:bash|sh|source|\.)\s+)?((?:\.\/)?[\w./-]+\.(?:sh|bash)|\.\/[\w./-]+)(?=\s|$|[;&|)])/gm,
  )) {
    const p = m[1].replace(/^\.\//, '');
    if (scan.files.has(p) && !out.includes(p)) out.push(p);
  }
  return out;
}
