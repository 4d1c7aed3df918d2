import artifactsCommitted from './artifacts-committed.js';
import circularComposite from './circular-composite.js';
import compileError from './compile-error.js';
import compileWarning from './compile-warning.js';
import deprecatedExtraFlags from './deprecated-extra-flags.js';
import gitignoreArtifacts from './gitignore-artifacts.js';
import hardcodedKernelPath from './hardcoded-kernel-path.js';
import kdirNotOverridable from './kdir-not-overridable.js';
import missingCleanTarget from './missing-clean-target.js';
import missingInstallTarget from './missing-install-target.js';
import missingMakefile from './missing-makefile.js';
import noObjM from './no-obj-m.js';
import pwdInM from './pwd-in-m.js';
import removedSubdirs from './removed-subdirs.js';
import sideEffects from './side-effects.js';

export const rules = [
  missingMakefile,
  noObjM,
  hardcodedKernelPath,
  kdirNotOverridable,
  removedSubdirs,
  deprecatedExtraFlags,
  missingCleanTarget,
  missingInstallTarget,
  sideEffects,
  artifactsCommitted,
  gitignoreArtifacts,
  circularComposite,
  pwdInM,
  compileError,
  compileWarning,
];
