// A small GitHub REST API on 127.0.0.1 for end-to-end tests: the endpoints the action uses, in-memory state, a log
// of every request, and injectable faults (status codes, headers, hung connections).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  rawBody: string;
}

export interface Fault {
  method?: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** How many requests it applies to (default: all). */
  times?: number;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion?: string;
  output: { title: string; summary: string; annotations: unknown[] };
  /** Annotations per request, in order (create first). */
  batches: unknown[][];
}

export interface PrFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface ReviewComment {
  id: number;
  pull_request_review_id: number;
  commit_id: string;
  path: string;
  line: number;
  start_line?: number | null;
  side: string;
  body: string;
  user: { login: string; type: string };
}

export interface Review {
  id: number;
  body: string;
  commit_id: string;
  event: string;
  user: { login: string; type: string };
}

/** RIGHT-side lines a review comment may use: those inside the patch's hunks, as GitHub requires. */
function diffLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const text of (patch ?? '').split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) next = Number(hunk[1]);
    else if (next && (text.startsWith('+') || text.startsWith(' '))) lines.add(next++);
  }
  return lines;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  reviews: Review[] = [];
  reviewComments: ReviewComment[] = [];
  comments: Comment[] = [];
  checkRuns: CheckRun[] = [];
  prFiles: PrFile[] = [];
  faults: Fault[] = [];
  private nextId = 1000;
  private server?: Server;
  private sockets = new Set<Socket>();
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.faults = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: rawBody ? JSON.parse(rawBody) : undefined,
      rawBody,
    };
    this.requests.push(recorded);

    const fault = this.faults.find((f) => (!f.method || f.method === recorded.method) && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.hang) return; // never answer
      res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body ?? { message: `fault ${fault.status}` }));
      return;
    }
    this.route(recorded, url, res);
  }

  private json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): true {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
    return true;
  }

  /** A page of a list, with the Link header Octokit's paginate follows. */
  private page<T>(res: ServerResponse, url: URL, items: T[]): true {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return this.json(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private route(r: RecordedRequest, url: URL, res: ServerResponse): true {
    const body = (r.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(r.path)) return this.page(res, url, this.prFiles);
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(r.path))) {
      if (r.method === 'GET') return this.page(res, url, this.comments);
      const comment: Comment = { id: this.nextId++, body: String(body.body), user: { login: 'github-actions[bot]', type: 'Bot' } };
      this.comments.push(comment);
      return this.json(res, 201, comment);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path)) && r.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return this.json(res, 404, { message: 'Not Found' });
      comment.body = String(body.body);
      return this.json(res, 200, comment);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(r.path) && r.method === 'GET') return this.page(res, url, this.reviewComments);
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(r.path)) && r.method === 'DELETE') {
      const at = this.reviewComments.findIndex((c) => c.id === Number(m?.[1]));
      if (at < 0) return this.json(res, 404, { message: 'Not Found' });
      this.reviewComments.splice(at, 1);
      res.writeHead(204);
      res.end();
      return true;
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.test(r.path) && r.method === 'POST') {
      const comments = (body.comments ?? []) as Omit<ReviewComment, 'id' | 'pull_request_review_id' | 'commit_id' | 'user'>[];
      // Like GitHub: every line of a comment must be inside the pull request's diff, else the whole review fails.
      for (const c of comments) {
        const file = this.prFiles.find((f) => f.filename === c.path);
        const allowed = file?.status === 'added' ? undefined : diffLines(file?.patch);
        const range = [c.start_line ?? c.line, c.line];
        if (!file || (allowed && !range.every((l) => allowed.has(l as number))))
          return this.json(res, 422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
      }
      const bot = { login: 'github-actions[bot]', type: 'Bot' };
      const review: Review = {
        id: this.nextId++,
        body: String(body.body ?? ''),
        commit_id: String(body.commit_id),
        event: String(body.event),
        user: bot,
      };
      this.reviews.push(review);
      for (const c of comments)
        this.reviewComments.push({
          id: this.nextId++,
          pull_request_review_id: review.id,
          commit_id: review.commit_id,
          path: c.path,
          line: c.line,
          start_line: c.start_line ?? null,
          side: c.side,
          body: c.body,
          user: bot,
        });
      return this.json(res, 200, review);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews\/(\d+)$/.exec(r.path)) && r.method === 'PUT') {
      const review = this.reviews.find((x) => x.id === Number(m?.[1]));
      if (!review) return this.json(res, 404, { message: 'Not Found' });
      review.body = String(body.body);
      return this.json(res, 200, review);
    }
    if (r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path)) {
      const output = body.output as CheckRun['output'];
      const run: CheckRun = {
        id: this.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        conclusion: body.conclusion as string | undefined,
        output: { ...output, annotations: [...(output.annotations ?? [])] },
        batches: [output.annotations ?? []],
      };
      this.checkRuns.push(run);
      return this.json(res, 201, { id: run.id });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(r.path)) && r.method === 'PATCH') {
      const run = this.checkRuns.find((c) => c.id === Number(m?.[1]));
      if (!run) return this.json(res, 404, { message: 'Not Found' });
      const output = body.output as CheckRun['output'];
      // Like GitHub: annotations from an update are appended.
      run.output = { ...output, annotations: [...run.output.annotations, ...(output.annotations ?? [])] };
      run.batches.push(output.annotations ?? []);
      return this.json(res, 200, { id: run.id });
    }
    return this.json(res, 404, { message: 'Not Found' });
  }
}
