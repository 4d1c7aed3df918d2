// Worker-thread entry (bundled as dist/history-worker.js): audits the revisions the pool sends, one at a time.

import { parentPort } from 'node:worker_threads';
import { auditRevision, type RevisionTask } from './revision.js';

parentPort?.on('message', async (msg: { id: number; task: RevisionTask }) => {
  const outcome = await auditRevision(msg.task);
  parentPort?.postMessage({ id: msg.id, outcome });
});
