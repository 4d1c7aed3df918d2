import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import artifactsCommitted from '../../src/rules/build/artifacts-committed.js';
import gitignoreArtifacts from '../../src/rules/build/gitignore-artifacts.js';
import { scanRepository } from '../../src/scan/index.js';
import { writeRepo } from '../helpers/rule-tester.js';
import { check } from './model.js';
import { GOOD_REPOS, KBUILD_ONLY, SOURCE } from './wrappers.js';

/** A real git repository: `commit` files are committed (even if ignored), the rest only written. */
function gitModel(commit: Record<string, string>, extra: Record<string, string> = {}) {
  const root = writeRepo({ ...commit, ...extra });
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-f', ...Object.keys(commit));
  git('commit', '-q', '-m', 'x');
  return buildModel(scanRepository(root, { ignore: [] }), EMPTY_CONFIG);
}

describe('build/artifacts-committed', () => {
  it('fires on tracked kbuild outputs, also those .gitignore now hides', () => {
    const model = gitModel({
      ...KBUILD_ONLY,
      'bar.o': 'x',
      'bar.ko': 'x',
      'bar.mod.c': 'x',
      '.bar.o.cmd': 'x',
      'Module.symvers': '',
      'modules.order': 'bar.ko\n',
    });
    expect(artifactsCommitted.check(model).map((f) => f.file)).toEqual([
      '.bar.o.cmd',
      'Module.symvers',
      'bar.ko',
      'bar.mod.c',
      'bar.o',
      'modules.order',
    ]);
  });
  it('is silent on untracked outputs, on shipped blobs without source and outside git', () => {
    expect(artifactsCommitted.check(gitModel(KBUILD_ONLY, { 'bar.o': 'x', 'bar.ko': 'x' }))).toEqual([]);
    expect(artifactsCommitted.check(gitModel({ ...KBUILD_ONLY, 'firmware_blob.o': 'x', 'blob.o_shipped': 'x' }))).toEqual([]);
    expect(check(artifactsCommitted, { ...KBUILD_ONLY, 'bar.ko': 'x' })).toEqual([]);
  });
});

describe('build/gitignore-artifacts', () => {
  it('fires without a .gitignore and on one that misses kbuild patterns', () => {
    expect(check(gitignoreArtifacts, { Kbuild: 'obj-m := bar.o\n', 'bar.c': SOURCE('bar') })).toEqual([
      {
        file: undefined,
        message: 'no .gitignore covers the kbuild outputs of bar (.): *.o *.ko *.mod.c *.mod .*.cmd Module.symvers modules.order',
      },
    ]);
    expect(check(gitignoreArtifacts, { Kbuild: 'obj-m := bar.o\n', 'bar.c': SOURCE('bar'), '.gitignore': '*.o\n*.ko\n' })).toEqual([
      {
        file: '.gitignore',
        message: '.gitignore does not ignore the kbuild outputs of bar (.): *.mod.c *.mod .*.cmd Module.symvers modules.order',
      },
    ]);
  });
  it('reads nested .gitignore files and is silent on the good layouts', () => {
    const nested = {
      Makefile: 'obj-m += sub/\n',
      'sub/Kbuild': 'obj-m := s.o\n',
      'sub/s.c': SOURCE('s'),
      '.gitignore': '*.o\n*.ko\n*.mod*\n',
      'sub/.gitignore': '.*.cmd\nModule.symvers\nmodules.order\n',
    };
    expect(check(gitignoreArtifacts, nested)).toEqual([]);
    for (const files of Object.values(GOOD_REPOS)) expect(check(gitignoreArtifacts, files)).toEqual([]);
  });
});
