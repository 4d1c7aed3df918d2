import unusedSuppression from './unused-suppression.js';

export const rules = [unusedSuppression];
