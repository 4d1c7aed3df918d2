import missingLicenseFile from './missing-license-file.js';

export const rules = [missingLicenseFile];
