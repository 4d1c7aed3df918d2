import kernelreleaseBreaksMake from './kernelrelease-breaks-make.js';
import missingField from './missing-field.js';
import moduleNotBuilt from './module-not-built.js';
import unameInMake from './uname-in-make.js';
import versionMismatch from './version-mismatch.js';

export const rules = [missingField, moduleNotBuilt, unameInMake, kernelreleaseBreaksMake, versionMismatch];
