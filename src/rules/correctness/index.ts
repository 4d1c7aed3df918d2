import identicalOperands from './identical-operands.js';
import unsignedErrorCheck from './unsigned-error-check.js';

export const rules = [unsignedErrorCheck, identicalOperands];
