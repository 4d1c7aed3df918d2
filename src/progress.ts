// Progress on long runs (large trees, history, build mode per kernel, aggregate): a bar on stderr through
// cli-progress, only when a person is watching. Nothing at all when stderr is not a terminal, under CI=true, or with
// --quiet: logs stay clean and byte-for-byte the same.

export interface Progress {
  /** A new phase: `total` steps, `what` names them ("revisions", "kernels"). */
  start(total: number, what: string): void;
  /** One more step done; `current` names the step now running or just done. */
  tick(current?: string): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { start() {}, tick() {}, stop() {} };

export interface ProgressTarget {
  stream: NodeJS.WriteStream | undefined;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
}

/** Whether a bar may be drawn: a terminal on stderr, not CI, not --quiet. */
export function progressWanted(target: ProgressTarget): boolean {
  const ci = (target.env.CI ?? '').toLowerCase();
  return !!target.stream?.isTTY && !target.quiet && ci !== 'true' && ci !== '1' && !target.env.GITHUB_ACTIONS;
}

export async function createProgress(target: ProgressTarget): Promise<Progress> {
  if (!progressWanted(target) || !target.stream) return NO_PROGRESS;
  // Loaded only for a bar: cli-progress and the node:readline it loads were about 3 ms of every start.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: target.stream,
      format: 'lkm-audit {bar} {value}/{total} {what} | {duration_formatted} elapsed, ETA {eta_formatted} | {current}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(total, what) {
      if (running) bar.stop();
      bar.start(total, 0, { what, current: '' });
      running = true;
    },
    tick(current = '') {
      if (running) bar.increment(1, { current: current.slice(0, 40) });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
