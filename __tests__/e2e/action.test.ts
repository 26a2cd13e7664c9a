/**
 * The GitHub Action end to end: the bundle built by scripts/build.mjs runs as a child process
 * (on this Node and on Node 24) with a runner's environment, a real git checkout and a
 * pull_request payload, against the loopback GitHub in fake-github.ts.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rightLines, type FakeGitHub } from "./fake-github.js";
import { actionSuite, makeRepo, NODES, runAction, type Repo } from "./action-harness.js";
import { indentOf, lineOf, manifest } from "./action-fixtures.js";

const BIND_TEXT = '"/home/hcsshares/share1:/data"';
const PATH = "deployment.template.json";
const MARKER = /<!-- iotedge-gpu-lint:([0-9a-f]{16}) -->/;

const suite = actionSuite();
const fakeFor = suite.fakeFor;

/** Base: camera without Binds; head: camera with a share Bind (F1-F3). */
function bindsRepo(): Repo {
  return makeRepo(
    { [PATH]: manifest({ camera: { HostConfig: {} } }), "README.md": "hello\n" },
    { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } }) },
  );
}

/** A new commit on the PR branch: in the fake's object store, the payload's head.sha and the checkout. */
function authorPushes(fake: FakeGitHub, repo: Repo, files: Record<string, string>): void {
  const sha = fake.addCommit(fake.opts.pull.headSha, files, "author fix", { name: "Dev", email: "dev@example.com" });
  fake.opts.pull.headSha = sha;
  fake.refs.set("heads/feature", sha);
  for (const [p, c] of Object.entries(files)) writeFileSync(join(repo.dir, p), c);
}

function mountsBlock(indent: string): string {
  return [
    `${indent}"Mounts": [`,
    `${indent}  {`,
    `${indent}    "Type": "volume",`,
    `${indent}    "Source": "share1",`,
    `${indent}    "Target": "/data"`,
    `${indent}  }`,
    `${indent}]`,
  ].join("\n");
}

function hostBindsComments(fake: FakeGitHub) {
  return fake.requests
    .filter((r) => r.method === "POST" && r.path.endsWith("/pulls/7/reviews"))
    .flatMap((r) => (r.body.comments as { path: string; body: string; line: number; start_line?: number; side: string; start_side?: string }[]).filter((c) => c.body.includes("no-host-binds")));
}

describe.each(NODES)("action on %s", (_label, node) => {
  it("reviews a pull request: inline comment on the exact lines with a suggestion, annotations, summary, outputs", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "error" } });
    const head = repo.head[PATH]!;
    const bindLine = lineOf(head, BIND_TEXT);
    const bindsKey = lineOf(head, '"Binds"');

    // one review, event COMMENT, on the head commit
    const reviews = fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/reviews");
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.body.event).toBe("COMMENT");
    expect(reviews[0]!.body.commit_id).toBe(repo.headSha);
    const [c] = hostBindsComments(fake);
    expect(c).toMatchObject({ path: PATH, start_line: bindsKey, line: bindsKey + 2, side: "RIGHT", start_side: "RIGHT" });
    expect(bindLine).toBe(bindsKey + 1);
    const suggestion = "```suggestion\n" + mountsBlock(indentOf(head, bindsKey)) + "\n```";
    expect(c!.body).toContain(suggestion);
    expect(c!.body).toContain("module 'camera': HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts");
    expect(c!.body).toContain("(https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/no-host-binds.md)");
    expect(c!.body).toMatch(MARKER);
    // every inline comment is on RIGHT-side lines of one hunk
    const hunks = rightLines(repo.files.find((f) => f.filename === PATH)!.patch!);
    for (const x of reviews[0]!.body.comments as { line: number; start_line?: number }[]) {
      expect(hunks.some((h) => h.includes(x.line) && (x.start_line === undefined || h.includes(x.start_line)))).toBe(true);
    }

    // annotation with the exact position
    const ann = r.annotations.find((a) => a.level === "error" && a.props.title === "iotedge-gpu-lint: no-host-binds");
    expect(ann?.props).toMatchObject({ file: PATH, line: String(bindLine), endLine: String(bindLine), col: String(indentOf(head, bindLine).length + 1) });

    // summary: readiness per module, counts by rule with docs links
    expect(r.summary).toContain("GPU (Kubernetes) migration readiness");
    expect(r.summary).toMatch(/\| `deployment\.template\.json` \| `camera` \| `kubernetes` \| (🔧 \d+ findings?|⛔ needs a code change) \|/);
    expect(r.summary).toContain("[`no-host-binds`](https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/no-host-binds.md)");

    // outputs and the failing exit (fail-on: error)
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(Number(r.outputs.fixable)).toBeGreaterThanOrEqual(1);
    expect(r.outputs["fix-branch"]).toBe("");
    expect(r.code).toBe(1);
    // the token is registered as a secret (the runner masks it) and never printed otherwise
    expect(r.stdout).toContain("::add-mask::ghs_faketoken0123456789");
    const printed = (r.stdout + r.stderr).split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(printed.join("\n")).not.toContain("ghs_faketoken0123456789");
  });

  it("comments on the PR head's lines even when the checkout is the merge commit with other lines", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    // actions/checkout on pull_request checks out the merge commit: here main gained a module above camera
    const merged = manifest({ aaa: { HostConfig: { Privileged: false } }, camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } });
    writeFileSync(join(repo.dir, PATH), merged);
    expect(lineOf(merged, BIND_TEXT)).not.toBe(lineOf(repo.head[PATH]!, BIND_TEXT));
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    const [c] = hostBindsComments(fake);
    expect(c).toMatchObject({ path: PATH, start_line: lineOf(repo.head[PATH]!, '"Binds"'), line: lineOf(repo.head[PATH]!, '"Binds"') + 2 });
    expect(fake.requests.some((q) => q.method === "GET" && q.path === `/repos/contoso/edge/contents/${PATH}` && q.query.ref === repo.headSha)).toBe(true);
  });

  it("puts findings in files outside the diff into one sticky comment, updated in place", async () => {
    const other = "other/deployment.template.json";
    const repo = makeRepo(
      { [PATH]: manifest({ camera: { HostConfig: {} } }), [other]: manifest({ sensor: { HostConfig: { Binds: ["/home/hcsshares/s2:/in"] } } }) },
      { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } }) },
    );
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", "only-changed": "false" } });
    expect(r.code).toBe(0);
    expect(fake.issueComments).toHaveLength(1);
    const sticky = fake.issueComments[0]!.body;
    expect(sticky.startsWith("<!-- iotedge-gpu-lint:summary -->\n")).toBe(true);
    expect(sticky).toContain(`- \`${other}\`:${lineOf(repo.head[other]!, "/home/hcsshares/s2:/in")} [\`no-host-binds\`]`);
    expect(r.summary).toContain("Findings not shown in the review");
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", "only-changed": "false" } });
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/issues/7/comments"))).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
  });

  it("does not comment twice on a re-run, and resolves the thread once the finding is fixed", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo, { viewerCanResolve: true });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    const first = fake.reviewComments.length;
    expect(first).toBeGreaterThan(0);
    const r2 = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r2.code).toBe(0);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/pulls/7/reviews"))).toHaveLength(1);
    expect(fake.reviewComments.length).toBe(first);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/issues/7/comments")).length).toBeLessThanOrEqual(1);

    // the author pushes a fix for the Binds: the thread of that comment gets resolved, nothing new is posted
    authorPushes(fake, repo, { [PATH]: manifest({ camera: { HostConfig: { Mounts: [{ Type: "volume", Source: "share1", Target: "/data" }] } } }) });
    const bindsComment = fake.reviewComments.find((c) => c.body.includes("no-host-binds"))!;
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(fake.resolved.has(`T_${bindsComment.id}`)).toBe(true);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/pulls/7/reviews"))).toHaveLength(1);
  });

  it("replies 'fixed' when the token cannot resolve the thread", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo, { viewerCanResolve: false });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    authorPushes(fake, repo, { [PATH]: manifest({ camera: { HostConfig: { Mounts: [{ Type: "volume", Source: "share1", Target: "/data" }] } } }) });
    const bindsComment = fake.reviewComments.find((c) => c.body.includes("no-host-binds"))!;
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    const replies = fake.requests.filter((q) => q.method === "POST" && q.path === `/repos/contoso/edge/pulls/7/comments/${bindsComment.id}/replies`);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body.body).toContain("Fixed");
    expect(fake.resolved.size).toBe(0);
  });

  it("puts a finding on an unchanged line of a changed file into a file-level comment", async () => {
    // the Binds are already on main; the pull request only changes the image tag of another module
    const before = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } }, other: {} });
    const after = before.replace("contoso.azurecr.io/other:1.0", "contoso.azurecr.io/other:1.1");
    const repo = makeRepo({ [PATH]: before }, { [PATH]: after });
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(hostBindsComments(fake)).toHaveLength(0);
    const fileLevel = fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/comments");
    expect(fileLevel).toHaveLength(1);
    expect(fileLevel[0]!.body).toMatchObject({ path: PATH, subject_type: "file", commit_id: repo.headSha });
    expect(fileLevel[0]!.body.body).toContain(`line ${lineOf(after, BIND_TEXT)}: [\`no-host-binds\`]`);
  });

  it("falls back to file-level comments when GitHub rejects the review with 422", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    fake.faults.push({ match: "POST /repos/contoso/edge/pulls/7/reviews", status: 422, times: 1, message: "Unprocessable Entity: pull_request_review_thread.line must be part of the diff" });
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/pulls/7/reviews"))).toHaveLength(1);
    const fileLevel = fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/comments");
    expect(fileLevel).toHaveLength(1);
    expect(fileLevel[0]!.body.subject_type).toBe("file");
    expect(fileLevel[0]!.body.body).toContain(`line ${lineOf(repo.head[PATH]!, BIND_TEXT)}: [\`no-host-binds\`]`);
    expect(r.stdout).toContain("GitHub rejected the review (422");
  });

  it("waits out a 403 secondary rate limit and a 500, then succeeds", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    fake.faults.push({ match: "GET /repos/contoso/edge/pulls/7/files", status: 500, times: 1 });
    fake.faults.push({ match: "POST /repos/contoso/edge/pulls/7/reviews", status: 403, times: 1, retryAfter: 1 });
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    const reviews = fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/pulls/7/reviews"));
    expect(reviews).toHaveLength(2);
    expect(reviews[1]!.body).toEqual(reviews[0]!.body);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.requests.filter((q) => q.method === "GET" && q.path.endsWith("/pulls/7/files")).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toContain("secondary rate limit");
  });

  it("paginates listFiles and listReviewComments", async () => {
    const repo = makeRepo(
      { [PATH]: manifest({ camera: { HostConfig: {} } }), "a.txt": "a\n", "b.txt": "b\n" },
      { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } }), "a.txt": "a2\n", "b.txt": "b2\n" },
    );
    const fake = await fakeFor(repo, { pageSize: 1 });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    const pages = fake.requests.filter((q) => q.method === "GET" && q.path.endsWith("/pulls/7/files")).map((q) => q.query.page ?? "1");
    expect(pages).toContain("3");
    expect(hostBindsComments(fake)).toHaveLength(1);
    // second run: the existing comments are read across pages and nothing is posted twice
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(fake.reviews).toHaveLength(1);
  });

  it("degrades on a fork pull request: annotations and summary, one notice, no failed writes", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    fake.opts.pull.headRepo = "mallory/edge";
    fake.readOnly = true;
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request" } });
    expect(r.code).toBe(0);
    expect(fake.writes()).toHaveLength(0);
    const notices = r.annotations.filter((a) => a.level === "notice" && a.message.includes("fork"));
    expect(notices).toHaveLength(1);
    expect(r.annotations.some((a) => a.level === "error" && a.props.title === "iotedge-gpu-lint: no-host-binds")).toBe(true);
    expect(r.summary).toContain("comes from a fork");
    expect(r.summary).toContain("no-host-binds");
  });

  it("catches a 403 on writes (read-only token on a same-repository PR) and still succeeds", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    fake.readOnly = true;
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request" } });
    expect(r.code).toBe(0);
    expect(r.summary).toContain("cannot write");
    expect(fake.reviews).toHaveLength(0);
  });
});
