import ciDoesNotBuild from './ci-does-not-build.js';
import missingCi from './missing-ci.js';
import singleKernelVersion from './single-kernel-version.js';
import untestedDeclaredKernels from './untested-declared-kernels.js';

export const rules = [missingCi, ciDoesNotBuild, singleKernelVersion, untestedDeclaredKernels];
