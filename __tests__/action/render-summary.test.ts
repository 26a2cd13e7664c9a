/** The job summary's "What Kubernetes will run" section. */
import { describe, expect, it } from "vitest";
import { MAX_RENDERED_MODULES, renderSummaryMarkdown } from "../../src/action/render-summary.js";
import { manifestText } from "../helpers/manifest.js";

const camera = {
  createOptions: {
    HostConfig: { PortBindings: { "5140/udp": [{ HostPort: "5140" }], "8080/tcp": [{ HostPort: "80" }] }, Mounts: [{ Type: "volume", Source: "camerain", Target: "/in" }] },
    "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 2 } }, strategy: { type: "Recreate" } },
  },
};
const head = manifestText({ modules: { camera, reporter: {} } });
const base = manifestText({ modules: { camera: {}, reporter: {} } });

describe("renderSummaryMarkdown", () => {
  it("one collapsed section per changed module: Deployment, Services and ports, PVCs, GPU request", () => {
    const md = renderSummaryMarkdown([{ path: "deploy/deployment.template.json", text: head, base }], "kubernetes");
    expect(md).toBe(
      [
        "### What Kubernetes will run",
        "",
        "The objects the IoT Edge Kubernetes agent would create for each changed module (`iotedge-gpu-lint render` prints them in full).",
        "",
        "<details><summary><code>deploy/deployment.template.json</code>: module <code>camera</code></summary>",
        "",
        "- Deployment `camera` (1 replica)",
        "- Service `camera` (LoadBalancer): 5140/UDP, 80→8080/TCP",
        "- PersistentVolumeClaims: `camerain`",
        "- GPU request: `nvidia.com/gpu: 2`",
        "- Dropped or changed in translation: 1 (rules: `mixed-tcp-udp-ports`)",
        "",
        "</details>",
        "",
        "",
      ].join("\n"),
    );
  });

  it("without a base every module is shown; nothing for another target or unchanged modules", () => {
    const all = renderSummaryMarkdown([{ path: "d.json", text: head }], "kubernetes");
    expect([...all.matchAll(/module <code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(["edgeAgent", "edgeHub", "camera", "reporter"]);
    expect(all).toContain("- GPU request: none");
    expect(renderSummaryMarkdown([{ path: "d.json", text: head }], "vm")).toBe("");
    expect(renderSummaryMarkdown([{ path: "d.json", text: head, base: head }], "kubernetes")).toBe("");
    expect(renderSummaryMarkdown([{ path: "d.json", text: "{ not json" }, { path: "e.json", text: '{"a":1}' }], "kubernetes")).toBe("");
  });

  it("escapes manifest-derived text", () => {
    const md = renderSummaryMarkdown([{ path: "a|b<i>.json", text: manifestText({ modules: { "x<img src=y>": {} } }) }], "kubernetes");
    expect(md).toContain("<code>a&#124;b&lt;i&gt;.json</code>: module <code>x&lt;img src=y&gt;</code>");
    expect(md).not.toContain("<img");
  });

  it(`at most ${MAX_RENDERED_MODULES} modules, then a count`, () => {
    const many = manifestText({ modules: Object.fromEntries(Array.from({ length: MAX_RENDERED_MODULES + 5 }, (_, i) => [`m${i}`, {}])) });
    const md = renderSummaryMarkdown([{ path: "d.json", text: many }], "kubernetes");
    expect(md.match(/<details>/g)).toHaveLength(MAX_RENDERED_MODULES);
    expect(md).toContain(`_7 more module(s) not shown; run \`iotedge-gpu-lint render <manifest>\` locally._`);
  });
});
