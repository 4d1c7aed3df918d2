import missingMakefile from './missing-makefile.js';
import noObjM from './no-obj-m.js';

export const rules = [missingMakefile, noObjM];
