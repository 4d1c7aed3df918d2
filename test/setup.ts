// Rules run synchronously in tests too (runRule): load the C parser once per test file, as audit() does.
import { loadCParser } from '../src/model/c/syntax/loader.js';

await loadCParser();
