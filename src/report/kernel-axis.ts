// The kernel-version picture on one axis: what the project declares, what CI builds and what the APIs it calls
// imply. An inline SVG for the HTML report; no script, colours from the page's CSS variables.

import { escapeHtml } from './escape.js';
import type { Report } from './types.js';

type Version = [number, number];

export function parseVersion(text: string | null | undefined): Version | undefined {
  const m = /^\s*v?(\d+)\.(\d+)/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** `5.10-6.12`, `5.10+`, `up to 6.12` or `5.10` (the forms the report uses). */
export function parseRange(text: string | null): { min?: Version; max?: Version } | undefined {
  if (!text) return undefined;
  const up = /^up to (.+)$/.exec(text);
  if (up) return { max: parseVersion(up[1]) };
  if (text.endsWith('+')) return { min: parseVersion(text.slice(0, -1)) };
  const [a, b] = text.split('-');
  const min = parseVersion(a);
  const max = b === undefined ? min : parseVersion(b);
  return min || max ? { min, max } : undefined;
}

/** Minors rarely pass 20 (4.20 was the last 4.x): 30 per major keeps majors apart and minors in order. */
const pos = (v: Version) => v[0] * 30 + v[1];
const text = (v: Version) => `${v[0]}.${v[1]}`;

export function renderKernelAxis(kernels: Report['kernels']): string {
  const declared = parseRange(kernels.declared);
  const tested = kernels.tested.map((t) => ({ label: t, v: parseVersion(t) }));
  const implied = { min: parseVersion(kernels.implied.min), max: parseVersion(kernels.implied.max) };
  const known = [declared?.min, declared?.max, ...tested.map((t) => t.v), implied.min, implied.max].filter(
    (v): v is Version => v !== undefined,
  );
  if (known.length === 0)
    return '<p class="muted" data-kernel-axis="empty">No kernel versions are declared, tested in CI or implied by the APIs used.</p>';
  let lo = Math.min(...known.map(pos));
  let hi = Math.max(...known.map(pos));
  // Room on both sides, and open ends that point past the data.
  lo = Math.floor((lo - 8) / 30) * 30;
  hi = Math.ceil((hi + 8) / 30) * 30;
  const width = 720;
  const left = 210;
  const right = 24;
  const x = (p: number) => Math.round((left + ((p - lo) * (width - left - right)) / (hi - lo)) * 10) / 10;
  const rowY = [34, 64, 94];
  const out: string[] = [
    `<svg class="kernel-axis" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 140" width="100%" role="img" aria-label="Kernel versions: declared, tested in CI and implied by APIs">`,
  ];
  const axisY = 118;
  out.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"/>`);
  for (let major = lo / 30; major * 30 <= hi; major++) {
    out.push(`<line class="tick" x1="${x(major * 30)}" x2="${x(major * 30)}" y1="${axisY - 4}" y2="${axisY + 4}"/>`);
    out.push(`<text class="tick-label" x="${x(major * 30)}" y="${axisY + 17}" text-anchor="middle">${major}.0</text>`);
  }
  const label = (i: number, name: string, value: string) =>
    out.push(
      `<text class="row-label" x="0" y="${rowY[i] + 4}">${escapeHtml(name)}: <tspan class="row-value">${escapeHtml(value.length > 18 ? `${value.slice(0, 17)}…` : value)}</tspan></text>`,
    );
  const range = (i: number, cls: string, r: { min?: Version; max?: Version }) => {
    const a = r.min ? x(pos(r.min)) : left;
    const b = r.max ? x(pos(r.max)) : width - right;
    out.push(`<line class="range ${cls}" x1="${a}" x2="${b}" y1="${rowY[i]}" y2="${rowY[i]}"/>`);
    for (const end of [r.min, r.max]) {
      if (!end) continue;
      out.push(`<circle class="end ${cls}" cx="${x(pos(end))}" cy="${rowY[i]}" r="4"><title>${text(end)}</title></circle>`);
      out.push(`<text class="end-label" x="${x(pos(end))}" y="${rowY[i] - 8}" text-anchor="middle">${text(end)}</text>`);
    }
  };
  label(0, 'Declared', kernels.declared ?? 'not stated');
  if (declared) range(0, 'declared', declared);
  label(1, 'Tested in CI', tested.length ? tested.map((t) => t.label).join(', ') : 'none');
  for (const t of tested) {
    if (!t.v) continue;
    out.push(`<circle class="end tested" cx="${x(pos(t.v))}" cy="${rowY[1]}" r="5"><title>${escapeHtml(t.label)}</title></circle>`);
    out.push(`<text class="end-label" x="${x(pos(t.v))}" y="${rowY[1] - 9}" text-anchor="middle">${escapeHtml(text(t.v))}</text>`);
  }
  const impliedText =
    implied.min || implied.max
      ? [implied.min ? `≥ ${text(implied.min)}` : '', implied.max ? `≤ ${text(implied.max)}` : ''].filter(Boolean).join(', ')
      : 'no constraint';
  label(2, 'Implied by APIs', impliedText);
  if (implied.min || implied.max) range(2, 'implied', implied);
  out.push('</svg>');
  return out.join('\n');
}
