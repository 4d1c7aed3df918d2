// Kernel versions as LINUX_VERSION_CODE numbers, so that comparisons and ranges match the preprocessor's.

/** KERNEL_VERSION(a,b,c) as the kernel computes it (the sublevel saturates at 255). */
export function kernelVersionCode(major: number, minor: number, sub = 0): number {
  return major * 65536 + minor * 256 + Math.min(sub, 255);
}

/** '6.12', '6.1.0-57-amd64', 'v5.15.3', '4.19-rc1' -> code; undefined when not a version. */
export function parseVersion(text: string): number | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major < 2 || major > 9 || minor > 255) return undefined;
  return kernelVersionCode(major, minor, m[3] ? Number(m[3]) : 0);
}

/** Code -> '6.4' (sublevel 0) or '6.1.10'. */
export function formatVersion(code: number): string {
  const major = Math.floor(code / 65536);
  const minor = Math.floor(code / 256) % 256;
  const sub = code % 256;
  return sub === 0 ? `${major}.${minor}` : `${major}.${minor}.${sub}`;
}

/** '6.1.0-57-amd64' -> '6.1': the series a release belongs to. */
export function seriesOf(text: string): string | undefined {
  const code = parseVersion(text);
  return code === undefined ? undefined : formatVersion(code - (code % 256));
}

export function compareVersions(a: string, b: string): number {
  return (parseVersion(a) ?? 0) - (parseVersion(b) ?? 0);
}

/** Sorted, distinct series. */
export function sortSeries(versions: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const v of versions) {
    const s = seriesOf(v);
    if (s) set.add(s);
  }
  return [...set].sort(compareVersions);
}

/** Last minor release of each major line, to step back from x.0. */
const LAST_MINOR: Record<number, number> = { 2: 6, 3: 19, 4: 20, 5: 19, 6: 19 };

/** The series just before a version code: 6.4 -> '6.3', 6.0 -> '5.19'. */
export function previousSeries(code: number): string {
  const major = Math.floor(code / 65536);
  const minor = Math.floor(code / 256) % 256;
  if (code % 256 !== 0) return `${major}.${minor}`;
  if (minor > 0) return `${major}.${minor - 1}`;
  return `${major - 1}.${LAST_MINOR[major - 1] ?? 0}`;
}

/** Every release series from 2.6 to 7.20: what a version regex is tested against. */
export function knownSeries(): string[] {
  const out = ['2.6'];
  for (const major of [3, 4, 5, 6]) for (let m = 0; m <= LAST_MINOR[major]; m++) out.push(`${major}.${m}`);
  for (let m = 0; m <= 20; m++) out.push(`7.${m}`);
  return out;
}

/** A major-only series ("5.x", "4.*"), as README prose writes a whole major line. */
const MAJOR_ONLY = /^v?([2-7])\.[xX*]$/;

/** The first series a written version covers: '5.x' -> '5.0' ('2.x' -> '2.6', the oldest this audit knows). */
export function firstSeriesOf(text: string): string | undefined {
  const m = MAJOR_ONLY.exec(text.trim());
  if (!m) return seriesOf(text);
  return m[1] === '2' ? '2.6' : `${m[1]}.0`;
}

/** The last series a written version covers: '5.x' -> '5.19'; '7.x' -> the newest known 7.y. */
export function lastSeriesOf(text: string): string | undefined {
  const m = MAJOR_ONLY.exec(text.trim());
  if (!m) return seriesOf(text);
  const major = Number(m[1]);
  return `${major}.${LAST_MINOR[major] ?? 20}`;
}
