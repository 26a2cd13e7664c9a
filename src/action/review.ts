/**
 * Pull request review: places each finding on the best rung of the ladder
 * (inline on its lines -> file-level comment -> summary + sticky comment; annotations always),
 * never twice (hidden fingerprint markers), and resolves or answers threads of fixed findings.
 * Only comments written by the token's own identity that carry a marker are the action's: a
 * human's comment is never hidden, edited, resolved or answered because it quotes a marker.
 * Every manifest-derived text in a body is escaped (markdown.ts).
 */
import * as core from "@actions/core";
import { hunkFor, hunkOf, parsePatch } from "./diff.js";
import { code, logText, ruleRef, text } from "./markdown.js";
import type { Finding, PullRequestInfo } from "./findings.js";
import type { Octokit } from "./octokit.js";
import { statusOf } from "./octokit.js";
import type { ChangedFile } from "./sources.js";

export const MAX_REVIEW_COMMENTS = 40;
export const BODY_LIMIT = 65_536;
export const STICKY_MARKER = "<!-- iotedge-gpu-lint:summary -->";
export const marker = (fp: string): string => `<!-- iotedge-gpu-lint:${fp} -->`;
const MARKER_RE = /<!-- iotedge-gpu-lint:([0-9a-f]{16}) -->/g;
const FIXED_RE = /<!-- iotedge-gpu-lint-fixed:([0-9a-f]{16}) -->/g;

export interface InlineComment {
  path: string;
  body: string;
  line: number;
  side: "RIGHT";
  start_line?: number;
  start_side?: "RIGHT";
}

export interface Plan {
  inline: InlineComment[];
  /** file-level comments: one per file, holding the findings of that file */
  fileLevel: Map<string, Finding[]>;
  unplaced: Finding[];
  /** findings skipped because an earlier run already commented them */
  already: Finding[];
}

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

function fence(text: string): string {
  let f = "```";
  while (text.includes(f)) f += "`";
  return f;
}

/** " · target `vm`" when the finding names its target and the run is not the default single target. */
export function targetNote(f: Finding, showTarget: boolean): string {
  return showTarget && f.target !== undefined ? ` · target \`${f.target}\`` : "";
}

/**
 * A suggestion block holds manifest text verbatim (GitHub applies it as it is): offered only
 * when that text cannot plant a marker or break the body (no `<!--`, no CR, not too long).
 */
function suggestionSafe(t: string): boolean {
  return !t.includes("<!--") && !t.includes("\r") && t.length < BODY_LIMIT / 2;
}

export function findingBody(f: Finding, suggestion: boolean, showTarget = false): string {
  const lines = [`**iotedge-gpu-lint** · ${ruleRef(f.ruleId, f.docs)} · ${f.severity}${targetNote(f, showTarget)}`, "", text(f.message)];
  if (suggestion && f.replacement !== undefined && suggestionSafe(f.replacement.text)) {
    const fc = fence(f.replacement.text);
    lines.push("", f.replacement.kind === "fix" ? "Automatic fix (also applied by `--fix`):" : "Suggested change (check it before applying: it may change behaviour):");
    lines.push(`${fc}suggestion`, f.replacement.text, fc);
  }
  lines.push(marker(f.fingerprint));
  return lines.join("\n");
}

export function fileLevelBody(path: string, fs: Finding[], showTarget = false): string {
  const lines = [`**iotedge-gpu-lint** found ${fs.length} problem(s) in ${code(path, 400)} on lines this pull request does not change:`, ""];
  for (const f of fs) lines.push(`- line ${f.line}: ${ruleRef(f.ruleId, f.docs)} (${f.severity}${showTarget && f.target !== undefined ? `, ${f.target}` : ""}) ${text(f.message)} ${marker(f.fingerprint)}`);
  return truncate(lines.join("\n"));
}

export function truncate(body: string): string {
  if (body.length <= BODY_LIMIT) return body;
  // cut at a line end so no escape, code span or marker is cut in half
  const cut = body.lastIndexOf("\n", BODY_LIMIT - 40);
  return body.slice(0, cut > 0 ? cut : BODY_LIMIT - 40) + "\n\n… (truncated)";
}

/** Decide where each finding goes. Pure: the tests call it directly. */
export function planReview(findings: Finding[], changed: Map<string, ChangedFile>, existing: Set<string>, max = MAX_REVIEW_COMMENTS, showTarget = false): Plan {
  const plan: Plan = { inline: [], fileLevel: new Map(), unplaced: [], already: [] };
  const suggested = new Map<string, Set<number>>();
  let count = 0;
  const sorted = [...findings].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || a.path.localeCompare(b.path) || a.line - b.line);
  for (const f of sorted) {
    if (existing.has(f.fingerprint)) {
      plan.already.push(f);
      continue;
    }
    const cf = changed.get(f.path);
    if (cf === undefined || cf.status === "removed") {
      plan.unplaced.push(f);
      continue;
    }
    const hunks = parsePatch(cf.patch);
    let start = 0;
    let end = 0;
    let withSuggestion = false;
    const r = f.replacement;
    if (r !== undefined && hunkFor(hunks, r.startLine, r.endLine) !== undefined) {
      const used = suggested.get(f.path) ?? new Set<number>();
      let free = true;
      for (let l = r.startLine; l <= r.endLine; l++) if (used.has(l)) free = false;
      start = r.startLine;
      end = r.endLine;
      if (free) {
        withSuggestion = true;
        for (let l = r.startLine; l <= r.endLine; l++) used.add(l);
        suggested.set(f.path, used);
      } else if (hunkFor(hunks, f.line, f.endLine) !== undefined) {
        start = f.line;
        end = f.endLine;
      }
    } else if (hunkFor(hunks, f.line, f.endLine) !== undefined) {
      start = f.line;
      end = f.endLine;
    } else if (hunkOf(hunks, f.line) !== undefined) {
      start = end = f.line;
    }
    if (start > 0) {
      if (count >= max) {
        plan.unplaced.push(f);
        continue;
      }
      count++;
      const c: InlineComment = { path: f.path, body: truncate(findingBody(f, withSuggestion, showTarget)), line: end, side: "RIGHT" };
      if (start < end) {
        c.start_line = start;
        c.start_side = "RIGHT";
      }
      plan.inline.push(c);
      continue;
    }
    const list = plan.fileLevel.get(f.path);
    if (list !== undefined) list.push(f);
    else if (count >= max) plan.unplaced.push(f);
    else {
      count++;
      plan.fileLevel.set(f.path, [f]);
    }
  }
  return plan;
}

export interface ExistingComment {
  id: number;
  path: string;
  body: string;
  fingerprints: string[];
}

export interface Existing {
  comments: ExistingComment[];
  /** fingerprints already answered "fixed" */
  answeredFixed: Set<string>;
}

/** The same GitHub login (logins are case-insensitive). */
export function sameLogin(a: string | undefined | null, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

/** Our earlier review comments: written by `identity` and carrying a marker. */
export async function existingComments(octokit: Octokit, pr: PullRequestInfo, owner: string, repo: string, identity: string): Promise<Existing> {
  const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pr.number, per_page: 100 });
  const out: Existing = { comments: [], answeredFixed: new Set() };
  for (const c of all) {
    if (!sameLogin(c.user?.login, identity)) continue;
    for (const m of c.body.matchAll(FIXED_RE)) out.answeredFixed.add(m[1]!);
    if (c.in_reply_to_id !== undefined && c.in_reply_to_id !== null) continue;
    const fps = [...c.body.matchAll(MARKER_RE)].map((m) => m[1]!);
    if (fps.length > 0) out.comments.push({ id: c.id, path: c.path, body: c.body, fingerprints: fps });
  }
  return out;
}

export interface ReviewOutcome {
  posted: number;
  fileLevel: number;
  unplaced: Finding[];
  resolved: number;
  replied: number;
  updated: number;
  notes: string[];
  /** writes were refused (read-only token) */
  forbidden: boolean;
}

export async function publishReview(
  octokit: Octokit,
  owner: string,
  repo: string,
  pr: PullRequestInfo,
  findings: Finding[],
  changed: Map<string, ChangedFile>,
  present: Set<string>,
  lintedPaths: Set<string>,
  identity: string,
  showTarget = false,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { posted: 0, fileLevel: 0, unplaced: [], resolved: 0, replied: 0, updated: 0, notes: [], forbidden: false };
  const existing = await existingComments(octokit, pr, owner, repo, identity);
  const commented = new Set(existing.comments.flatMap((c) => c.fingerprints));
  const plan = planReview(findings, changed, commented, MAX_REVIEW_COMMENTS, showTarget);
  outcome.unplaced.push(...plan.unplaced);

  // keep earlier comments' text current when the message changed (a comment cannot move)
  for (const f of plan.already) {
    const c = existing.comments.find((x) => x.fingerprints.length === 1 && x.fingerprints[0] === f.fingerprint);
    if (c === undefined || c.body.includes(text(f.message))) continue;
    try {
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: c.id, body: truncate(findingBody(f, false, showTarget)) });
      outcome.updated++;
    } catch (e) {
      // one comment that cannot be edited (403, 404, 422) never stops the review
      core.info(logText(`could not update review comment ${c.id} (${statusOf(e) ?? "error"}): ${(e as Error).message}`));
    }
  }

  let fileLevel = plan.fileLevel;
  if (plan.inline.length > 0) {
    try {
      await octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: "COMMENT",
        body: `**iotedge-gpu-lint**: ${plan.inline.length} finding(s) on changed lines. The job summary has the full migration-readiness report.`,
        comments: plan.inline,
      });
      outcome.posted = plan.inline.length;
    } catch (e) {
      const s = statusOf(e);
      if (s === 403) return forbidden(outcome, findings);
      if (s !== 422) throw e;
      // the review was rejected as a whole (a line outside the diff): retry once as file-level comments
      core.warning(`GitHub rejected the review (422: ${logText((e as Error).message, 500)}); posting file-level comments instead`);
      fileLevel = new Map(plan.fileLevel);
      const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
      for (const c of plan.inline) {
        const fp = [...c.body.matchAll(MARKER_RE)][0]?.[1];
        const f = fp === undefined ? undefined : byFp.get(fp);
        if (f === undefined) continue;
        const list = fileLevel.get(f.path) ?? [];
        list.push(f);
        fileLevel.set(f.path, list);
      }
    }
  }
  for (const [path, fs] of fileLevel) {
    try {
      await octokit.rest.pulls.createReviewComment({ owner, repo, pull_number: pr.number, commit_id: pr.headSha, path, body: fileLevelBody(path, fs, showTarget), subject_type: "file" });
      outcome.fileLevel++;
    } catch (e) {
      const s = statusOf(e);
      if (s === 403) return forbidden(outcome, findings);
      if (s !== 422) throw e;
      core.warning(`GitHub rejected a file-level comment on ${logText(path, 400)} (422); the findings are in the summary`);
      outcome.unplaced.push(...fs);
    }
  }

  // findings commented earlier that are gone now: resolve their threads, or say so
  const fixed = existing.comments.filter((c) => lintedPaths.has(c.path) && c.fingerprints.every((fp) => !present.has(fp)));
  if (fixed.length > 0) {
    const threads = await reviewThreads(octokit, owner, repo, pr.number);
    for (const c of fixed) {
      const t = threads.get(c.id);
      if (t !== undefined && t.isResolved) continue;
      if (t !== undefined && t.viewerCanResolve) {
        try {
          await octokit.graphql(`mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) { thread { id isResolved } } }`, { id: t.id });
          outcome.resolved++;
          continue;
        } catch (e) {
          core.info(logText(`could not resolve thread ${t.id}: ${(e as Error).message}; replying instead`));
        }
      }
      if (c.fingerprints.every((fp) => existing.answeredFixed.has(fp))) continue;
      try {
        await octokit.rest.pulls.createReplyForReviewComment({
          owner,
          repo,
          pull_number: pr.number,
          comment_id: c.id,
          body: `Fixed: iotedge-gpu-lint no longer reports this.\n${c.fingerprints.map((fp) => `<!-- iotedge-gpu-lint-fixed:${fp} -->`).join("\n")}`,
        });
        outcome.replied++;
      } catch (e) {
        core.info(logText(`could not reply to comment ${c.id} (${statusOf(e) ?? "error"}): ${(e as Error).message}`));
      }
    }
  }
  return outcome;
}

function forbidden(outcome: ReviewOutcome, findings: Finding[]): ReviewOutcome {
  outcome.forbidden = true;
  outcome.unplaced = [...findings];
  outcome.notes.push("The token cannot write to this pull request (read-only, e.g. a fork): findings are reported as annotations and in this summary only.");
  return outcome;
}

interface Thread {
  id: string;
  isResolved: boolean;
  viewerCanResolve: boolean;
}

/** Review threads by the database id of their first comment. */
async function reviewThreads(octokit: Octokit, owner: string, repo: string, number: number): Promise<Map<number, Thread>> {
  const out = new Map<number, Thread>();
  let cursor: string | null = null;
  try {
    for (let page = 0; page < 30; page++) {
      const res: ThreadsResponse = await octokit.graphql<ThreadsResponse>(
        `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
          repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
            reviewThreads(first: 100, after: $cursor) {
              pageInfo { hasNextPage endCursor }
              nodes { id isResolved isOutdated viewerCanResolve comments(first: 1) { nodes { databaseId } } }
            } } } }`,
        { owner, repo, number, cursor },
      );
      const rt = res.repository?.pullRequest?.reviewThreads;
      if (!rt) break;
      for (const n of rt.nodes) {
        const id = n.comments.nodes[0]?.databaseId;
        if (typeof id === "number") out.set(id, { id: n.id, isResolved: n.isResolved, viewerCanResolve: n.viewerCanResolve });
      }
      if (!rt.pageInfo.hasNextPage) break;
      cursor = rt.pageInfo.endCursor;
    }
  } catch (e) {
    core.info(logText(`could not read review threads: ${(e as Error).message}; replying to fixed findings instead`));
  }
  return out;
}

interface ThreadsResponse {
  repository?: {
    pullRequest?: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; isResolved: boolean; isOutdated: boolean; viewerCanResolve: boolean; comments: { nodes: { databaseId: number | null }[] } }[];
      };
    };
  };
}

/** The one sticky pull request comment (issues API), updated in place: ours only (author and marker). */
export async function upsertSticky(octokit: Octokit, owner: string, repo: string, number: number, body: string, createIfMissing: boolean, identity: string): Promise<boolean> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const mine = comments.find((c) => sameLogin(c.user?.login, identity) && typeof c.body === "string" && c.body.startsWith(STICKY_MARKER));
  const full = truncate(`${STICKY_MARKER}\n${body}`);
  if (mine !== undefined) {
    if (mine.body !== full) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: full });
    return true;
  }
  if (!createIfMissing) return false;
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: full });
  return true;
}
