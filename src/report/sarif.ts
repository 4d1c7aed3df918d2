// SARIF 2.1.0 for GitHub code scanning: one run, every rule in the driver, results with stable fingerprints.
// GitHub rejects an upload over 10 MB (gzip-compressed) or with more than 25,000 results a run; this keeps the
// uncompressed file under 10 MB, which is always safe, and the most important results.

import type * as Sarif from 'sarif';
import type { Finding, Severity } from '../types.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.js';
import { anchorOf } from './location.js';
import { sortFindings } from './order.js';
import type { RuleInfo } from './rule-info.js';
import type { Report } from './types.js';
import { compareText } from '../text/compare.js';

export const SARIF_MAX_RESULTS = 25_000;
export const SARIF_MAX_BYTES = 10 * 1000 * 1000;
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/lkm-audit/lkm-audit';

export interface SarifOptions {
  /** Every rule the tool knows, so code scanning can show rules without results too. */
  rules?: readonly RuleInfo[];
  /** Folder of the audited root inside the repository: SARIF paths are relative to the repository root. */
  pathPrefix?: string;
  maxResults?: number;
  maxBytes?: number;
}

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', note: 'note' };

/** `license/unknown-module-license` -> `LicenseUnknownModuleLicense`: SARIF's `name` is an identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function driverRule(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: { text: rule.fix, markdown: `${rule.fix}\n\n[Documentation](${rule.docs})` },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['lkm-audit', 'linux-kernel-module', rule.category, ...(rule.category === 'security' ? ['security'] : [])],
      precision: 'high',
      'problem.severity': rule.severity === 'note' ? 'recommendation' : rule.severity,
    },
  };
}

/** A finding whose rule is missing from the list (config-made, imported) still needs a driver entry. */
function inferredRule(finding: Finding): RuleInfo {
  const [category] = finding.ruleId.split('/');
  return {
    id: finding.ruleId,
    category: category as RuleInfo['category'],
    severity: finding.severity,
    title: finding.ruleId,
    why: finding.ruleId,
    fix: 'See the rule documentation.',
    docs: finding.help,
  };
}

function joinPath(prefix: string | undefined, file: string): string {
  const clean = (prefix ?? '').replace(/^\.?\/*|\/+$/g, '');
  return clean ? `${clean}/${file}` : file;
}

/** Percent-encode a relative path for a SARIF `uri` (a URI reference), keeping `/`. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function result(report: Report, finding: Finding, fingerprint: string, ruleIndex: number, prefix?: string): Sarif.Result {
  const anchor = anchorOf(finding, report);
  const region: Sarif.Region = { startLine: anchor.line };
  if (anchor.column) region.startColumn = anchor.column;
  if (anchor.endLine) region.endLine = anchor.endLine;
  if (anchor.endColumn) region.endColumn = anchor.endColumn;
  const properties: Sarif.PropertyBag = {};
  if (anchor.repositoryLevel) properties.repositoryLevel = true;
  if (finding.kernel) properties.kernel = finding.kernel;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: {
      text: anchor.repositoryLevel ? `${finding.message} (concerns the repository as a whole)` : finding.message,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(joinPath(prefix, anchor.file)), uriBaseId: '%SRCROOT%' },
          region,
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): Sarif.Log {
  const rules = new Map<string, RuleInfo>();
  for (const rule of options.rules ?? []) rules.set(rule.id, rule);
  for (const finding of report.findings) if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, inferredRule(finding));
  const ruleList = [...rules.values()].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));

  const sorted = sortFindings(report.findings);
  const prints = fingerprints(sorted);
  const results = sorted.map((f, i) => result(report, f, prints[i], ruleIndex.get(f.ruleId) ?? -1, options.pathPrefix));

  const notifications: Sarif.Notification[] = report.notes.map((note) => ({
    level: 'note',
    message: { text: note.message },
    ...(note.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(joinPath(options.pathPrefix, note.file)), uriBaseId: '%SRCROOT%' },
                ...(note.line ? { region: { startLine: note.line } } : {}),
              },
            },
          ],
        }
      : {}),
  }));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: ruleList.map(driverRule),
      },
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    results,
    properties: { score: report.score, grade: report.grade },
  };
  const log: Sarif.Log = { $schema: SCHEMA, version: '2.1.0', runs: [run] };
  return fitLimits(log, options.maxResults ?? SARIF_MAX_RESULTS, options.maxBytes ?? SARIF_MAX_BYTES);
}

/** Keep the most important results within GitHub's limits, and say in the log what was left out. */
function fitLimits(log: Sarif.Log, maxResults: number, maxBytes: number): Sarif.Log {
  const run = log.runs[0];
  const all = run.results ?? [];
  let keep = Math.min(all.length, maxResults);
  // Size of the log with the first n results: the log without results plus each result's own size, summed once
  // (serialising the whole log again for each candidate n would be quadratic).
  const empty = Buffer.byteLength(JSON.stringify({ ...log, runs: [{ ...run, results: [] }] }));
  // sizes[n]: bytes of the log holding the first n results (a comma between results).
  const sizes = [empty];
  for (let i = 0; i < keep; i++) sizes.push(sizes[i] + Buffer.byteLength(JSON.stringify(all[i])) + (i > 0 ? 1 : 0));
  if (sizes[keep] > maxBytes) {
    // Largest n that fits with room to spare (size grows with n).
    let n = keep;
    while (n > 0 && sizes[n] + 1000 > maxBytes) n--;
    keep = n;
  }
  if (keep === all.length) return log;
  run.results = all.slice(0, keep);
  run.invocations?.[0].toolExecutionNotifications?.unshift({
    level: 'warning',
    message: {
      text: `${all.length - keep} of ${all.length} results were left out to stay within GitHub's code scanning limits (${maxResults} results, ${maxBytes} bytes); the JSON report lists every finding.`,
    },
  });
  run.properties = { ...run.properties, omittedResults: all.length - keep };
  return log;
}

/** Compact JSON: indentation would cost a third of the size GitHub allows. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(renderSarif(report, options))}\n`;
}
