// Which rules can fix their findings: rule id -> fixer. Each fixer lives beside its rule
// (src/rules/<category>/<rule>.fix.ts) and reads only the model, like the rule.

import hardcodedKernelPath from '../rules/build/hardcoded-kernel-path.fix.js';
import deprecatedExtraFlags from '../rules/build/deprecated-extra-flags.fix.js';
import gitignoreArtifacts from '../rules/build/gitignore-artifacts.fix.js';
import kdirNotOverridable from '../rules/build/kdir-not-overridable.fix.js';
import missingCleanTarget from '../rules/build/missing-clean-target.fix.js';
import missingInstallTarget from '../rules/build/missing-install-target.fix.js';
import pwdInM from '../rules/build/pwd-in-m.fix.js';
import removedSubdirs from '../rules/build/removed-subdirs.fix.js';
import missingSectionAnnotation from '../rules/cleanup/missing-section-annotation.fix.js';
import dkmsMissingField from '../rules/dkms/missing-field.fix.js';
import dkmsUnameInMake from '../rules/dkms/uname-in-make.fix.js';
import missingModuleAuthor from '../rules/docs/missing-module-author.fix.js';
import missingModuleDescription from '../rules/docs/missing-module-description.fix.js';
import missingModuleLicense from '../rules/license/missing-module-license.fix.js';
import missingSpdx from '../rules/license/missing-spdx.fix.js';
import spdxPlacement from '../rules/license/spdx-placement.fix.js';
import unknownModuleLicense from '../rules/license/unknown-module-license.fix.js';
import worldWritableFile from '../rules/security/world-writable-file.fix.js';
import worldWritableParam from '../rules/security/world-writable-param.fix.js';
import type { Fixer } from './types.js';

export const fixers: ReadonlyMap<string, Fixer> = new Map<string, Fixer>([
  ['build/deprecated-extra-flags', deprecatedExtraFlags],
  ['build/removed-subdirs', removedSubdirs],
  ['build/pwd-in-m', pwdInM],
  ['build/hardcoded-kernel-path', hardcodedKernelPath],
  ['build/kdir-not-overridable', kdirNotOverridable],
  ['build/missing-clean-target', missingCleanTarget],
  ['build/missing-install-target', missingInstallTarget],
  ['build/gitignore-artifacts', gitignoreArtifacts],
  ['license/missing-spdx', missingSpdx],
  ['license/spdx-placement', spdxPlacement],
  ['license/unknown-module-license', unknownModuleLicense],
  ['license/missing-module-license', missingModuleLicense],
  ['docs/missing-module-description', missingModuleDescription],
  ['docs/missing-module-author', missingModuleAuthor],
  ['cleanup/missing-section-annotation', missingSectionAnnotation],
  ['security/world-writable-param', worldWritableParam],
  ['security/world-writable-file', worldWritableFile],
  ['dkms/uname-in-make', dkmsUnameInMake],
  ['dkms/missing-field', dkmsMissingField],
]);
