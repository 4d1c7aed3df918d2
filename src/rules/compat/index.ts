import deadVersionGuard from './dead-version-guard.js';
import missingVersionHeader from './missing-version-header.js';
import removedApi from './removed-api.js';

export const rules = [removedApi, missingVersionHeader, deadVersionGuard];
