import undocumentedSysfsAbi from './undocumented-sysfs-abi.js';
import openTodo from './open-todo.js';
import osAbstractionLayer from './os-abstraction-layer.js';
import obsoleteFramework from './obsolete-framework.js';
import duplicateDeviceId from './duplicate-device-id.js';
import missingKconfig from './missing-kconfig.js';
import unexportedSymbolLookup from './unexported-symbol-lookup.js';
import vendoredCode from './vendored-code.js';
import versionIfdefs from './version-ifdefs.js';

export const rules = [
  versionIfdefs,
  missingKconfig,
  unexportedSymbolLookup,
  duplicateDeviceId,
  obsoleteFramework,
  osAbstractionLayer,
  openTodo,
  undocumentedSysfsAbi,
  vendoredCode,
];
