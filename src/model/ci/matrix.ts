// Expands a CI build matrix (GitHub `strategy.matrix` with include/exclude, GitLab `parallel: matrix`) into the
// variable sets of its jobs. Capped: a matrix of thousands of jobs is summarised by its first combinations.

export type Vars = Record<string, string>;

const CAP = 256;

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function product(axes: [string, string[]][]): Vars[] {
  let out: Vars[] = [{}];
  for (const [key, values] of axes) {
    const next: Vars[] = [];
    for (const combo of out) for (const v of values) if (next.length < CAP) next.push({ ...combo, [key]: v });
    out = next;
  }
  return out;
}

const matches = (combo: Vars, pattern: Record<string, unknown>) =>
  Object.entries(pattern).every(([k, v]) => scalar(v) === undefined || combo[k] === scalar(v));

/** GitHub Actions `strategy.matrix`. An expression matrix (`${{ fromJSON(...) }}`) gives one unknown combination. */
export function expandGithubMatrix(matrix: unknown): Vars[] {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return [{}];
  const m = matrix as Record<string, unknown>;
  const axes: [string, string[]][] = [];
  for (const [k, v] of Object.entries(m)) {
    if (k === 'include' || k === 'exclude') continue;
    if (Array.isArray(v)) axes.push([k, v.map((x) => scalar(x) ?? JSON.stringify(x))]);
    else if (typeof v === 'string') axes.push([k, [v]]);
  }
  const exclude = Array.isArray(m.exclude) ? (m.exclude as Record<string, unknown>[]) : [];
  const originals = (axes.length ? product(axes) : []).filter((c) => !exclude.some((e) => e && typeof e === 'object' && matches(c, e)));
  const originalKeys = new Set(axes.map(([k]) => k));
  const added: Vars[] = [];
  const include = Array.isArray(m.include) ? (m.include as Record<string, unknown>[]) : [];
  for (const inc of include) {
    if (!inc || typeof inc !== 'object') continue;
    const vals: Vars = {};
    for (const [k, v] of Object.entries(inc)) vals[k] = scalar(v) ?? JSON.stringify(v);
    // GitHub's rule: an include extends every original combination whose original values it does not overwrite
    // (values that earlier includes added may be overwritten); one that fits none is a job of its own. Only the
    // combinations of the axes are extended, never a job that an earlier include added.
    const extendable = originals.filter((c) => Object.entries(vals).every(([k, v]) => !originalKeys.has(k) || c[k] === v));
    if (extendable.length) for (const c of extendable) Object.assign(c, vals);
    else added.push(vals);
  }
  const combos = [...originals, ...added];
  return combos.length ? combos.slice(0, CAP) : [{}];
}

/** GitLab `parallel: matrix: [ {A: [..], B: x}, ... ]`. */
export function expandGitlabMatrix(parallel: unknown): Vars[] {
  const list = parallel && typeof parallel === 'object' ? (parallel as { matrix?: unknown }).matrix : undefined;
  if (!Array.isArray(list)) return [{}];
  const out: Vars[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const axes = Object.entries(item as Record<string, unknown>).map(([k, v]): [string, string[]] => [
      k,
      Array.isArray(v) ? v.map((x) => scalar(x) ?? '') : [scalar(v) ?? ''],
    ]);
    out.push(...product(axes));
  }
  return out.length ? out.slice(0, CAP) : [{}];
}
