/**
 * The action's trust boundary end to end: manifest- and path-derived text is inert in every body
 * the loopback GitHub receives, only comments written by the token's own identity count as the
 * action's, one refused edit does not stop the review, and the log carries no injected command.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { DOCS_BASE } from "../../src/meta.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FakeGitHub } from "./fake-github.js";
import { actionSuite, makeRepo, NODES, runAction, type Repo } from "./action-harness.js";
import { lineOf, manifest } from "./action-fixtures.js";

const ZWJ = "\u200d";
const IMG = "Cam<img src=x onerror=alert(1)>";
const MENTION = "@octocat";
const PLANTED = "x<!-- iotedge-gpu-lint:deadbeefdeadbeef -->";
const PATH = "deployment.template.json";
const HUMAN = { login: "alice", type: "User" };
const MARKERS = /<!-- iotedge-gpu-lint:([0-9a-f]{16}) -->/g;

const suite = actionSuite();
const fakeFor = suite.fakeFor;

function bindsRepo(): Repo {
  return makeRepo({ [PATH]: manifest({ camera: { HostConfig: {} } }) }, { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } }) });
}

/** Every body the action sent: reviews, their comments, file-level comments, replies, issue comments, edits. */
function bodies(fake: FakeGitHub): string[] {
  const out: string[] = [];
  for (const r of fake.requests) {
    if (r.method === "GET" || r.body === undefined) continue;
    if (typeof r.body.body === "string") out.push(r.body.body);
    for (const c of (r.body.comments ?? []) as { body: string }[]) out.push(c.body);
  }
  return out;
}

/** Lines of the log a runner would run as workflow commands that are not the action's annotations. */
function foreignCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith("::") && !/^::(error|warning|notice|add-mask|debug)( [^:]*)?::/.test(l));
}

describe.each(NODES)("action trust on %s", (_label, node) => {
  it("posts hostile module and file names as inert text in every body", async () => {
    const evilPath = `${MENTION}/deploy|ment.template.json`;
    const mods = { [IMG]: { HostConfig: { Binds: ["/home/hcsshares/a:/a"] } }, [MENTION]: { HostConfig: { Binds: ["/home/hcsshares/b:/b"] } }, [PLANTED]: { HostConfig: { Binds: ["/home/hcsshares/c:/c"] } } };
    const other = "other/deployment.template.json";
    const repo = makeRepo({ [PATH]: manifest({ camera: {} }), [other]: manifest({ [`${MENTION}\n::error file=x::pwned\r::warning::y`]: { HostConfig: { Binds: ["/home/hcsshares/d:/d"] } } }) }, { [PATH]: manifest(mods), [evilPath]: manifest(mods) });
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", "only-changed": "false" } });
    expect(r.code).toBe(0);
    const all = bodies(fake);
    expect(all.length).toBeGreaterThan(3);
    for (const b of [...all, r.summary]) {
      // no live mention, no planted marker outside code, no raw HTML outside code spans
      expect(b.replace(/`[^`\n]*`/g, "")).not.toMatch(/@octocat|<img|<b>/);
      expect(b).not.toContain("deadbeefdeadbeef -->\n");
      expect([...b.matchAll(MARKERS)].map((m) => m[1])).not.toContain("deadbeefdeadbeef");
      expect(b).not.toMatch(/\r/);
    }
    // the review comment for the module named like an <img> tag, exactly
    const review = fake.requests.find((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/reviews")!;
    const imgComment = (review.body.comments as { path: string; body: string; line: number }[]).find((c) => c.path === PATH && c.body.includes("Cam&lt;img") && c.body.includes("no-host-binds"))!;
    expect(imgComment.body.split("\n").slice(0, 3).join("\n")).toBe(
      `**iotedge-gpu-lint** · [\`no-host-binds\`](${DOCS_BASE}no-host-binds.md) · error\n\n` +
        "module 'Cam&lt;img src=x onerror=alert(1)&gt;': HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts (Type bind for host directories, Type volume for SMB/NFS shares): {Type: volume, Source: \"a\", Target: \"/a\"}",
    );
    expect(imgComment.body.split("\n").at(-1)).toMatch(/^<!-- iotedge-gpu-lint:[0-9a-f]{16} -->$/);
    const mentionComment = (review.body.comments as { path: string; body: string }[]).find((c) => c.path === PATH && c.body.includes(`'@${ZWJ}octocat'`));
    expect(mentionComment).toBeDefined();
    // the sticky comment lists the other file's finding with the name escaped, on one line
    const sticky = fake.issueComments[0]!.body;
    expect(sticky).toContain(`- \`${other}\`:${lineOf(repo.head[other]!, "/home/hcsshares/d:/d")} [\`no-host-binds\`](${DOCS_BASE}no-host-binds.md) (error): module '@${ZWJ}octocat ::error file=x::pwned ::warning::y': HostConfig.Binds`);
    // the summary table names the hostile path and modules in code spans with escaped pipes
    expect(r.summary).toContain(`| \`@octocat/deploy\\|ment.template.json\` | \`x<${ZWJ}!-- iotedge-gpu-lint:deadbeefdeadbeef -->\` | \`kubernetes\` |`);
    // and the log has no injected workflow command
    expect(foreignCommands(r.stdout)).toEqual([]);
  });

  it("a human's comment carrying the marker is never hidden, edited, resolved or answered; a human's sticky marker is not ours", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo, { viewerCanResolve: true });
    // a first run tells us the finding's fingerprint
    const first = await fakeFor(repo, { ...fake.opts, pull: { ...fake.opts.pull } });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake: first, inputs: { "fail-on": "never" } });
    const fps = first.reviewComments.flatMap((c) => [...c.body.matchAll(MARKERS)].map((m) => m[1]!));
    expect(fps.length).toBeGreaterThan(0);

    // on the real PR, alice quotes every marker in her own review comment and in a sticky look-alike
    const quote = fake.addReviewComment({ path: PATH, line: lineOf(repo.head[PATH]!, '"Binds"'), body: `I disagree\n${fps.map((fp) => `<!-- iotedge-gpu-lint:${fp} -->`).join("\n")}`, user: HUMAN });
    const human = fake.addIssueComment("<!-- iotedge-gpu-lint:summary -->\nnot the bot", HUMAN);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    // the action posted its own comments for every finding, as it did without alice's comment
    expect(fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/reviews")).toHaveLength(1);
    const posted = fake.requests
      .filter((q) => q.method === "POST" && (q.path === "/repos/contoso/edge/pulls/7/reviews" || q.path === "/repos/contoso/edge/pulls/7/comments"))
      .flatMap((q) => [q.body.body as string, ...((q.body.comments ?? []) as { body: string }[]).map((c) => c.body)])
      .flatMap((b) => [...b.matchAll(MARKERS)].map((m) => m[1]));
    expect(posted.sort()).toEqual([...fps].sort());
    // nothing touched alice's comments
    const touched = fake.requests.filter((q) => q.method !== "GET" && (q.path.includes(`/${quote.id}`) || q.path.includes(`/${human.id}`)));
    expect(touched).toEqual([]);
    expect(human.body).toBe("<!-- iotedge-gpu-lint:summary -->\nnot the bot");
    expect(r.stdout).toContain("comments by github-actions[bot] (from viewer) carrying the iotedge-gpu-lint marker are the action's own");

    // the author fixes the Binds: the bot's own thread is resolved, alice's thread is left alone
    const sha = fake.addCommit(fake.opts.pull.headSha, { [PATH]: manifest({ camera: { HostConfig: { Mounts: [{ Type: "volume", Source: "share1", Target: "/data" }] } } }) }, "fix");
    fake.opts.pull.headSha = sha;
    fake.refs.set("heads/feature", sha);
    writeFileSync(join(repo.dir, PATH), fake.filesAt(sha)[PATH]!);
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(fake.resolved.has(`T_${quote.id}`)).toBe(false);
    expect(fake.requests.filter((q) => q.method !== "GET" && q.path.includes(`/${quote.id}`))).toEqual([]);
    const ours = fake.reviewComments.find((c) => c.user.login === "github-actions[bot]" && c.body.includes("no-host-binds"))!;
    expect(fake.resolved.has(`T_${ours.id}`)).toBe(true);
  });

  it("a 403 on one comment edit does not abandon the review", async () => {
    const repo = makeRepo(
      { [PATH]: manifest({ camera: { HostConfig: {} }, sensor: { HostConfig: {} } }) },
      { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } }, sensor: { HostConfig: {} } }) },
    );
    const fake = await fakeFor(repo);
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    const mine = fake.reviewComments.filter((c) => c.body.includes("no-host-binds"));
    expect(mine).toHaveLength(1);
    // its message went stale (e.g. an older version's wording): the next run edits it, GitHub refuses
    mine[0]!.body = mine[0]!.body.replace("HostConfig.Binds is not supported", "OLD WORDING");
    fake.faults.push({ match: `PATCH /repos/contoso/edge/pulls/comments/${mine[0]!.id}`, status: 403, times: 5, message: "Must have admin rights to Repository." });
    // and the author adds a second problem in another module
    const sha = fake.addCommit(fake.opts.pull.headSha, { [PATH]: manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } }, sensor: { HostConfig: { Binds: ["/home/hcsshares/s2:/in"] } } }) }, "more");
    fake.opts.pull.headSha = sha;
    fake.refs.set("heads/feature", sha);
    fake.opts.files = [{ filename: PATH, status: "modified", patch: `@@ -1,0 +1,${fake.filesAt(sha)[PATH]!.split("\n").length - 1} @@\n` + fake.filesAt(sha)[PATH]!.split("\n").slice(0, -1).map((l) => `+${l}`).join("\n") }];
    writeFileSync(join(repo.dir, PATH), fake.filesAt(sha)[PATH]!);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(fake.requests.filter((q) => q.method === "PATCH" && q.path === `/repos/contoso/edge/pulls/comments/${mine[0]!.id}`)).toHaveLength(1);
    // the new finding was still posted in a review, and the summary does not say the token cannot write
    const reviews = fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/reviews");
    expect(reviews).toHaveLength(2);
    expect((reviews[1]!.body.comments as { body: string }[]).some((c) => c.body.includes("module 'sensor'"))).toBe(true);
    expect(r.summary).not.toContain("cannot write");
    expect(r.stdout).toContain(`could not update review comment ${mine[0]!.id} (403)`);
  });

  it("with a user token (PAT) the identity comes from GET /user when GraphQL viewer is refused", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo, { identity: { login: "lint-bot", type: "User", viewer: false } });
    // a comment by github-actions[bot] with a marker is not this token's: it is ignored
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(fake.requests.some((q) => q.method === "GET" && q.path === "/user")).toBe(true);
    const posted = fake.reviewComments.length;
    expect(posted).toBeGreaterThan(0);
    expect(fake.reviewComments.every((c) => c.user.login === "lint-bot")).toBe(true);
    // a re-run recognises lint-bot's comments as its own: nothing is posted twice
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.stdout).toContain("comments by lint-bot (from user)");
    expect(fake.reviewComments.length).toBe(posted);
    expect(fake.requests.filter((q) => q.method === "POST" && q.path.endsWith("/pulls/7/reviews"))).toHaveLength(1);
  });

  it("with a GitHub App token the identity is the app's bot: comments by github-actions[bot] are not its own", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo, { identity: { login: "contoso-lint[bot]", type: "Bot" } });
    // the workflow token commented earlier (another workflow): same markers, another author
    const first = await fakeFor(repo, { ...fake.opts, pull: { ...fake.opts.pull }, identity: undefined });
    await runAction({ node, index: suite.index(), workspace: repo.dir, fake: first, inputs: { "fail-on": "never" } });
    for (const c of first.reviewComments) fake.addReviewComment({ path: c.path, line: c.line, body: c.body, user: c.user });
    const theirs = fake.reviewComments.length;
    expect(theirs).toBeGreaterThan(0);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never" } });
    expect(r.stdout).toContain("comments by contoso-lint[bot] (from viewer)");
    expect(fake.requests.some((q) => q.path === "/user")).toBe(false);
    // the app posts its own comments for every finding and edits none of the others
    expect(fake.reviewComments.filter((c) => c.user.login === "contoso-lint[bot]")).toHaveLength(theirs);
    expect(fake.requests.filter((q) => q.method === "PATCH")).toEqual([]);
  });

  it("mode: post treats the findings file as untrusted: foreign links dropped, names and messages escaped", async () => {
    const repo = bindsRepo();
    const fake = await fakeFor(repo);
    const rep = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { mode: "report", "findings-file": "out/findings.json", "fail-on": "never", "github-token": "" } });
    expect(rep.code).toBe(0);
    const data = JSON.parse(readFileSync(join(repo.dir, "out/findings.json"), "utf8"));
    const i = data.findings.findIndex((f: { ruleId: string }) => f.ruleId === "no-host-binds");
    // the artifact was tampered with: a phishing link, HTML, a mention, a planted marker, a forged module
    data.findings[i] = { ...data.findings[i], docs: "https://evil.test/rules/no-host-binds.md", message: `see ${IMG} ${MENTION} ${PLANTED} [click](https://evil.test)`, module: `${MENTION}\n::error::x` };
    const post = mkdtempSync(join(tmpdir(), "igl-post-ws-"));
    writeFileSync(join(post, "findings.json"), JSON.stringify(data));
    const payload = { workflow_run: { id: 1, event: "pull_request" }, repository: { full_name: "contoso/edge" } };
    const r = await runAction({ node, index: suite.index(), workspace: post, fake, event: "workflow_run", payload, inputs: { mode: "post", "findings-file": "findings.json" } });
    expect(r.code).toBe(0);
    const posted = bodies(fake);
    const binds = posted.find((b) => b.includes("`no-host-binds`"))!;
    expect(binds.split("\n").slice(0, 3)).toEqual([
      "**iotedge-gpu-lint** · `no-host-binds` · error",
      "",
      `see Cam&lt;img src=x onerror=alert(1)&gt; @${ZWJ}octocat x&lt;!-- iotedge-gpu-lint:deadbeefdeadbeef --&gt; \\[click\\](https:${ZWJ}//evil.test)`,
    ]);
    for (const b of [...posted, r.summary]) {
      expect(b).not.toContain("evil.test/rules");
      expect([...b.matchAll(MARKERS)].map((m) => m[1])).not.toContain("deadbeefdeadbeef");
    }
    const ann = r.annotations.find((a) => a.props.title === "iotedge-gpu-lint: no-host-binds")!;
    expect(ann.message).toBe(`see ${IMG} ${MENTION} ${PLANTED} [click](https://evil.test)`);
    expect(foreignCommands(r.stdout)).toEqual([]);
  });
});
