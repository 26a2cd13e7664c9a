/**
 * The action's targets (`target: vm`, `target: kubernetes,vm`), `working-directory`, the outputs
 * `infos` / `fix-commit-sha` / `fix-pull-request-number` and `fail-on` after a fix commit, end to
 * end against the loopback GitHub. The target tests hold with any VM rule set: they assert the
 * structure and rules that apply to both targets (create-options-object, invalid-create-options).
 */
import { readFileSync } from "node:fs";
import { DOCS_BASE } from "../../src/meta.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import type { FakeGitHub } from "./fake-github.js";
import { actionSuite, makeRepo, NODES, runAction, type Repo } from "./action-harness.js";
import { lineOf, manifest } from "./action-fixtures.js";

const MARKER = /<!-- iotedge-gpu-lint:([0-9a-f]{16}) -->/;
const DOCS = DOCS_BASE;
const BRANCH = "iotedge-gpu-lint/fix/7";

const suite = actionSuite();
const fakeFor = suite.fakeFor;

/** A generated (non-template) manifest: `cam` with an object createOptions (fixable), `bad` with createOptions that is not JSON (no fix). */
function generated(): string {
  const d = JSON.parse(manifest({ cam: { HostConfig: { Privileged: false } }, bad: {} }));
  d.modulesContent.$edgeAgent["properties.desired"].modules.bad.settings.createOptions = "{not json";
  return JSON.stringify(d, null, 2) + "\n";
}

const GEN = "deployment.json";

function targetsRepo(): Repo {
  return makeRepo({ "README.md": "hi\n" }, { [GEN]: generated() });
}

const calls = (fake: FakeGitHub) => fake.requests.map((q) => `${q.method} ${q.path}`);

type Comment = { path: string; body: string; line: number; start_line?: number };
const reviewComments = (fake: FakeGitHub): Comment[] =>
  fake.requests.filter((q) => q.method === "POST" && q.path === "/repos/contoso/edge/pulls/7/reviews").flatMap((q) => q.body.comments as Comment[]);

describe.each(NODES)("action targets on %s", (_label, node) => {
  it("target: vm reviews for the VM: comments, annotations, summary and SARIF name the target", async () => {
    const repo = targetsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", target: "vm", sarif: "results.sarif" } });
    expect(r.code).toBe(0);
    expect(calls(fake)).toEqual([
      "GET /repos/contoso/edge/pulls/7/files",
      `GET /repos/contoso/edge/contents/${GEN}`,
      "POST /graphql",
      "GET /repos/contoso/edge/pulls/7/files",
      "GET /repos/contoso/edge/pulls/7/comments",
      "POST /repos/contoso/edge/pulls/7/reviews",
      "GET /repos/contoso/edge/issues/7/comments",
    ]);
    const comments = reviewComments(fake);
    expect(comments.length).toBeGreaterThanOrEqual(2);
    for (const c of comments) expect(c.body.split("\n")[0]).toMatch(/ · (error|warning|info) · target `vm`$/);
    const text = repo.head[GEN]!;
    const expected = lintText(text, { filePath: GEN, target: "vm" }).messages.find((m) => m.ruleId === "invalid-create-options")!;
    const bad = comments.find((c) => c.body.includes("`invalid-create-options`"))!;
    expect(bad).toMatchObject({ path: GEN, line: lineOf(text, '"{not json"') });
    expect(bad.body).toBe(
      `**iotedge-gpu-lint** · [\`invalid-create-options\`](${DOCS}invalid-create-options.md) · error · target \`vm\`\n\n` +
        "module 'bad': createOptions is not valid JSON: Unexpected character 'n'; expected a property name in double quotes; the IoT Edge agent cannot create this module\n" +
        `<!-- iotedge-gpu-lint:${expected.fingerprint} -->`,
    );
    expect(comments.some((c) => c.body.includes("`create-options-object`") && c.body.includes("```suggestion"))).toBe(true);
    // annotations carry the target in their title
    const titles = r.annotations.filter((a) => a.props.title?.startsWith("iotedge-gpu-lint: ")).map((a) => a.props.title);
    expect(titles).toContain("iotedge-gpu-lint: invalid-create-options (vm)");
    expect(titles.every((t) => t!.endsWith(" (vm)"))).toBe(true);
    // summary: the VM readiness, one row per module, no kubernetes rows
    expect(r.summary.startsWith("## iotedge-gpu-lint: IoT Edge 1.6 VM migration readiness\n")).toBe(true);
    expect(r.summary).toContain("| `deployment.json` | `bad` | `vm` | ⛔ needs a code change |");
    expect(r.summary).not.toContain("| `kubernetes` |");
    // SARIF: one run, categorised by target
    const log = JSON.parse(readFileSync(join(repo.dir, "results.sarif"), "utf8"));
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].automationDetails).toMatchObject({ id: "iotedge-gpu-lint/vm/" });
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain("invalid-create-options");
    expect(Number(r.outputs.errors)).toBe(lintText(text, { filePath: GEN, target: "vm" }).errorCount);
  });

  it("target: kubernetes,vm reviews both, with per-target markers, SARIF runs and copies (.gpu.json and .vm.json)", async () => {
    const repo = targetsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", target: "kubernetes,vm", sarif: "results.sarif", fix: "pull-request", "fix-output": "gpu-sibling" } });
    expect(r.code).toBe(0);
    const text = repo.head[GEN]!;
    const comments = reviewComments(fake);
    const bad = comments.filter((c) => c.body.includes("`invalid-create-options`"));
    expect(bad.map((c) => c.body.split("\n")[0])).toEqual([
      `**iotedge-gpu-lint** · [\`invalid-create-options\`](${DOCS}invalid-create-options.md) · error · target \`kubernetes\``,
      `**iotedge-gpu-lint** · [\`invalid-create-options\`](${DOCS}invalid-create-options.md) · error · target \`vm\``,
    ]);
    const [k8s, vm] = bad.map((c) => MARKER.exec(c.body)![1]);
    expect(k8s).not.toBe(vm);
    expect(k8s).toBe(lintText(text, { filePath: GEN }).messages.find((m) => m.ruleId === "invalid-create-options")!.fingerprint);
    expect(vm).toBe(lintText(text, { filePath: GEN, target: "vm" }).messages.find((m) => m.ruleId === "invalid-create-options")!.fingerprint);
    // one suggestion per line: the second target's fix on the same lines is a plain comment
    expect(comments.filter((c) => c.body.includes("`create-options-object`"))).toHaveLength(2);

    // the fix commit holds both copies, each fixed for its target; the manifest is untouched
    const tip = fake.refs.get(`heads/${BRANCH}`)!;
    const files = fake.filesAt(tip);
    expect(files[GEN]).toBe(text);
    expect(files["deployment.gpu.json"]).toBe(fixText(text, { filePath: GEN, target: "kubernetes" }).output);
    expect(files["deployment.vm.json"]).toBe(fixText(text, { filePath: GEN, target: "vm" }).output);
    expect(r.outputs["fix-commit-sha"]).toBe(tip);
    expect(r.outputs["fix-pull-request-number"]).toBe("100");
    expect(r.outputs["fix-pull-request"]).toBe("https://github.com/contoso/edge/pull/100");
    expect(calls(fake)).toEqual([
      "GET /repos/contoso/edge/pulls/7/files",
      `GET /repos/contoso/edge/contents/${GEN}`,
      "POST /graphql",
      "GET /repos/contoso/edge/pulls/7/files",
      "GET /repos/contoso/edge/pulls/7/comments",
      "POST /repos/contoso/edge/pulls/7/reviews",
      `GET /repos/contoso/edge/git/ref/heads/${BRANCH}`,
      "GET /repos/contoso/edge/pulls",
      `GET /repos/contoso/edge/git/commits/${repo.headSha}`,
      "POST /repos/contoso/edge/git/blobs",
      "POST /repos/contoso/edge/git/blobs",
      "POST /repos/contoso/edge/git/trees",
      "POST /repos/contoso/edge/git/commits",
      "POST /repos/contoso/edge/git/refs",
      "POST /repos/contoso/edge/pulls",
      "GET /repos/contoso/edge/issues/7/comments",
    ]);

    // summary: one row per module and target
    expect(r.summary.startsWith("## iotedge-gpu-lint: GPU (Kubernetes) and IoT Edge 1.6 VM migration readiness\n")).toBe(true);
    for (const t of ["kubernetes", "vm"]) {
      expect(r.summary).toContain(`| \`deployment.json\` | \`bad\` | \`${t}\` | ⛔ needs a code change |`);
      expect(r.summary).toMatch(new RegExp(`\\| \`deployment\\.json\` \\| \`cam\` \\| \`${t}\` \\| `));
    }
    // SARIF: one run per target, each categorised
    const log = JSON.parse(readFileSync(join(repo.dir, "results.sarif"), "utf8"));
    expect(log.runs.map((x: { automationDetails: { id: string } }) => x.automationDetails.id)).toEqual(["iotedge-gpu-lint/kubernetes/", "iotedge-gpu-lint/vm/"]);
    const fps = (run: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }) => run.results.find((x) => x.ruleId === "invalid-create-options")!.partialFingerprints["iotedgeGpuLint/v1"];
    expect([fps(log.runs[0]), fps(log.runs[1])]).toEqual([k8s, vm]);
  });

  it("refuses in-place fixes for two targets, and an unknown target", async () => {
    const repo = targetsRepo();
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { target: "kubernetes,vm", fix: "push" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fix with two targets needs 'fix-output: gpu-sibling'");
    const r2 = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { target: "docker" } });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain("input 'target' must be kubernetes, vm or kubernetes,vm (got 'docker')");
    expect(fake.writes()).toEqual([]);
  });

  it("working-directory: config, globs and SARIF relative to it; review paths repository-relative", async () => {
    const sub = "svc/edge/deployment.template.json";
    const bindsHead = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } });
    const repo = makeRepo(
      { [sub]: manifest({ camera: {} }), "svc/edge/.iotedge-gpu-lint.yml": "rules:\n  recreate-strategy: \"off\"\n", "deployment.template.json": manifest({ camera: {} }) },
      { [sub]: bindsHead, "deployment.template.json": bindsHead },
    );
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "never", "working-directory": "./svc/edge/", files: "*.json", sarif: "out.sarif", "only-changed": "false" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("configuration: svc/edge/.iotedge-gpu-lint.yml");
    const comments = reviewComments(fake);
    expect(comments.length).toBeGreaterThan(0);
    expect(new Set(comments.map((c) => c.path))).toEqual(new Set([sub]));
    expect(comments.some((c) => c.body.includes("recreate-strategy"))).toBe(false);
    expect(comments.find((c) => c.body.includes("`no-host-binds`"))).toMatchObject({ start_line: lineOf(bindsHead, '"Binds"'), line: lineOf(bindsHead, '"Binds"') + 2 });
    const files = new Set(r.annotations.filter((a) => a.props.file !== undefined).map((a) => a.props.file));
    expect(files).toEqual(new Set([sub]));
    expect(r.outputs["sarif-file"]).toBe("svc/edge/out.sarif");
    const log = JSON.parse(readFileSync(join(repo.dir, "svc/edge/out.sarif"), "utf8"));
    expect(new Set(log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set([sub]));
    // a working directory outside the repository is refused
    const out = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "working-directory": "../elsewhere" } });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("input 'working-directory' must stay inside the repository");
  });

  it("decides the configuration as the CLI does: the nearest folder's file; two in one folder are an error", async () => {
    const text = manifest({ camera: { HostConfig: { Binds: ["/data:/data"] } } });
    const two = makeRepo(
      { "deployment.json": manifest({ camera: {} }), ".iotedge-gpu-lint.yml": "rules: {}\n", ".iotedge-gpu-lint.json": "{}\n" },
      { "deployment.json": text },
    );
    const r = await runAction({ node, index: suite.index(), workspace: two.dir, fake: await fakeFor(two), inputs: { "fail-on": "never" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("the repository root: several configuration files (.iotedge-gpu-lint.yml, .iotedge-gpu-lint.json); keep one");
    const nested = makeRepo(
      { "deployment.json": manifest({ camera: {} }), ".iotedge-gpu-lint.yml": "rules:\n  no-host-binds: off\n", "svc/.iotedge-gpu-lint.json": '{"rules": {"no-host-binds": "info"}}\n', "svc/deployment.json": manifest({ camera: {} }) },
      { "svc/deployment.json": text },
    );
    const ok = await runAction({ node, index: suite.index(), workspace: nested.dir, fake: await fakeFor(nested), inputs: { "fail-on": "never", "working-directory": "./svc/" } });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("configuration: svc/.iotedge-gpu-lint.json");
  });

  it("outputs infos, fix-commit-sha and fix-pull-request-number; fail-on counts what the fix commit leaves", async () => {
    const head = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } });
    const path = "deployment.template.json";
    const repo = makeRepo({ [path]: manifest({ camera: { HostConfig: {} } }) }, { [path]: head });
    const fake = await fakeFor(repo);
    const before = lintText(head, { filePath: path });
    const after = lintText(fixText(head, { filePath: path }).output, { filePath: path });
    expect(before.errorCount).toBeGreaterThan(0);
    expect(after.errorCount).toBe(0);
    expect(after.infoCount).toBeGreaterThan(0);
    // without fix: the errors fail the step
    const plain = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "error", review: "false" } });
    expect(plain.code).toBe(1);
    expect(plain.outputs).toMatchObject({ errors: String(before.errorCount), warnings: String(before.warningCount), infos: String(before.infoCount), "fix-commit-sha": "", "fix-pull-request-number": "", "fix-pull-request": "" });
    // with the fix commit made, only what is left counts: no error is left, the infos are
    const fixed = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "error", review: "false", fix: "pull-request" } });
    expect(fixed.code).toBe(0);
    const tip = fake.refs.get(`heads/${BRANCH}`)!;
    expect(fixed.outputs).toMatchObject({ errors: String(before.errorCount), infos: String(before.infoCount), "fix-commit-sha": tip, "fix-pull-request-number": "100", "fix-branch": BRANCH });
    expect(fixed.stdout).toContain(`after the fixes: 0 error(s), 0 warning(s), ${after.infoCount} info(s) left`);
    const info = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, inputs: { "fail-on": "info", review: "false", fix: "pull-request" } });
    expect(info.code).toBe(1);
    expect(info.stdout).toContain(`iotedge-gpu-lint: ${after.infoCount} finding(s) at or above 'info' left after the fixes`);
    // the re-runs found the branch as it was: same commit, same pull request
    expect(info.outputs["fix-commit-sha"]).toBe(tip);
    expect(info.outputs["fix-pull-request-number"]).toBe("100");
    expect(fake.pulls).toHaveLength(1);
  });

  it("a push run with fix writes the fixed files and logs their hostile names inertly", async () => {
    const evil = "dir\n::error file=x::pwned\r::warning::y.template.json";
    const head = manifest({ camera: { HostConfig: { Binds: ["/home/hcsshares/share1:/data"] } } });
    const repo = makeRepo({}, { [evil]: head });
    const fake = await fakeFor(repo);
    const r = await runAction({ node, index: suite.index(), workspace: repo.dir, fake, event: "push", payload: {}, inputs: { fix: "pull-request", "fail-on": "error" } });
    expect(r.code).toBe(0);
    expect(readFileSync(join(repo.dir, evil), "utf8")).toBe(fixText(head, { filePath: evil }).output);
    expect(r.stdout).toContain("fixed 1 file(s) in the workspace: dir\\n::error file=x::pwned\\r::warning::y.template.json\n");
    const commands = r.stdout.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith("::") && !/^::(error|warning|notice|add-mask|debug)( [^:]*)?::/.test(l));
    expect(commands).toEqual([]);
  });
});
