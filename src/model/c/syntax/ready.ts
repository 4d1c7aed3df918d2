// Importing this module waits for the C parser (top-level await), so that rules, which are
// synchronous, can parse function bodies on demand.

import { loadCParser } from './loader.js';

export const cParser = await loadCParser();
