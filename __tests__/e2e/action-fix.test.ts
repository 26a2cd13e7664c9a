/**
 * The action's fix commits, pull_request_target (no checkout), report/post split mode and
 * `report: new`, end to end against the loopback GitHub (see action.test.ts for the review).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText } from "../../src/index.js";
import { actionSuite, makeRepo, NODES, runAction, type Repo } from "./action-harness.js";
import { lineOf, manifest } from "./action-fixtures.js";

const PATH = "deployment.template.json";
const BRANCH = "iotedge-gpu-lint/fix/7";

const suite = actionSuite();
const fakeFor = suite.fakeFor;

function bindsRepo(extraBase: Record<string, string> = {}, extraHead: Record<string, string> = {}): Repo {
  return makeRepo(
    { [PATH]: manifest({ camera: { HostConfig: {} } }), ...extraBase },
    { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } }), ...extraHead },
  );
}

describe.each(NODES)("action fixes and split modes on %s", (_label, node) => {
  it("fix: pull-request commits the fixed manifest through the Git Data API and opens one PR into the PR's branch", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request" } });
    expect(r.code).toBe(0);
    const tip = fake.refs.get(`heads/${BRANCH}`);
    expect(tip).toBeDefined();
    const commit = fake.commits.get(tip!)!;
    expect(commit.parents).toEqual([repo.headSha]);
    expect(commit.message).toContain("Iotedge-gpu-lint-fix: 7");
    expect(commit.message).toContain(`Iotedge-gpu-lint-base: ${repo.headSha}`);
    // the commit's tree: the manifest fixed exactly as the library fixes it, nothing else changed
    const files = fake.filesAt(tip!);
    const expected = fixText(repo.head[PATH]!, { filePath: PATH }).output;
    expect(files[PATH]).toBe(expected);
    expect(files[PATH]).toContain('"Mounts": [');
    expect(files[PATH]).not.toContain('"Binds"');
    expect(Object.keys(files).sort()).toEqual(Object.keys(repo.head).sort());
    // one pull request into the PR's head branch
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]).toMatchObject({ head: BRANCH, base: "feature", state: "open" });
    expect(fake.pulls[0]!.body).toContain("`no-host-binds`");
    expect(r.outputs["fix-branch"]).toBe(BRANCH);
    expect(r.outputs["fix-pull-request"]).toBe("https://github.com/contoso/edge/pull/100");
    expect(r.summary).toContain("Fix pull request: https://github.com/contoso/edge/pull/100");

    // a re-run with the same head changes nothing: no new commit, no second PR
    const commitsBefore = fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/git/commits")).length;
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request" } });
    expect(fake.refs.get(`heads/${BRANCH}`)).toBe(tip);
    expect(fake.pulls).toHaveLength(1);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/git/commits")).length).toBe(commitsBefore);
  });

  it("stops when the bot branch carries a commit the action did not make", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const foreign = fake.addCommit(repo.headSha, { "notes.txt": "mine\n" }, "a human commit");
    fake.refs.set(`heads/${BRANCH}`, foreign);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request" } });
    expect(r.code).toBe(0);
    expect(fake.refs.get(`heads/${BRANCH}`)).toBe(foreign);
    expect(fake.requests.filter((q) => q.method === "PATCH" && q.path.includes("/git/refs/"))).toHaveLength(0);
    expect(fake.pulls).toHaveLength(0);
    const notice = r.annotations.find((a) => a.level === "notice" && a.message.includes("did not make"));
    expect(notice?.message).toContain(foreign.slice(0, 7));
    expect(r.summary).toContain("did not make");
  });

  it("fix: push adds one commit on the PR branch (same repository)", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "push" } });
    expect(r.code).toBe(0);
    const tip = fake.refs.get("heads/feature")!;
    expect(tip).not.toBe(repo.headSha);
    expect(fake.commits.get(tip)!.parents).toEqual([repo.headSha]);
    expect(fake.filesAt(tip)[PATH]).toBe(fixText(repo.head[PATH]!, { filePath: PATH }).output);
    expect(r.outputs["fix-branch"]).toBe("feature");
  });

  it("fix-output: gpu-sibling writes <name>.gpu.template.json beside the manifest and leaves it alone", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", fix: "pull-request", "fix-output": "gpu-sibling" } });
    const files = fake.filesAt(fake.refs.get(`heads/${BRANCH}`)!);
    expect(files[PATH]).toBe(repo.head[PATH]);
    expect(files["deployment.gpu.template.json"]).toBe(fixText(repo.head[PATH]!, { filePath: PATH }).output);
  });

  it("pull_request_target: reads the PR's manifests through the API with no checkout, config from the base branch", async () => {
    // the PR tries to switch the rule off in its own config; the base branch's config wins
    const repo = bindsRepo({ ".iotedge-gpu-lint.yml": "rules:\n  no-host-binds: error\n" }, { ".iotedge-gpu-lint.yml": "rules:\n  no-host-binds: off\n" });
    const fake = await fakeFor(repo);
    const empty = mkdtempSync(join(tmpdir(), "igl-empty-ws-"));
    const r = await runAction({ node, index: suite.index(), workspace: empty, fake, event: "pull_request_target", inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    const contents = fake.requests.filter((q) => q.method === "GET" && q.path.includes("/contents/"));
    expect(contents.find((q) => q.path.endsWith(`/contents/${PATH}`))?.query.ref).toBe(repo.headSha);
    const cfg = contents.filter((q) => q.path.endsWith("/contents/.iotedge-gpu-lint.yml"));
    expect(cfg.map((q) => q.query.ref)).toEqual([repo.baseSha]);
    const review = fake.reviews[0]!;
    const bodies = (review.comments as { body: string; line: number }[]).map((c) => c.body);
    expect(bodies.some((b) => b.includes("no-host-binds"))).toBe(true);
    expect((review.comments as { body: string; line: number }[]).find((c) => c.body.includes("no-host-binds"))!.line).toBe(lineOf(repo.head[PATH]!, '"Binds"') + 2);
  });

  it("report: new keeps only findings whose value the pull request changed", async () => {
    const before = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } }, sensor: { HostConfig: {} } });
    const after = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } }, sensor: { HostConfig: { Binds: ["/home/hcsshares/share2:/in"] } } });
    const repo = makeRepo({ [PATH]: before }, { [PATH]: after });
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", report: "new" } });
    expect(r.code).toBe(0);
    const binds = r.annotations.filter((a) => a.props.title === "iotedge-gpu-lint: no-host-binds");
    expect(binds.map((a) => a.props.line)).toEqual([String(lineOf(after, '"/home/hcsshares/share2:/in"'))]);
  });

  it("report + post: the untrusted findings file is validated, then posted; a tampered file is rejected", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    // 1. pull_request run without a token, writing the findings file
    const rep = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { mode: "report", "findings-file": "out/findings.json", "fail-on": "never", "github-token": "" } });
    expect(rep.code).toBe(0);
    expect(fake.requests).toHaveLength(0);
    const data = JSON.parse(readFileSync(join(repo.dir, "out/findings.json"), "utf8"));
    expect(data.version).toBe(1);
    expect(data.pullRequest.number).toBe(7);
    expect(data.findings.some((f: { ruleId: string }) => f.ruleId === "no-host-binds")).toBe(true);

    // 2. workflow_run: a fresh workspace holding only the downloaded artifact
    const post = mkdtempSync(join(tmpdir(), "igl-post-ws-"));
    writeFileSync(join(post, "findings.json"), JSON.stringify(data));
    const payload = { workflow_run: { id: 1, event: "pull_request" }, repository: { full_name: "contoso/edge" } };
    const ok = await runAction({ node, index: suite.index(), workspace: post, fake, event: "workflow_run", payload, inputs: { mode: "post", "findings-file": "findings.json" } });
    expect(ok.code).toBe(0);
    expect(fake.requests.some((q) => q.method === "GET" && q.path === "/repos/contoso/edge/pulls/7")).toBe(true);
    expect(fake.reviews).toHaveLength(1);
    expect((fake.reviews[0]!.comments as { body: string }[]).some((c) => c.body.includes("no-host-binds"))).toBe(true);

    // 3. a file with an unexpected field (or a path escaping the repo) is refused before any write
    const writesBefore = fake.writes().length;
    const bad = { ...data, findings: [{ ...data.findings[0], path: "../../etc/passwd" }] };
    writeFileSync(join(post, "findings.json"), JSON.stringify(bad));
    const r1 = await runAction({ node, index: suite.index(), workspace: post, fake, event: "workflow_run", payload, inputs: { mode: "post", "findings-file": "findings.json" } });
    expect(r1.code).toBe(1);
    expect(r1.stdout).toContain("findings file rejected");
    writeFileSync(join(post, "findings.json"), JSON.stringify({ ...data, run: "curl evil" }));
    const r2 = await runAction({ node, index: suite.index(), workspace: post, fake, event: "workflow_run", payload, inputs: { mode: "post", "findings-file": "findings.json" } });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain("must NOT have additional properties");
    expect(fake.writes().length).toBe(writesBefore);
  });

  it("without a pull request, fix writes the fixed files into the workspace and never outside it", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, event: "push", payload: { ref: "refs/heads/feature" }, inputs: { fix: "pull-request", "fail-on": "error", sarif: "results.sarif" } });
    expect(readFileSync(join(repo.dir, PATH), "utf8")).toBe(fixText(repo.head[PATH]!, { filePath: PATH }).output);
    const sarif = JSON.parse(readFileSync(join(repo.dir, "results.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(r.outputs["sarif-file"]).toBe("results.sarif");
    const escaped = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, event: "push", payload: {}, inputs: { sarif: "../escape.sarif", "fail-on": "never" } });
    expect(escaped.code).toBe(1);
    expect(escaped.stdout).toContain("outside the workspace");
  });
});
