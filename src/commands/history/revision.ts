// One revision's audit: export, audit with the unchanged engine, clean up. Runs in a worker thread or in-process.

import { audit } from '../../audit.js';
import type { Report } from '../../report/types.js';
import { exportRevision } from './export.js';

export interface RevisionTask {
  shadowDir: string;
  sha: string;
  prefix: string;
  /** Absolute config path (`--config`); each revision's own `.lkm-audit.yml` otherwise. */
  config?: string;
}

export type RevisionOutcome = { ok: true; report: Report; ms: number } | { ok: false; error: string; ms: number };

export async function auditRevision(task: RevisionTask): Promise<RevisionOutcome> {
  const started = Date.now();
  let exported: ReturnType<typeof exportRevision> | undefined;
  try {
    exported = exportRevision(task.shadowDir, task.sha, task.prefix);
    const { report } = await audit(exported.root, { config: task.config });
    // The temporary folder's name means nothing to a reader: name the revision instead.
    report.root = task.sha.slice(0, 12);
    return { ok: true, report, ms: Date.now() - started };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0], ms: Date.now() - started };
  } finally {
    exported?.dispose();
  }
}
