// Sub-commands beside the audit, by the word that selects them (`lkm-audit history ...`).

import type { CliIO } from '../cli.js';
import { aggregateCommand } from './aggregate.js';
import { fixCommand } from './fix.js';
import { historyCommand } from './history/index.js';
import { initCommand } from './init.js';

export const SUBCOMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  history: historyCommand,
  aggregate: aggregateCommand,
  fix: fixCommand,
  init: initCommand,
};
