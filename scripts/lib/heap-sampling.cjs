// Preloaded by scripts/allocations.mjs (`node -r`): samples every allocation of the process, the objects collected
// since included, and writes the profile to LKM_ALLOCATIONS_OUT when the process exits.
const inspector = require('node:inspector');
const fs = require('node:fs');

const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 64 * 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
process.on('exit', () => {
  session.post('HeapProfiler.stopSampling', (err, result) => {
    if (!err) fs.writeFileSync(process.env.LKM_ALLOCATIONS_OUT, JSON.stringify(result.profile));
  });
});
