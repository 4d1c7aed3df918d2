// What a dkms MAKE line does with the repository's wrapper, read as text (kernel-facts §7).

import { posix } from 'node:path';
import { shellWords } from '../make/wrapper.js';
import type { DkmsConf, DkmsValue } from './types.js';

/** `MAKE` / `MAKE[#]` values, in index order. */
export function makeCommands(conf: DkmsConf): DkmsValue[] {
  return [...(conf.vars.get('MAKE') ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

/** dkms rewrites a leading `make` into `make -jN KERNELRELEASE=<ver>`; a quoted `'make'` or another program escapes it. */
export function appendsKernelRelease(command: string): boolean {
  return /^make(\s|$)/.test(command.trim());
}

/** Hands over to kbuild itself (`make -C ${kernel_source_dir} M=...`), so the repository's wrapper is not read. */
export function bypassesWrapper(command: string): boolean {
  return /(^|\s)(M|SUBDIRS|KBUILD_EXTMOD)=/.test(command);
}

/** Repository path of the Makefile the command runs, or undefined when it cannot be told from the text. */
export function wrapperPath(conf: DkmsConf, command: string): string | undefined {
  if (bypassesWrapper(command)) return undefined;
  const words = shellWords(command.trim());
  if (!/^'?make'?$/.test(words[0] ?? '')) return undefined;
  let dir = '.';
  for (let i = 1; i < words.length; i++) {
    if (words[i] === '-C') dir = words[++i] ?? '.';
    else if (words[i].startsWith('-C')) dir = words[i].slice(2);
    else if (words[i] === '-f' || words[i].startsWith('-f')) return undefined;
  }
  if (dir.includes('$') || dir.startsWith('/')) return undefined;
  const base = posix.dirname(conf.path);
  return posix.normalize(posix.join(base, dir.replace(/^["']|["']$/g, ''), 'Makefile'));
}

/** Goals named on the command line (not options, not `VAR=value`). */
export function commandGoals(command: string): string[] {
  const words = shellWords(command.trim()).slice(1);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-C' || w === '-f' || w === '-j' || w === '-I') i++;
    else if (!w.startsWith('-') && !w.includes('=')) out.push(w.replace(/^["']|["']$/g, ''));
  }
  return out;
}

/** Passes the target kernel to the build (`${kernelver}`, `$kernel_source_dir` ...). */
export function passesTargetKernel(command: string): boolean {
  return /\$\{?(kernelver|kernel_source_dir|kernel_version)\b/.test(command);
}
