// `--format badge-svg`: the score badge drawn by the tool itself, in the familiar flat two-part shape, so a README
// can show it from the `badges` branch without a round trip to shields.io. Text widths come from a table of
// Verdana 11px advance widths (the font badges are drawn in) with a fallback, so the layout needs no font on the host.

import { badgeEndpoint } from './badge.js';
import { escapeHtml } from './escape.js';

const HEX: Record<string, string> = {
  brightgreen: '#4c1',
  green: '#97ca00',
  yellowgreen: '#a4a61d',
  yellow: '#dfb317',
  orange: '#fe7d37',
  red: '#e05d44',
  lightgrey: '#9f9f9f',
};

/** Approximate advance widths (px) of Verdana at 11px; anything else counts as a wide letter. */
const NARROW = /[ijlI.,:;!|'()[\]ft]/;
const WIDE = /[mwMW%@]/;
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += NARROW.test(c) ? 3.9 : WIDE.test(c) ? 10.5 : /[A-Z0-9]/.test(c) ? 7.5 : c === ' ' ? 3.9 : 6.8;
  return Math.round(w);
}

export function renderBadgeSvg(result: { score: number; grade: string }): string {
  const e = badgeEndpoint(result);
  const color = HEX[e.color] ?? HEX.lightgrey;
  const lw = textWidth(e.label) + 12;
  const mw = textWidth(e.message) + 12;
  const w = lw + mw;
  const label = escapeHtml(e.label);
  const message = escapeHtml(e.message);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${label}: ${message}">
<title>${label}: ${message}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${label}</text><text x="${lw / 2}" y="14">${label}</text>
<text x="${lw + mw / 2}" y="15" fill="#010101" fill-opacity=".3">${message}</text><text x="${lw + mw / 2}" y="14">${message}</text>
</g>
</svg>
`;
}
