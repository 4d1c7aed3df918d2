import claimedKernelsUnbuildable from './claimed-kernels-unbuildable.js';
import deadVersionGuard from './dead-version-guard.js';
import missingVersionHeader from './missing-version-header.js';
import removedApi from './removed-api.js';

export const rules = [claimedKernelsUnbuildable, removedApi, missingVersionHeader, deadVersionGuard];
