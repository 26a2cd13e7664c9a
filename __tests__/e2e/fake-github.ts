/**
 * A loopback GitHub for the action's end-to-end tests: an HTTP server on 127.0.0.1 (random
 * port) playing the REST endpoints and the GraphQL queries the action uses, with a small git
 * object store. It records every request and can inject the faults GitHub really produces:
 * 422 for review comments outside the diff, 403 secondary rate limits with retry-after, a 500,
 * a read-only token, and a bot branch carrying someone else's commit.
 *
 * The token has an identity (`identity`): GraphQL `viewer` and REST `GET /user` answer as GitHub
 * does for that kind of token (an installation token such as GITHUB_TOKEN gets a 403 from
 * `GET /user`), and everything the action writes is authored by it. `addReviewComment` and
 * `addIssueComment` seed comments by other people (humans quoting the action's markers).
 *
 * Its diff-line check is written independently of src/action/diff.ts on purpose.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface PullFile {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  /** omitted for very large diffs */
  patch?: string;
  previous_filename?: string;
}

export interface Fault {
  /** e.g. "POST /repos/o/r/pulls/1/reviews" (method and path, exact) or a RegExp on that string */
  match: string | RegExp;
  status: 403 | 500 | 422 | 429;
  times: number;
  retryAfter?: number;
  message?: string;
}

interface BotPull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: string;
  html_url: string;
}

interface Commit {
  sha: string;
  message: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
}

interface Comment {
  id: number;
  node_id: string;
  path: string;
  body: string;
  line: number | null;
  start_line: number | null;
  side: string | null;
  subject_type: "line" | "file";
  commit_id: string;
  in_reply_to_id?: number;
  user: User;
  pull_request_review_id: number | null;
}

export interface FakeOptions {
  owner: string;
  repo: string;
  /** the pull request as GitHub returns it (head/base sha, ref, repo) */
  pull: { number: number; headSha: string; headRef: string; headRepo: string; baseSha: string; baseRef: string; baseRepo: string };
  files: PullFile[];
  /** page size the server uses at most, to exercise pagination */
  pageSize?: number;
  viewerCanResolve?: boolean;
  /**
   * Who the token is. Default: the workflow token (`github-actions[bot]`, an installation token:
   * `viewer` answers, `GET /user` is 403). `viewer: false` makes the GraphQL query fail.
   */
  identity?: { login: string; type: "Bot" | "User"; viewer?: boolean };
}

const BOT = { login: "github-actions[bot]", type: "Bot" };
type User = { login: string; type: string };

export function gitBlobSha(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

function fakeSha(kind: string, data: unknown): string {
  return createHash("sha1").update(kind).update(JSON.stringify(data)).digest("hex");
}

/** RIGHT-side lines of a patch, by hunk (independent of the action's parser). */
export function rightLines(patch: string): number[][] {
  const hunks: number[][] = [];
  let n = 0;
  for (const l of patch.split("\n")) {
    const m = /^@@ -[0-9,]+ \+(\d+)/.exec(l);
    if (m) {
      n = Number(m[1]);
      hunks.push([]);
    } else if (hunks.length > 0 && (l.startsWith("+") || l.startsWith(" "))) hunks[hunks.length - 1]!.push(n++);
  }
  return hunks;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly blobs = new Map<string, Buffer>();
  /** tree sha -> path -> blob sha */
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly reviewComments: Comment[] = [];
  readonly reviews: { id: number; body: string; event: string; commit_id: string; comments: unknown[] }[] = [];
  readonly issueComments: { id: number; body: string; user: User }[] = [];
  readonly pulls: BotPull[] = [];
  readonly resolved = new Set<string>();
  /** every write answers 403 "Resource not accessible by integration" (a fork's read-only token) */
  readOnly = false;
  private nextId = 1000;
  private server: Server | undefined;
  url = "";

  constructor(readonly opts: FakeOptions) {}

  /** The user the token writes as. */
  get me(): User {
    return this.opts.identity === undefined ? BOT : { login: this.opts.identity.login, type: this.opts.identity.type };
  }

  /** A review comment written by someone else (not through the action); returns it. */
  addReviewComment(c: { path: string; body: string; line: number | null; user: User; in_reply_to_id?: number }): Comment {
    const full: Comment = { id: this.nextId++, node_id: "", commit_id: this.opts.pull.headSha, pull_request_review_id: null, start_line: null, side: c.line === null ? null : "RIGHT", subject_type: c.line === null ? "file" : "line", ...c };
    full.node_id = `C_${full.id}`;
    this.reviewComments.push(full);
    return full;
  }

  /** An issue comment on the pull request written by someone else; returns it. */
  addIssueComment(body: string, user: User): { id: number; body: string; user: User } {
    const c = { id: this.nextId++, body, user };
    this.issueComments.push(c);
    return c;
  }

  /** Add a commit made of these files (path -> content); returns nothing, the sha is given. */
  seedCommit(sha: string, files: Record<string, string>, parents: string[], message = "seed"): void {
    const tree = new Map<string, string>();
    for (const [p, c] of Object.entries(files)) {
      const buf = Buffer.from(c, "utf8");
      const b = gitBlobSha(buf);
      this.blobs.set(b, buf);
      tree.set(p, b);
    }
    const treeSha = this.storeTree(tree);
    this.commits.set(sha, { sha, message, tree: treeSha, parents, author: { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" } });
  }

  /** Add a commit on top of `parent` with these changed files; returns its sha. */
  addCommit(parent: string, files: Record<string, string>, message: string, author = { name: "Someone", email: "someone@example.com" }): string {
    const base = new Map(this.trees.get(this.commits.get(parent)!.tree)!);
    for (const [p, c] of Object.entries(files)) {
      const buf = Buffer.from(c, "utf8");
      const b = gitBlobSha(buf);
      this.blobs.set(b, buf);
      base.set(p, b);
    }
    const tree = this.storeTree(base);
    const sha = fakeSha("commit", { tree, parent, message, n: this.nextId++ });
    this.commits.set(sha, { sha, message, tree, parents: [parent], author: { ...author, date: "2026-01-02T00:00:00Z" } });
    return sha;
  }

  private storeTree(tree: Map<string, string>): string {
    const sha = fakeSha("tree", [...tree.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    this.trees.set(sha, tree);
    return sha;
  }

  /** The files of a commit: path -> content. */
  filesAt(sha: string): Record<string, string> {
    const c = this.commits.get(sha);
    if (c === undefined) throw new Error(`no commit ${sha}`);
    const out: Record<string, string> = {};
    for (const [p, b] of this.trees.get(c.tree)!) out[p] = this.blobs.get(b)!.toString("utf8");
    return out;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && !(r.path === "/graphql" && !String(r.body?.query ?? "").includes("mutation")));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    const port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const u = new URL(req.url ?? "/", this.url);
    const rec: RecordedRequest = { method: req.method ?? "GET", path: decodeURIComponent(u.pathname), query: Object.fromEntries(u.searchParams), body: raw === "" ? undefined : JSON.parse(raw) };
    this.requests.push(rec);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(data === undefined ? "" : JSON.stringify(data));
    };
    const key = `${rec.method} ${rec.path}`;
    const fault = this.faults.find((f) => f.times > 0 && (typeof f.match === "string" ? f.match === key : f.match.test(key)));
    if (fault !== undefined) {
      fault.times--;
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
      const message =
        fault.message ??
        (fault.status === 403 || fault.status === 429 ? "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." : fault.status === 500 ? "Server Error" : "Unprocessable Entity");
      send(fault.status, { message, documentation_url: "https://docs.github.com/rest" }, headers);
      return;
    }
    const isWrite = rec.method !== "GET" && !(rec.path === "/graphql" && !String(rec.body?.query ?? "").includes("mutation"));
    if (this.readOnly && isWrite) {
      send(403, { message: "Resource not accessible by integration" });
      return;
    }
    try {
      const out = this.route(rec, u);
      if (out === undefined) send(404, { message: "Not Found" });
      else send(out.status ?? 200, out.data, out.headers);
    } catch (e) {
      send(500, { message: `fake server bug: ${(e as Error).message}` });
    }
  }

  private page<T>(items: T[], u: URL): { data: T[]; headers: Record<string, string> } {
    const per = Math.min(Number(u.searchParams.get("per_page") ?? 30), this.opts.pageSize ?? 100);
    const page = Number(u.searchParams.get("page") ?? 1);
    const data = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(u.toString());
      next.searchParams.set("page", String(page + 1));
      next.searchParams.set("per_page", String(per));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { data, headers };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private route(r: RecordedRequest, u: URL): { status?: number; data: any; headers?: Record<string, string> } | undefined {
    const { owner, repo, pull } = this.opts;
    const base = `/repos/${owner}/${repo}`;
    const p = r.path;
    const m = (re: RegExp) => re.exec(p);
    let x: RegExpExecArray | null;

    if (r.method === "POST" && p === "/graphql") return { data: this.graphql(r.body) };
    if (r.method === "GET" && p === "/user") {
      // an installation token (GITHUB_TOKEN, a GitHub App) cannot read /user
      if (this.me.type === "Bot") return { status: 403, data: { message: "Resource not accessible by integration" } };
      return { data: { login: this.me.login, type: this.me.type, id: 1 } };
    }
    if (!p.startsWith(base + "/")) return undefined;
    const rest = p.slice(base.length);

    // pulls
    if (r.method === "GET" && rest === `/pulls/${pull.number}`) return { data: this.pullJson() };
    if (r.method === "GET" && rest === `/pulls/${pull.number}/files`) return this.page(this.opts.files, u);
    if (r.method === "GET" && rest === `/pulls/${pull.number}/comments`) return this.page(this.reviewComments, u);
    if (r.method === "POST" && rest === `/pulls/${pull.number}/reviews`) return this.createReview(r.body);
    if (r.method === "POST" && rest === `/pulls/${pull.number}/comments`) return this.createComment(r.body);
    if (r.method === "POST" && (x = m(new RegExp(`^${base}/pulls/${pull.number}/comments/(\\d+)/replies$`)))) {
      const parent = this.reviewComments.find((c) => c.id === Number(x![1]));
      if (!parent) return undefined;
      const c = this.comment({ path: parent.path, body: r.body.body, line: parent.line, start_line: null, side: parent.side, subject_type: parent.subject_type, in_reply_to_id: parent.id });
      return { status: 201, data: c };
    }
    if (r.method === "PATCH" && (x = m(new RegExp(`^${base}/pulls/comments/(\\d+)$`)))) {
      const c = this.reviewComments.find((c) => c.id === Number(x![1]));
      if (!c) return undefined;
      c.body = r.body.body;
      return { data: c };
    }
    if (r.method === "GET" && rest === "/pulls") {
      const head = u.searchParams.get("head");
      const baseRef = u.searchParams.get("base");
      const state = u.searchParams.get("state") ?? "open";
      const list = this.pulls.filter((q) => (head === null || `${owner}:${q.head}` === head) && (baseRef === null || q.base === baseRef) && (state === "all" || q.state === state));
      return { data: list.map((q) => this.botPullJson(q)) };
    }
    if (r.method === "POST" && rest === "/pulls") {
      if (!this.refs.has(`heads/${r.body.head}`)) return { status: 422, data: { message: "Validation Failed", errors: [{ field: "head", code: "invalid" }] } };
      const q = { number: 100 + this.pulls.length, head: r.body.head, base: r.body.base, title: r.body.title, body: r.body.body ?? "", state: "open", html_url: "" };
      q.html_url = `https://github.com/${owner}/${repo}/pull/${q.number}`;
      this.pulls.push(q);
      return { status: 201, data: this.botPullJson(q) };
    }
    if (r.method === "PATCH" && (x = m(new RegExp(`^${base}/pulls/(\\d+)$`)))) {
      const q = this.pulls.find((q) => q.number === Number(x![1]));
      if (!q) return undefined;
      if (r.body.title !== undefined) q.title = r.body.title;
      if (r.body.body !== undefined) q.body = r.body.body;
      if (r.body.state !== undefined) q.state = r.body.state;
      return { data: this.botPullJson(q) };
    }

    // issue comments (the sticky comment)
    if (r.method === "GET" && rest === `/issues/${pull.number}/comments`) return this.page(this.issueComments, u);
    if (r.method === "POST" && rest === `/issues/${pull.number}/comments`) {
      const c = { id: this.nextId++, body: r.body.body, user: this.me };
      this.issueComments.push(c);
      return { status: 201, data: c };
    }
    if (r.method === "PATCH" && (x = m(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      const c = this.issueComments.find((c) => c.id === Number(x![1]));
      if (!c) return undefined;
      c.body = r.body.body;
      return { data: c };
    }

    // contents
    if (r.method === "GET" && (x = m(new RegExp(`^${base}/contents/(.+)$`)))) {
      const ref = u.searchParams.get("ref") ?? pull.baseSha;
      const sha = this.commits.has(ref) ? ref : this.refs.get(`heads/${ref}`);
      const c = sha === undefined ? undefined : this.commits.get(sha);
      const blob = c === undefined ? undefined : this.trees.get(c.tree)!.get(x[1]!);
      if (blob === undefined) return undefined;
      const buf = this.blobs.get(blob)!;
      return { data: { type: "file", encoding: "base64", size: buf.length, name: x[1]!.split("/").pop(), path: x[1], sha: blob, content: buf.toString("base64") } };
    }

    // git data
    if (r.method === "POST" && rest === "/git/blobs") {
      const buf = r.body.encoding === "base64" ? Buffer.from(r.body.content, "base64") : Buffer.from(r.body.content, "utf8");
      const sha = gitBlobSha(buf);
      this.blobs.set(sha, buf);
      return { status: 201, data: { sha, url: "" } };
    }
    if (r.method === "GET" && (x = m(new RegExp(`^${base}/git/blobs/([0-9a-f]{40})$`)))) {
      const b = this.blobs.get(x[1]!);
      return b === undefined ? undefined : { data: { sha: x[1], encoding: "base64", content: b.toString("base64"), size: b.length } };
    }
    if (r.method === "POST" && rest === "/git/trees") {
      const t = new Map(r.body.base_tree ? this.trees.get(r.body.base_tree) : []);
      for (const e of r.body.tree as { path: string; sha: string | null; content?: string }[]) {
        if (e.sha === null) t.delete(e.path);
        else if (e.content !== undefined) {
          const buf = Buffer.from(e.content, "utf8");
          const b = gitBlobSha(buf);
          this.blobs.set(b, buf);
          t.set(e.path, b);
        } else {
          if (!this.blobs.has(e.sha)) return { status: 422, data: { message: "tree.sha is not a valid blob" } };
          t.set(e.path, e.sha);
        }
      }
      const sha = this.storeTree(t);
      return { status: 201, data: { sha, tree: [...t.entries()].map(([path, sha]) => ({ path, sha, type: "blob", mode: "100644" })) } };
    }
    if (r.method === "GET" && (x = m(new RegExp(`^${base}/git/trees/(\\w+)$`)))) {
      const c = this.commits.get(x[1]!);
      const tree = this.trees.get(c ? c.tree : x[1]!);
      if (!tree) return undefined;
      return { data: { sha: x[1], truncated: false, tree: [...tree.entries()].map(([path, sha]) => ({ path, sha, type: "blob", mode: "100644" })) } };
    }
    if (r.method === "POST" && rest === "/git/commits") {
      if (!this.trees.has(r.body.tree)) return { status: 422, data: { message: "Tree SHA does not exist" } };
      const sha = fakeSha("commit", { ...r.body, n: this.nextId++ });
      const c: Commit = { sha, message: r.body.message, tree: r.body.tree, parents: r.body.parents, author: { ...BOT_AUTHOR, date: "2026-01-03T00:00:00Z" } };
      this.commits.set(sha, c);
      return { status: 201, data: this.commitJson(c) };
    }
    if (r.method === "GET" && (x = m(new RegExp(`^${base}/git/commits/([0-9a-f]{40})$`)))) {
      const c = this.commits.get(x[1]!);
      return c === undefined ? undefined : { data: this.commitJson(c) };
    }
    if (r.method === "GET" && (x = m(new RegExp(`^${base}/git/ref/(.+)$`)))) {
      const sha = this.refs.get(x[1]!);
      return sha === undefined ? undefined : { data: { ref: `refs/${x[1]}`, object: { sha, type: "commit" } } };
    }
    if (r.method === "POST" && rest === "/git/refs") {
      const name = String(r.body.ref).replace(/^refs\//, "");
      if (this.refs.has(name)) return { status: 422, data: { message: "Reference already exists" } };
      this.refs.set(name, r.body.sha);
      return { status: 201, data: { ref: r.body.ref, object: { sha: r.body.sha, type: "commit" } } };
    }
    if (r.method === "PATCH" && (x = m(new RegExp(`^${base}/git/refs/(.+)$`)))) {
      const name = x[1]!;
      const cur = this.refs.get(name);
      if (cur === undefined) return { status: 422, data: { message: "Reference does not exist" } };
      if (!r.body.force && !this.isAncestor(cur, r.body.sha)) return { status: 422, data: { message: "Update is not a fast forward" } };
      this.refs.set(name, r.body.sha);
      return { data: { ref: `refs/${name}`, object: { sha: r.body.sha, type: "commit" } } };
    }
    return undefined;
  }

  private isAncestor(a: string, b: string): boolean {
    const seen = [b];
    while (seen.length > 0) {
      const s = seen.pop()!;
      if (s === a) return true;
      seen.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  private commitJson(c: Commit) {
    return {
      sha: c.sha,
      message: c.message,
      tree: { sha: c.tree },
      parents: c.parents.map((sha) => ({ sha })),
      author: c.author,
      committer: c.author,
      verification: { verified: c.author.name === BOT_AUTHOR.name, reason: "valid" },
    };
  }

  private pullJson() {
    const pr = this.opts.pull;
    const [ho, hr] = pr.headRepo.split("/");
    return {
      number: pr.number,
      state: "open",
      head: { sha: pr.headSha, ref: pr.headRef, repo: { full_name: pr.headRepo, name: hr, owner: { login: ho } } },
      base: { sha: pr.baseSha, ref: pr.baseRef, repo: { full_name: pr.baseRepo, name: this.opts.repo, owner: { login: this.opts.owner } } },
    };
  }

  private botPullJson(q: BotPull) {
    return { number: q.number, title: q.title, body: q.body, state: q.state, html_url: q.html_url, head: { ref: q.head }, base: { ref: q.base } };
  }

  private comment(c: Omit<Comment, "id" | "node_id" | "commit_id" | "user" | "pull_request_review_id">, reviewId: number | null = null): Comment {
    const full: Comment = { id: this.nextId++, node_id: "", commit_id: this.opts.pull.headSha, user: this.me, pull_request_review_id: reviewId, ...c };
    full.node_id = `C_${full.id}`;
    this.reviewComments.push(full);
    return full;
  }

  private inDiff(path: string, line: number, start: number | undefined): boolean {
    const f = this.opts.files.find((f) => f.filename === path);
    if (f?.patch === undefined) return false;
    return rightLines(f.patch).some((h) => h.includes(line) && (start === undefined || (h.includes(start) && start < line)));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private createReview(body: any) {
    const comments = (body.comments ?? []) as { path: string; line: number; start_line?: number; body: string; side?: string }[];
    for (const c of comments) {
      if (!this.inDiff(c.path, c.line, c.start_line)) {
        return { status: 422, data: { message: "Unprocessable Entity", errors: ["Line could not be resolved"], documentation_url: "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request" } };
      }
    }
    const id = this.nextId++;
    this.reviews.push({ id, body: body.body, event: body.event, commit_id: body.commit_id, comments });
    for (const c of comments) this.comment({ path: c.path, body: c.body, line: c.line, start_line: c.start_line ?? null, side: c.side ?? "RIGHT", subject_type: "line" }, id);
    return { status: 200, data: { id, state: "COMMENTED", body: body.body } };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private createComment(body: any) {
    if (!this.opts.files.some((f) => f.filename === body.path)) return { status: 422, data: { message: "Validation Failed", errors: ["path is not part of the diff"] } };
    if (body.subject_type !== "file" && !this.inDiff(body.path, body.line, body.start_line)) return { status: 422, data: { message: "Validation Failed" } };
    const c = this.comment({ path: body.path, body: body.body, line: body.line ?? null, start_line: null, side: null, subject_type: body.subject_type === "file" ? "file" : "line" });
    return { status: 201, data: c };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private graphql(body: any) {
    const q = String(body?.query ?? "");
    if (/\bviewer\s*\{\s*login\s*\}/.test(q) && !q.includes("repository")) {
      if (this.opts.identity?.viewer === false) return { data: null, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] };
      return { data: { viewer: { login: this.me.login } } };
    }
    if (q.includes("resolveReviewThread")) {
      if (!this.opts.viewerCanResolve) return { data: null, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] };
      this.resolved.add(body.variables.id);
      return { data: { resolveReviewThread: { thread: { id: body.variables.id, isResolved: true } } } };
    }
    if (q.includes("reviewThreads")) {
      const nodes = this.reviewComments
        .filter((c) => c.in_reply_to_id === undefined)
        .map((c) => ({ id: `T_${c.id}`, isResolved: this.resolved.has(`T_${c.id}`), isOutdated: false, viewerCanResolve: this.opts.viewerCanResolve ?? false, comments: { nodes: [{ databaseId: c.id }] } }));
      return { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } };
    }
    return { data: null, errors: [{ message: "unsupported query in the fake server" }] };
  }
}

const BOT_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
