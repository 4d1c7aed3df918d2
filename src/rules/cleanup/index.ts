import errorPathLeak from './error-path-leak.js';
import exitMissingRelease from './exit-missing-release.js';
import managedManualRelease from './managed-manual-release.js';
import missingModuleExit from './missing-module-exit.js';
import missingSectionAnnotation from './missing-section-annotation.js';
import releaseOrder from './release-order.js';
import uncheckedAcquire from './unchecked-acquire.js';
import wrongErrorCheck from './wrong-error-check.js';

export const rules = [
  missingModuleExit,
  missingSectionAnnotation,
  exitMissingRelease,
  errorPathLeak,
  releaseOrder,
  uncheckedAcquire,
  wrongErrorCheck,
  managedManualRelease,
];
