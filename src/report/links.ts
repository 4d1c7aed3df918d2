// Links from a report to the repository at the audited commit (GitHub web URLs).

import { encodePath } from './escape.js';

export interface RepoLinks {
  /** https://github.com or a GitHub Enterprise server. */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** Commit the files are linked at, so links stay right after later pushes. */
  sha: string;
  /** Folder of the audited root inside the repository ('' for the repository root). */
  pathPrefix?: string;
}

export function fileUrl(links: RepoLinks, file: string, line?: number, endLine?: number): string {
  const prefix = (links.pathPrefix ?? '').replace(/^\.?\/*|\/+$/g, '');
  const path = prefix ? `${prefix}/${file}` : file;
  const anchor = line ? `#L${line}${endLine && endLine !== line ? `-L${endLine}` : ''}` : '';
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${encodeURIComponent(links.sha)}/${encodePath(path)}${anchor}`;
}
