// GitHub Actions workflows: each job expanded over its matrix, each `run:` step read as shell commands.

import type { RepoFiles } from '../../scan/types.js';
import { analyseCommands, RUNTIME_LIST, substitute } from './commands.js';
import { expandGithubMatrix } from './matrix.js';
import type { CiBuild } from './types.js';
import { asArray, asRecord, asText, keyLine, type YamlFile } from './yaml-util.js';
import { pushTo } from '../../util/group.js';

export function githubBuilds(path: string, y: YamlFile, scan: RepoFiles): CiBuild[] {
  const builds: CiBuild[] = [];
  const root = asRecord(y.value);
  const workflowEnv = stringVars(root.env);
  for (const [jobId, jobValue] of Object.entries(asRecord(root.jobs))) {
    const job = asRecord(jobValue);
    const jobEnv = { ...workflowEnv, ...stringVars(job.env) };
    const steps = asArray(job.steps);
    const matrix = asRecord(job.strategy).matrix;
    const runtimeMatrix = isRuntimeMatrix(matrix);
    for (const vars of expandGithubMatrix(matrix)) {
      const all = { ...jobEnv, ...vars };
      const container = job.container;
      const image = substitute(typeof container === 'string' ? container : asText(asRecord(container).image), all) || undefined;
      const runner = substitute(asText(job['runs-on']), all) || undefined;
      const label = Object.keys(vars).length ? `${jobId} (${Object.values(vars).join(', ')})` : jobId;
      steps.forEach((stepValue, i) => {
        const step = asRecord(stepValue);
        const env = { ...all, ...stringVars(step.env) };
        const run = asText(step.run);
        const uses = asText(step.uses);
        const withText = Object.values(asRecord(step.with)).map(asText).join('\n');
        // Docker or composite actions that take the kernel in `with:` still say what they build against.
        const text = run || (uses && /kernel|module|dkms/i.test(uses + withText) ? withText : '');
        if (!text) return;
        const a = analyseCommands(text, { vars: env, image, runner, scan });
        if (!a.builds && a.kernels.length === 0) return;
        // `matrix: ${{ fromJSON(needs.x.outputs.y) }}`: the kernels this job builds for are decided at run time.
        if (runtimeMatrix && a.kernels.length === 0 && /\$\{\{\s*matrix\./.test(text + image + runner)) a.kernels.push(RUNTIME_LIST);
        builds.push({
          file: path,
          line: keyLine(y, ['jobs', jobId, 'steps', i, run ? 'run' : 'uses']),
          kernels: a.kernels,
          how: a.builds ? a.how[0] : 'installs kernel headers',
          job: label,
          ...(a.builds ? {} : { headersOnly: true }),
        } as CiBuild);
      });
    }
  }
  return mergeHeaderSteps(builds);
}

/** A job that installs headers in one step and builds in the next: the build targets those headers. */
export function mergeHeaderSteps(builds: CiBuild[]): CiBuild[] {
  const out: CiBuild[] = [];
  const pending = new Map<string, string[]>();
  for (const b of builds) {
    const key = `${b.file}\0${b.job}`;
    if ((b as CiBuild & { headersOnly?: boolean }).headersOnly) {
      pushTo(pending, key, ...b.kernels);
      continue;
    }
    // The headers the job installed are what its build (or its loop over header trees) targets.
    out.push({ ...b, kernels: [...new Set([...(pending.get(key) ?? []), ...b.kernels])] });
  }
  return out;
}

/** A matrix (or one of its axes) given by an expression: GitHub computes it when the workflow runs. */
function isRuntimeMatrix(matrix: unknown): boolean {
  const expr = (v: unknown) => typeof v === 'string' && /\$\{\{/.test(v);
  return expr(matrix) || Object.entries(asRecord(matrix)).some(([k, v]) => k !== 'include' && k !== 'exclude' && expr(v));
}

function stringVars(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asRecord(v))) out[k] = asText(x);
  return out;
}
