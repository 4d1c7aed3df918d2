import gplOnlySymbol from './gpl-only-symbol.js';
import invalidSpdx from './invalid-spdx.js';
import mismatch from './mismatch.js';
import missingLicenseFile from './missing-license-file.js';
import missingModuleLicense from './missing-module-license.js';
import missingSpdx from './missing-spdx.js';
import nonGplModule from './non-gpl-module.js';
import spdxNotInKernel from './spdx-not-in-kernel.js';
import spdxPlacement from './spdx-placement.js';
import unknownModuleLicense from './unknown-module-license.js';

export const rules = [
  missingLicenseFile,
  missingModuleLicense,
  unknownModuleLicense,
  nonGplModule,
  mismatch,
  gplOnlySymbol,
  missingSpdx,
  invalidSpdx,
  spdxNotInKernel,
  spdxPlacement,
];
