export { COCCINELLE_RULE, coccinelleExtraFindings, coccinelleFindings, SAME_DEFECT } from './findings.js';
export { type CoccinelleReport, parseCoccinelleOutput, scriptHeader } from './parse.js';
export { type CoccinelleOptions, type CoccinelleRun, runCoccinelle, type ScriptReport } from './run.js';
