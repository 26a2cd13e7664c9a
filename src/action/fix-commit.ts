/**
 * Commits fixed manifests through the Git Data API (blob, tree, commit, ref), so the commit is
 * made by GitHub for the token's identity (verified). `fix: pull-request` keeps one bot branch
 * `iotedge-gpu-lint/fix/<pr>` per pull request and one pull request from it into the PR's head
 * branch; it never overwrites a commit the action did not make. `fix: push` adds a commit on
 * top of the PR's own branch (same repository only).
 */
import { createHash } from "node:crypto";
import type { FixedFile, PullRequestInfo } from "./findings.js";
import type { Octokit } from "./octokit.js";
import { cell, code, oneLine } from "./markdown.js";
import { statusOf } from "./octokit.js";

export const TRAILER = "Iotedge-gpu-lint-fix";
export const BASE_TRAILER = "Iotedge-gpu-lint-base";

export const fixBranch = (pr: number): string => `iotedge-gpu-lint/fix/${pr}`;

export type FixResult =
  | { kind: "created" | "updated" | "unchanged"; branch: string; pullRequest?: string; pullRequestNumber?: number; commit?: string }
  | { kind: "pushed" | "nothing"; branch: string; commit?: string }
  | { kind: "foreign"; branch: string; commit: string }
  | { kind: "stale"; branch: string }
  /** no pull request: the fixed files were written into the workspace */
  | { kind: "written"; branch: "" };

function commitMessage(pr: PullRequestInfo, fixes: FixedFile[], base: string): string {
  const lines = [`Fix IoT Edge manifests with iotedge-gpu-lint (#${pr.number})`, ""];
  for (const f of fixes) lines.push(`- ${oneLine(f.target)}: ${f.applied} fix(es): ${f.rules.join(", ")}`);
  lines.push("", `${TRAILER}: ${pr.number}`, `${BASE_TRAILER}: ${base}`);
  return lines.join("\n");
}

function trailer(message: string, name: string): string | undefined {
  const m = new RegExp(`^${name}: (\\S+)$`, "m").exec(message);
  return m?.[1];
}

async function makeCommit(octokit: Octokit, owner: string, repo: string, parent: string, fixes: FixedFile[], message: string): Promise<{ sha: string; tree: string; parentTree: string }> {
  const parentCommit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
  const tree = [];
  for (const f of fixes) {
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(f.content, "utf8").toString("base64"), encoding: "base64" });
    tree.push({ path: f.target, mode: "100644" as const, type: "blob" as const, sha: blob.data.sha });
  }
  const newTree = await octokit.rest.git.createTree({ owner, repo, base_tree: parentCommit.data.tree.sha, tree });
  if (newTree.data.sha === parentCommit.data.tree.sha) return { sha: parent, tree: newTree.data.sha, parentTree: parentCommit.data.tree.sha };
  const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: newTree.data.sha, parents: [parent] });
  return { sha: commit.data.sha, tree: newTree.data.sha, parentTree: parentCommit.data.tree.sha };
}

async function getRef(octokit: Octokit, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    const r = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return r.data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/**
 * Walk the bot branch from its tip: every commit must carry our trailer, down to the base our
 * commit names. Returns the first commit we did not make, or undefined when all are ours.
 */
async function foreignCommit(octokit: Octokit, owner: string, repo: string, tip: string, pr: number): Promise<string | undefined> {
  let sha = tip;
  for (let i = 0; i < 50; i++) {
    const c = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    if (trailer(c.data.message, TRAILER) !== String(pr)) return sha;
    const base = trailer(c.data.message, BASE_TRAILER);
    const parent = c.data.parents[0]?.sha;
    if (parent === undefined) return sha;
    if (parent === base) return undefined;
    sha = parent;
  }
  return sha;
}

export async function fixPullRequest(octokit: Octokit, owner: string, repo: string, pr: PullRequestInfo, fixes: FixedFile[]): Promise<FixResult> {
  const branch = fixBranch(pr.number);
  const tip = await getRef(octokit, owner, repo, branch);
  if (tip !== undefined) {
    const foreign = await foreignCommit(octokit, owner, repo, tip, pr.number);
    if (foreign !== undefined) return { kind: "foreign", branch, commit: foreign };
  }
  const existingPr = await findPull(octokit, owner, repo, branch, pr.headRef);
  if (fixes.length === 0) {
    // nothing left to fix: an open fix pull request has done its job or is out of date
    if (existingPr !== undefined && tip !== undefined) {
      await octokit.rest.pulls.update({ owner, repo, pull_number: existingPr.number, state: "closed", body: `${existingPr.body ?? ""}\n\nClosed by iotedge-gpu-lint: #${pr.number} has nothing left to fix.` });
    }
    return { kind: "nothing", branch };
  }
  let commit: string;
  let kind: "created" | "updated" | "unchanged" = "updated";
  if (tip !== undefined && (await holdsFixes(octokit, owner, repo, tip, pr.headSha, fixes))) {
    // same fixes on the same head: keep the branch as it is, write nothing
    commit = tip;
    kind = "unchanged";
  } else {
    const made = await makeCommit(octokit, owner, repo, pr.headSha, fixes, commitMessage(pr, fixes, pr.headSha));
    if (made.sha === pr.headSha) return { kind: "nothing", branch };
    commit = made.sha;
    if (tip === undefined) {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: made.sha });
      kind = "created";
    } else {
      // the branch holds only our commits (checked above): move it onto the new head
      await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: made.sha, force: true });
    }
  }
  const title = `iotedge-gpu-lint: fix manifests for GPU (Kubernetes) IoT Edge (#${pr.number})`;
  const body = fixBody(pr, fixes);
  let url: string;
  let number: number;
  if (existingPr === undefined) {
    const created = await octokit.rest.pulls.create({ owner, repo, head: branch, base: pr.headRef, title, body, maintainer_can_modify: true });
    url = created.data.html_url;
    number = created.data.number;
    if (kind === "unchanged") kind = "updated";
  } else {
    if (existingPr.body !== body || existingPr.title !== title) await octokit.rest.pulls.update({ owner, repo, pull_number: existingPr.number, title, body });
    url = existingPr.html_url;
    number = existingPr.number;
  }
  return { kind, branch, pullRequest: url, pullRequestNumber: number, commit };
}

/** The bot branch's tip sits on the PR head and already has exactly these fixed files. */
async function holdsFixes(octokit: Octokit, owner: string, repo: string, tip: string, head: string, fixes: FixedFile[]): Promise<boolean> {
  const c = await octokit.rest.git.getCommit({ owner, repo, commit_sha: tip });
  if (c.data.parents.length !== 1 || c.data.parents[0]!.sha !== head) return false;
  const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: c.data.tree.sha, recursive: "true" });
  const shas = new Map(tree.data.tree.map((t) => [t.path, t.sha]));
  return fixes.every((f) => shas.get(f.target) === gitBlobSha(f.content));
}

/** The id git gives a file's content (`git hash-object`). */
export function gitBlobSha(content: string): string {
  const buf = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${buf.length}\0`).update(buf).digest("hex");
}

async function findPull(octokit: Octokit, owner: string, repo: string, branch: string, base: string) {
  const pulls = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, base, state: "open", per_page: 10 });
  return pulls.data[0];
}

export function fixBody(pr: PullRequestInfo, fixes: FixedFile[]): string {
  const lines = [
    `Automatic fixes from **iotedge-gpu-lint** for #${pr.number} (based on ${pr.headSha.slice(0, 7)}).`,
    "",
    "Merge this pull request into your branch to apply them. Only safe, behaviour-preserving fixes are included; findings that need a decision stay as review comments.",
    "",
    "| file | fixes | rules |",
    "|---|---|---|",
  ];
  for (const f of fixes) lines.push(`| ${[code(f.target, 400), String(f.applied), f.rules.map((r) => code(r, 100)).join(", ")].map(cell).join(" | ")} |`);
  lines.push("", "This branch is managed by iotedge-gpu-lint and rewritten on every run; commits pushed to it by others stop the automation.");
  return lines.join("\n");
}

/** `fix: push`: one commit on the pull request's own branch (fast-forward only). */
export async function pushFixes(octokit: Octokit, owner: string, repo: string, pr: PullRequestInfo, fixes: FixedFile[]): Promise<FixResult> {
  if (fixes.length === 0) return { kind: "nothing", branch: pr.headRef };
  const made = await makeCommit(octokit, owner, repo, pr.headSha, fixes, commitMessage(pr, fixes, pr.headSha));
  if (made.sha === pr.headSha) return { kind: "nothing", branch: pr.headRef };
  try {
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${pr.headRef}`, sha: made.sha, force: false });
  } catch (e) {
    if (statusOf(e) === 422) return { kind: "stale", branch: pr.headRef };
    throw e;
  }
  return { kind: "pushed", branch: pr.headRef, commit: made.sha };
}
