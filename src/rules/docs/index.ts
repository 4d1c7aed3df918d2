import missingBuildInstructions from './missing-build-instructions.js';
import missingInstallInstructions from './missing-install-instructions.js';
import missingModuleAuthor from './missing-module-author.js';
import missingModuleDescription from './missing-module-description.js';
import missingReadme from './missing-readme.js';
import missingSigningGuidance from './missing-signing-guidance.js';
import missingSupportedKernels from './missing-supported-kernels.js';
import undocumentedModuleParam from './undocumented-module-param.js';

export const rules = [
  missingReadme,
  missingBuildInstructions,
  missingInstallInstructions,
  missingSupportedKernels,
  missingSigningGuidance,
  missingModuleDescription,
  missingModuleAuthor,
  undocumentedModuleParam,
];
