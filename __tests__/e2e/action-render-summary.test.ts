/**
 * The built action writes the "What Kubernetes will run" section into the job summary, for the
 * modules a pull request changes (report: new reads the base, so unchanged modules are left out).
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "./fake-github.js";
import { buildAction, makeRepo, NODES, runAction, seed } from "./action-harness.js";
import { manifest } from "./action-fixtures.js";

const PATH = "deployment.template.json";
let index = "";
beforeAll(() => {
  index = buildAction();
}, 300_000);

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.stop();
});

describe("action job summary: What Kubernetes will run", () => {
  it("a collapsed section for the changed module only", async () => {
    const repo = makeRepo(
      { [PATH]: manifest({ camera: { HostConfig: {} }, reporter: {} }) },
      { [PATH]: manifest({ camera: { HostConfig: { PortBindings: { "5012/tcp": [{ HostPort: "5012" }] } } }, reporter: {} }) },
    );
    const fake = new FakeGitHub({
      owner: "contoso",
      repo: "edge",
      pull: { number: 7, headSha: repo.headSha, headRef: "feature", headRepo: "contoso/edge", baseSha: repo.baseSha, baseRef: "main", baseRepo: "contoso/edge" },
      files: repo.files,
    });
    seed(fake, repo);
    await fake.start();
    fakes.push(fake);
    const r = await runAction({ node: NODES[0]![1], index, workspace: repo.dir, fake, inputs: { report: "new", "fail-on": "never" } });
    expect(r.code).toBe(0);
    const section = r.summary.slice(r.summary.indexOf("### What Kubernetes will run"));
    expect(section).toContain(
      "<details><summary><code>deployment.template.json</code>: module <code>camera</code></summary>\n\n- Deployment `camera` (1 replica)\n- Service `camera` (LoadBalancer): 5012/TCP\n- GPU request: none\n",
    );
    expect(section.match(/<details>/g)).toHaveLength(1);
  });
});
