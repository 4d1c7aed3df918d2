export { CHECKPATCH_RULE, checkpatchExtraFindings, checkpatchFindings } from './findings.js';
export { type CheckpatchFinding, type CheckpatchLevel, parseCheckpatchOutput } from './parse.js';
export { CHECKPATCH_ARGS, CheckpatchError, type CheckpatchOptions, type CheckpatchRun, runCheckpatch } from './run.js';
