/**
 * The action: collect manifests (workspace, or the API with no checkout under
 * pull_request_target), lint them with the library, then publish (review, annotations,
 * summary, sticky comment, fix commit). Split mode writes (`report`) or reads (`post`) the
 * findings as a validated file between the two halves.
 *
 * Trust: manifests, file names and findings files are data (escaped in every body, markdown.ts);
 * only comments written by the token's own identity and carrying our marker are ours.
 */
import * as core from "@actions/core";
import * as github from "@actions/github";
import { CONFIG_FILE_NAMES, configFileIn, TARGETS, type Target, type VmOptions } from "../index.js";
import { analyze, isSibling, siblingPath, type Analysis, type InputFile } from "./analyze.js";
import { annotate } from "./annotations.js";
import { FINDINGS_VERSION, parseFindings, type Finding, type FindingsFile, type PullRequestInfo } from "./findings.js";
import { fixPullRequest, pushFixes, type FixResult } from "./fix-commit.js";
import { parseTargets, readInputs, type Inputs } from "./inputs.js";
import { emptyConfig, included, parseConfig, sarif, type ActionConfig } from "./library.js";
import { cap, code, docsLink, logText, oneLine, ruleRef, text } from "./markdown.js";
import { makeOctokit, statusOf, tokenIdentity, type Octokit } from "./octokit.js";
import { publishReview, upsertSticky, type ReviewOutcome } from "./review.js";
import { listChangedFiles, listTreeAt, matcher, readAt, Workspace, type ChangedFile } from "./sources.js";
import { summaryMarkdown } from "./summary.js";
import { renderSummaryMarkdown, type RenderSummaryFile } from "./render-summary.js";


interface Ctx {
  inputs: Inputs;
  owner: string;
  repo: string;
  event: string;
  workspace: Workspace;
  octokit: Octokit | undefined;
  pr: PullRequestInfo | undefined;
  /** the pull request comes from another repository (a fork) */
  fork: boolean;
  notes: string[];
  config?: ActionConfig;
  /** the repository-relative working directory: "" or "dir/" */
  wd: string;
  /** the targets of the run, in order */
  targets: Target[];
  vm?: VmOptions;
  /** the reported findings' counts after the fixes, when fixes were computed */
  afterFix?: Analysis["afterFix"];
  /** the manifests read this run, for the "What Kubernetes will run" summary section */
  rendered?: RenderSummaryFile[];
}

export async function run(): Promise<void> {
  try {
    await main();
  } catch (e) {
    core.setFailed(`iotedge-gpu-lint: ${(e as Error).message}`);
  }
}

function prFromPayload(): PullRequestInfo | undefined {
  const p = github.context.payload.pull_request as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (p === undefined) return undefined;
  return {
    number: Number(p.number),
    headSha: String(p.head?.sha ?? ""),
    headRef: String(p.head?.ref ?? ""),
    headRepo: String(p.head?.repo?.full_name ?? ""),
    baseSha: String(p.base?.sha ?? ""),
    baseRef: String(p.base?.ref ?? ""),
    baseRepo: String(p.base?.repo?.full_name ?? ""),
  };
}

async function main(): Promise<void> {
  const inputs = readInputs();
  if (inputs.token !== "") core.setSecret(inputs.token);
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const ctx: Ctx = {
    inputs,
    owner,
    repo,
    event: process.env.GITHUB_EVENT_NAME ?? "",
    workspace: new Workspace(process.env.GITHUB_WORKSPACE ?? process.cwd()),
    octokit: inputs.token !== "" ? makeOctokit(inputs.token) : undefined,
    pr: undefined,
    fork: false,
    notes: [],
    wd: inputs.workingDirectory,
    targets: inputs.targets ?? ["kubernetes"],
  };

  let data: FindingsFile;
  if (inputs.mode === "post") {
    data = await readUntrusted(ctx);
  } else {
    ctx.pr = prFromPayload();
    data = await collect(ctx);
  }
  if (ctx.pr !== undefined) ctx.fork = ctx.pr.headRepo !== ctx.pr.baseRepo;

  if (inputs.mode === "report") {
    if (inputs.findingsFile === "") throw new Error("mode 'report' needs the 'findings-file' input");
    ctx.workspace.write(ctx.wd + inputs.findingsFile, JSON.stringify(data) + "\n");
    core.info(logText(`wrote ${data.findings.length} finding(s) to ${ctx.wd}${inputs.findingsFile}`));
    annotate(data.findings, 0, showTarget(ctx));
    await writeSummary(data, ctx, undefined, []);
    finish(ctx, data, undefined);
    return;
  }
  await publish(ctx, data);
}

/** The directories to look for a config in: the working directory, then each parent up to the repository root. */
function configDirs(wd: string): string[] {
  const out = [wd];
  const segs = wd.split("/").filter((x) => x !== "");
  for (let i = segs.length - 1; i >= 0; i--) out.push(segs.slice(0, i).join("/") + (i > 0 ? "/" : ""));
  return out;
}

/**
 * Read the config: from the base branch through the API under pull_request_target, else the
 * workspace. The `config` input is relative to the working directory; without it the lookup
 * starts in the working directory and goes up to the repository root.
 */
async function loadConfig(ctx: Ctx): Promise<ActionConfig> {
  const fromBase = ctx.event === "pull_request_target" && ctx.pr !== undefined && ctx.octokit !== undefined;
  const read = (name: string): Promise<string | undefined> | string | undefined => (fromBase ? readAt(ctx.octokit!, ctx.owner, ctx.repo, name, ctx.pr!.baseSha) : ctx.workspace.read(name));
  const found = async (name: string, text: string): Promise<ActionConfig> => {
    core.info(logText(`configuration: ${name}${fromBase ? " (from the base branch)" : ""}`));
    return parseConfig(text, name);
  };
  if (ctx.inputs.config !== "") {
    const name = ctx.wd + ctx.inputs.config;
    const text = await read(name);
    if (text === undefined) throw new Error(`config file '${cap(oneLine(name), 300)}' not found`);
    return found(name, text);
  }
  // the nearest folder with a configuration file, deciding as the CLI does (several in one folder are an error)
  for (const dir of configDirs(ctx.wd)) {
    const texts = new Map<string, string>();
    for (const n of CONFIG_FILE_NAMES) {
      const text = await read(dir + n);
      if (text !== undefined) texts.set(n, text);
    }
    const name = configFileIn(dir, [...texts.keys()]);
    if (name !== undefined) return found(dir + name, texts.get(name)!);
  }
  return emptyConfig();
}

/** The targets and VM site settings: the `target` input, else the config's `target`, else kubernetes. */
function applyTargets(ctx: Ctx, config: ActionConfig): void {
  const loose = config as ActionConfig & { target?: unknown; targets?: unknown; vm?: unknown };
  if (ctx.inputs.targets === undefined) {
    const t = loose.target ?? loose.targets;
    if (typeof t === "string") ctx.targets = parseTargets(t, `'target' in ${config.origin || "the configuration"}`);
    else if (Array.isArray(t) && t.every((x) => typeof x === "string")) ctx.targets = parseTargets(t.join(","), `'target' in ${config.origin || "the configuration"}`);
  }
  if (typeof loose.vm === "object" && loose.vm !== null) ctx.vm = loose.vm as VmOptions;
}

/** The path relative to the working directory, or undefined when the path is outside it. */
function underWd(ctx: Ctx, path: string): string | undefined {
  return path.startsWith(ctx.wd) ? path.slice(ctx.wd.length) : undefined;
}

function showTarget(ctx: Ctx): boolean {
  return ctx.targets.length > 1 || ctx.targets[0] !== "kubernetes";
}

async function collect(ctx: Ctx): Promise<FindingsFile> {
  const { inputs, pr, octokit } = ctx;
  const config = await loadConfig(ctx);
  ctx.config = config;
  applyTargets(ctx, config);
  if (inputs.fix !== "off" && inputs.mode === "run" && ctx.targets.length > 1 && inputs.fixOutput === "in-place") {
    throw new Error("fix with two targets needs 'fix-output: gpu-sibling' (one copy per target); in place, a file can be fixed for one target only");
  }
  const globMatch = matcher(inputs.files);
  // globs and the config's include/exclude apply to paths relative to the working directory
  const wanted = (p: string): boolean => {
    const rel = underWd(ctx, p);
    return rel !== undefined && globMatch(rel);
  };
  const onlyChanged = inputs.onlyChanged ?? pr !== undefined;
  const noCheckout = ctx.event === "pull_request_target";
  if (noCheckout && (pr === undefined || octokit === undefined)) throw new Error("pull_request_target needs a pull_request payload and a token");
  const skipSibling = (p: string) => inputs.fixOutput === "gpu-sibling" && isSibling(p);

  let changed: ChangedFile[] | undefined;
  if (pr !== undefined && octokit !== undefined) {
    changed = await listChangedFiles(octokit, ctx.owner, ctx.repo, pr.number);
  }
  let paths: string[];
  if (onlyChanged && changed !== undefined) {
    paths = changed.filter((c) => c.status !== "removed" && wanted(c.filename)).map((c) => c.filename);
  } else if (noCheckout) {
    paths = (await listTreeAt(octokit!, ctx.owner, ctx.repo, pr!.headSha)).filter((p) => wanted(p));
  } else {
    paths = ctx.workspace.glob(inputs.files, ctx.wd);
  }
  paths = paths.filter((p) => /\.json$/i.test(p) && !skipSibling(p) && included(config, underWd(ctx, p) ?? p));

  const files: InputFile[] = [];
  const changedPaths = new Set((changed ?? []).filter((c) => c.status !== "removed").map((c) => c.filename));
  for (const path of paths) {
    // Under pull_request_target the PR's files are data read through the API, never checked out.
    // On pull_request the checkout is usually the merge commit, whose lines differ from the PR
    // head's when the base changed the same file: review comments and fix commits need the head's
    // text, so changed manifests are read at head.sha too (the workspace is the fallback).
    let text: string | undefined;
    if (noCheckout || (pr !== undefined && octokit !== undefined && changedPaths.has(path))) {
      text = await readAt(octokit!, ctx.owner, ctx.repo, path, pr!.headSha);
    }
    if (text === undefined && !noCheckout) text = ctx.workspace.read(path);
    if (text === undefined) continue;
    const f: InputFile = { path, text, lintPath: underWd(ctx, path) ?? path };
    if (inputs.report === "new" && pr !== undefined && octokit !== undefined) {
      const c = changed?.find((x) => x.filename === path);
      if (c === undefined) continue; // unchanged: nothing in it is new
      if (c.status !== "added") {
        const base = await readAt(octokit, ctx.owner, ctx.repo, c.previous_filename ?? path, pr.baseSha);
        if (base !== undefined) f.base = base;
      }
    }
    files.push(f);
  }
  const options: Parameters<typeof analyze>[2] = { reportNew: inputs.report === "new", fix: inputs.fix !== "off" || inputs.mode === "report", fixOutput: inputs.fixOutput, targets: ctx.targets };
  if (ctx.vm !== undefined) options.vm = ctx.vm;
  const a = analyze(files, config, options);
  // the summary renders what Kubernetes will run from the findings just made, without linting again
  ctx.rendered = files.map((f) => {
    const findings = a.kubernetes.get(f.path);
    return findings === undefined ? f : { ...f, findings };
  });
  ctx.afterFix = a.afterFix;
  const data: FindingsFile = { version: FINDINGS_VERSION, tool: "iotedge-gpu-lint", repository: `${ctx.owner}/${ctx.repo}`, findings: a.findings, files: a.files, fixes: a.fixes, present: a.present };
  if (pr !== undefined) data.pullRequest = pr;
  return data;
}

/** mode: post: the findings file was written by an untrusted run; validate it and check it against the API. */
async function readUntrusted(ctx: Ctx): Promise<FindingsFile> {
  if (ctx.inputs.findingsFile === "") throw new Error("mode 'post' needs the 'findings-file' input");
  const text = ctx.workspace.read(ctx.wd + ctx.inputs.findingsFile);
  if (text === undefined) throw new Error(`findings file '${cap(oneLine(ctx.wd + ctx.inputs.findingsFile), 300)}' not found in the workspace`);
  const data = parseFindings(text);
  if (data.repository.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()) throw new Error("findings file rejected: it names another repository");
  if (data.pullRequest !== undefined && ctx.octokit !== undefined) {
    // trust the pull request's identity from the API, not from the file
    const live = await ctx.octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: data.pullRequest.number });
    const pr: PullRequestInfo = {
      number: live.data.number,
      headSha: live.data.head.sha,
      headRef: live.data.head.ref,
      headRepo: live.data.head.repo?.full_name ?? "",
      baseSha: live.data.base.sha,
      baseRef: live.data.base.ref,
      baseRepo: live.data.base.repo.full_name,
    };
    if (pr.headSha !== data.pullRequest.headSha) {
      ctx.notes.push(`The findings were computed for ${data.pullRequest.headSha.slice(0, 7)} but the pull request is now at ${pr.headSha.slice(0, 7)}: only the summary is updated.`);
      ctx.inputs.review = false;
      data.fixes = [];
    }
    ctx.pr = pr;
    data.pullRequest = pr;
  }
  // a fix may only write a manifest the run linted, or its .gpu.json sibling
  const linted = new Set(data.files.map((f) => f.path));
  data.fixes = data.fixes.filter((f) => linted.has(f.path) && /\.json$/i.test(f.path) && (f.target === f.path || TARGETS.some((t) => f.target === siblingPath(f.path, t))));
  // only links to this project's rule pages survive; other texts are escaped where they are shown
  data.findings = data.findings.filter((f) => linted.has(f.path)).map((f) => ({ ...f, docs: docsLink(f.docs) ?? "" }));
  if (ctx.inputs.targets === undefined) {
    const seen = TARGETS.filter((t) => data.findings.some((f) => (f.target ?? "kubernetes") === t));
    if (seen.length > 0) ctx.targets = seen;
  }
  return data;
}

async function publish(ctx: Ctx, data: FindingsFile): Promise<void> {
  const { inputs, octokit, pr } = ctx;
  let findings = data.findings;
  if (!inputs.suggestions) findings = findings.map(({ replacement: _r, ...f }) => f);
  const forkNote =
    "This pull request comes from a fork: the token is read-only, so findings are shown as annotations and in the job summary, and no fixes are committed. Use the pull_request_target or report/post workflow (docs/action.md) to get review comments.";
  const readOnlyFork = pr !== undefined && ctx.fork && ctx.event === "pull_request";
  if (readOnlyFork) {
    ctx.notes.push(forkNote);
    core.notice(forkNote);
  }
  // keep notice slots for the action's own notices (fork, fix branch, permissions)
  annotate(findings, (readOnlyFork ? 1 : 0) + (inputs.fix !== "off" ? 1 : 0), showTarget(ctx));

  let review: ReviewOutcome | undefined;
  let unplaced: Finding[] = [];
  let canWrite = !readOnlyFork && octokit !== undefined;
  let identity = "";
  if (pr !== undefined && octokit !== undefined && inputs.review && canWrite) {
    // whose comments are ours: looked up once; a comment by anyone else is never touched
    const who = await tokenIdentity(octokit);
    identity = who.login;
    core.info(logText(`comments by ${identity} (${who.source === "default" ? "the workflow token's bot; the token's identity could not be read" : `from ${who.source}`}) carrying the iotedge-gpu-lint marker are the action's own`));
    const changed = new Map((await listChangedFiles(octokit, ctx.owner, ctx.repo, pr.number)).map((c) => [c.filename, c]));
    review = await publishReview(octokit, ctx.owner, ctx.repo, pr, findings, changed, new Set(data.present), new Set(data.files.map((f) => f.path)), identity, showTarget(ctx));
    unplaced = review.unplaced;
    ctx.notes.push(...review.notes);
    if (review.forbidden) canWrite = false;
    core.info(`review: ${review.posted} inline, ${review.fileLevel} file-level, ${unplaced.length} in the summary, ${review.resolved} resolved, ${review.replied} replied`);
  } else if (pr !== undefined) {
    unplaced = findings;
  }

  let fixResult: FixResult | undefined;
  if (inputs.fix !== "off") fixResult = await applyFixes(ctx, data, canWrite);

  if (pr !== undefined && octokit !== undefined && canWrite && inputs.review) {
    const body = stickyBody(data, unplaced, fixResult, ctx.notes, showTarget(ctx));
    try {
      await upsertSticky(octokit, ctx.owner, ctx.repo, pr.number, body, unplaced.length > 0 || fixResult?.kind === "foreign", identity);
    } catch (e) {
      if (statusOf(e) !== 403) throw e;
      ctx.notes.push("The token cannot comment on this pull request; see the annotations and this summary.");
    }
  }
  await writeSummary(data, ctx, fixResult, unplaced);
  finish(ctx, data, fixResult);
}

async function applyFixes(ctx: Ctx, data: FindingsFile, canWrite: boolean): Promise<FixResult | undefined> {
  const { inputs, octokit, pr } = ctx;
  if (pr === undefined) {
    // no pull request (push, schedule, workflow_dispatch): write the fixed files into the workspace
    for (const f of data.fixes) ctx.workspace.write(f.target, f.content);
    if (data.fixes.length > 0) core.info(logText(`fixed ${data.fixes.length} file(s) in the workspace: ${data.fixes.map((f) => f.target).join(", ")}`));
    return data.fixes.length > 0 ? { kind: "written", branch: "" } : undefined;
  }
  if (ctx.fork) {
    const n = "Fixes are not committed for pull requests from forks (the fork's branch cannot be written); run `npx iotedge-gpu-lint --fix` locally.";
    ctx.notes.push(n);
    if (ctx.event !== "pull_request") core.notice(n);
    return undefined;
  }
  if (!canWrite || octokit === undefined) return undefined;
  try {
    const r = inputs.fix === "push" ? await pushFixes(octokit, ctx.owner, ctx.repo, pr, data.fixes) : await fixPullRequest(octokit, ctx.owner, ctx.repo, pr, data.fixes);
    if (r.kind === "foreign") {
      const n = `The branch ${r.branch} has a commit iotedge-gpu-lint did not make (${r.commit.slice(0, 7)}); it was left alone and no fixes were pushed. Delete the branch to let the action manage it again.`;
      ctx.notes.push(n);
      core.notice(n);
    } else if (r.kind === "stale") {
      ctx.notes.push(`The branch ${r.branch} moved while the action ran; fixes were not pushed (the next run will try again).`);
    }
    return r;
  } catch (e) {
    if (statusOf(e) === 403) {
      const n = "The token cannot write to this repository (needs contents: write and pull-requests: write); fixes were not committed.";
      ctx.notes.push(n);
      core.notice(n);
      return undefined;
    }
    throw e;
  }
}

function stickyBody(data: FindingsFile, unplaced: Finding[], fix: FixResult | undefined, notes: string[], withTarget: boolean): string {
  const errors = data.findings.filter((f) => f.severity === "error").length;
  const warnings = data.findings.filter((f) => f.severity === "warning").length;
  const lines = [`### iotedge-gpu-lint`, "", `${data.files.length} manifest(s): ${errors} error(s), ${warnings} warning(s).`];
  if (fix !== undefined && "pullRequest" in fix && fix.pullRequest) lines.push("", `Automatic fixes: ${fix.pullRequest}`);
  for (const n of notes) lines.push("", `> ${text(n)}`);
  if (unplaced.length > 0) {
    lines.push("", "Findings not on lines of this diff:", "");
    for (const f of unplaced.slice(0, 200)) {
      lines.push(`- ${code(f.path, 400)}:${f.line} ${ruleRef(f.ruleId, f.docs)} (${f.severity}${withTarget ? `, ${f.target ?? "kubernetes"}` : ""}): ${text(f.message)}`);
    }
    if (unplaced.length > 200) lines.push(`- … and ${unplaced.length - 200} more (see the job summary)`);
  } else lines.push("", "Every finding is in the review comments, or there are none.");
  return lines.join("\n");
}

async function writeSummary(data: FindingsFile, ctx: Ctx, fix: FixResult | undefined, unplaced: Finding[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const input: Parameters<typeof summaryMarkdown>[0] = { findings: data.findings, files: data.files, notes: ctx.notes, unplaced, targets: ctx.targets };
  if (fix !== undefined && "pullRequest" in fix && fix.pullRequest) input.fixPullRequest = fix.pullRequest;
  // what Kubernetes will run: only when the run checks for the kubernetes target
  const rendered = ctx.targets.includes("kubernetes") ? renderSummaryMarkdown(ctx.rendered ?? [], "kubernetes") : "";
  await core.summary.addRaw(summaryMarkdown(input) + rendered).write();
}

/** A fix commit was made (or is in place on the bot branch), or the fixed files were written. */
function fixesLanded(fix: FixResult | undefined): boolean {
  return fix !== undefined && (fix.kind === "written" || ((fix.kind === "created" || fix.kind === "updated" || fix.kind === "unchanged" || fix.kind === "pushed") && fix.commit !== undefined));
}

function finish(ctx: Ctx, data: FindingsFile, fix: FixResult | undefined): void {
  const errors = data.findings.filter((f) => f.severity === "error").length;
  const warnings = data.findings.filter((f) => f.severity === "warning").length;
  const infos = data.findings.length - errors - warnings;
  core.setOutput("errors", errors);
  core.setOutput("warnings", warnings);
  core.setOutput("infos", infos);
  core.setOutput("fixable", data.findings.filter((f) => f.fixable).length);
  if (ctx.inputs.sarif !== "") {
    const path = ctx.wd + ctx.inputs.sarif;
    ctx.workspace.write(path, sarif(data.findings, ctx.workspace.root, ctx.config, ctx.targets));
    core.setOutput("sarif-file", path);
  } else core.setOutput("sarif-file", "");
  const branch = fix !== undefined && fix.kind !== "foreign" && fix.kind !== "nothing" && fix.kind !== "stale" && fix.kind !== "written" ? fix.branch : "";
  core.setOutput("fix-branch", branch);
  core.setOutput("fix-pull-request", fix !== undefined && "pullRequest" in fix ? (fix.pullRequest ?? "") : "");
  core.setOutput("fix-pull-request-number", fix !== undefined && "pullRequestNumber" in fix && fix.pullRequestNumber !== undefined ? String(fix.pullRequestNumber) : "");
  core.setOutput("fix-commit-sha", fix !== undefined && "commit" in fix && fix.commit !== undefined && fix.kind !== "foreign" ? fix.commit : "");
  if (ctx.inputs.mode === "post") return; // posting never fails the workflow_run
  // with the fixes committed (or written), what fails the step is what is left after them
  const left = fixesLanded(fix) && ctx.afterFix !== undefined ? ctx.afterFix : { errors, warnings, infos };
  const over = { error: left.errors, warning: left.errors + left.warnings, info: left.errors + left.warnings + left.infos, never: 0 }[ctx.inputs.failOn];
  if (fixesLanded(fix) && ctx.afterFix !== undefined) core.info(`after the fixes: ${left.errors} error(s), ${left.warnings} warning(s), ${left.infos} info(s) left`);
  if (over > 0) core.setFailed(`iotedge-gpu-lint: ${over} finding(s) at or above '${ctx.inputs.failOn}'${fixesLanded(fix) ? " left after the fixes" : ""}`);
}
