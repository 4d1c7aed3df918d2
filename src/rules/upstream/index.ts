import missingKconfig from './missing-kconfig.js';
import unexportedSymbolLookup from './unexported-symbol-lookup.js';

export const rules = [missingKconfig, unexportedSymbolLookup];
