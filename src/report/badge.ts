// `--format badge`: a shields.io endpoint document (https://shields.io/badges/endpoint-badge), to be
// published by a scheduled workflow and shown with https://img.shields.io/endpoint?url=<raw url>.

export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

const GRADE_COLORS: Record<string, string> = {
  A: 'brightgreen',
  B: 'green',
  C: 'yellowgreen',
  D: 'yellow',
  E: 'orange',
  F: 'red',
};

export function badgeEndpoint(result: { score: number; grade: string }): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: 'upstream readiness',
    message: `${result.grade} (${result.score}/100)`,
    color: GRADE_COLORS[result.grade] ?? 'lightgrey',
  };
}

export function renderBadge(result: { score: number; grade: string }): string {
  return `${JSON.stringify(badgeEndpoint(result), null, 2)}\n`;
}
