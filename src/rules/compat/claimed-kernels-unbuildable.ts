import { kernelVersionMacro } from '../../model/kernels/supported.js';
import type { DeclaredKernels, KernelsModel } from '../../model/kernels/types.js';
import { formatVersion, knownSeries, parseVersion, previousSeries } from '../../model/kernels/version.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

const code = (v: string) => parseVersion(v) as number;
const span = (min?: string, max?: string) => (min && max ? (min === max ? min : `${min}-${max}`) : min ? `${min}+` : `up to ${max}`);
const before = (v: string) => previousSeries(code(v));

export default defineRule({
  id: 'compat/claimed-kernels-unbuildable',
  severity: 'error',
  title: 'The module cannot build on kernels the project claims',
  why: 'A README, dkms.conf or CI that names kernels the code cannot build on sends users into a build failure: a `#error`/`BUILD_BUG_ON` floor stops the build below it, and an API used without a version guard does not exist before the kernel that added it (or after the one that removed it).',
  fix: 'Correct the claim to the kernels the code builds on, or guard the newer API with `#if LINUX_VERSION_CODE` and keep the older form in `#else`.',
  check(model) {
    const k = model.kernels;
    const d = k.declared;
    const out: RawFinding[] = [];
    if (d) out.push(...againstClaim(d, k));
    out.push(...againstCi(model.kernels, model.ci.builds[0]));
    return out;
  },
});

/** The README's (or dkms.conf's) own ends: a hard limit or an unguarded API that excludes them. */
function againstClaim(d: DeclaredKernels, k: KernelsModel): RawFinding[] {
  const out: RawFinding[] = [];
  const at = { file: d.source.file, line: d.source.line };
  const claim = `${d.source.file}:${d.source.line} claims ${span(d.claimed?.min ?? d.min, d.claimed?.max ?? d.max)}`;
  if (d.claimed && d.hard) {
    const h = d.hard;
    const where = `\`${h.source.text}\` (${h.source.file}:${h.source.line})`;
    const below = d.claimed.min && h.min && code(d.claimed.min) < code(h.min) ? `${d.claimed.min}-${before(h.min)}` : undefined;
    const above = d.claimed.max && h.max && code(d.claimed.max) > code(h.max) ? `${nextSeries(h.max)}-${d.claimed.max}` : undefined;
    const refused = [below, above].filter(Boolean).join(' and ');
    if (refused)
      out.push({
        ...at,
        message: `${claim}, but ${where} stops the build outside ${span(h.min, h.max)}: Linux ${refused} cannot build this module`,
      });
  }
  const floor = k.impliedBy?.min;
  if (d.min && floor && code(floor.version) > code(d.min)) {
    out.push({
      ...at,
      message: `${claim}, but \`${floor.api}\` (${floor.file}:${floor.line}) is used without a version guard and needs Linux ${floor.version}: Linux ${d.min}-${before(floor.version)} cannot build this module (guard it with \`#if LINUX_VERSION_CODE >= ${kernelVersionMacro(floor.version)}\`)`,
    });
  }
  const ceiling = k.impliedBy?.max;
  if (d.max && ceiling && code(ceiling.version) < code(d.max)) {
    out.push({
      ...at,
      message: `${claim}, but \`${ceiling.api}\` (${ceiling.file}:${ceiling.line}) is used without a version guard and is gone after Linux ${ceiling.version}: Linux ${nextSeries(ceiling.version)}-${d.max} cannot build this module`,
    });
  }
  return out;
}

/** Kernels CI builds that the code's hard limit or an unguarded API excludes: that CI job fails. */
function againstCi(k: KernelsModel, build: { file: string; line: number } | undefined): RawFinding[] {
  if (!build) return [];
  const hard = k.declared?.hard;
  const lo = Math.max(hard?.min ? code(hard.min) : 0, k.impliedBy?.min ? code(k.impliedBy.min.version) : 0);
  const hiSeries = [hard?.max, k.impliedBy?.max?.version].filter((v): v is string => !!v).map(code);
  const hi = hiSeries.length ? Math.min(...hiSeries) : Number.MAX_SAFE_INTEGER;
  const failing = k.tested.filter((t) => parseVersion(t) !== undefined && (code(t) < lo || code(t) > hi));
  if (failing.length === 0) return [];
  const why =
    hard?.min && code(hard.min) === lo
      ? `\`${hard.source.text}\` (${hard.source.file}:${hard.source.line}) stops the build below ${hard.min}`
      : k.impliedBy?.min && code(k.impliedBy.min.version) === lo
        ? `\`${k.impliedBy.min.api}\` (${k.impliedBy.min.file}:${k.impliedBy.min.line}) needs Linux ${k.impliedBy.min.version}`
        : `the code builds only up to ${formatVersion(hi)}`;
  return [{ file: build.file, line: build.line, message: `CI builds Linux ${failing.join(', ')}, but ${why}: those jobs cannot pass` }];
}

/** '6.10' -> '6.11', '5.19' -> '6.0'. */
function nextSeries(v: string): string {
  const all = knownSeries();
  const i = all.indexOf(v);
  return i >= 0 && i + 1 < all.length ? all[i + 1] : formatVersion(code(v) + 256);
}
