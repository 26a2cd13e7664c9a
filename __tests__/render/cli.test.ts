/** The `render` subcommand through runCli (the bundled CLI is covered by __tests__/e2e/render-cli.test.ts). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { parse, parseAllDocuments } from "yaml";

const ROOT = join(__dirname, "..", "..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd: ROOT, env: {}, isTTY: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe("iotedge-gpu-lint render", () => {
  it("prints multi-document YAML: per module ServiceAccount, Service, Deployment, in manifest order", async () => {
    const r = await cli(["render", "examples/fpga/deployment.template.json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      "ServiceAccount/edgeagent",
      "Deployment/edgeagent",
      "ServiceAccount/edgehub",
      "Service/edgehub",
      "Deployment/edgehub",
      "ServiceAccount/cameracapture",
      "Service/cameracapture",
      "Deployment/cameracapture",
      "ServiceAccount/imagescorer",
      "Service/imagescorer",
      "Deployment/imagescorer",
      "ServiceAccount/localstorage",
      "Service/localstorage",
      "Deployment/localstorage",
    ]);
    expect(r.stdout.startsWith("# Rendered from a deployment template: placeholders")).toBe(true);
    expect(r.stdout).toContain('    # from settings.createOptions.HostConfig.PortBindings["5012/tcp"]\n    - name: hostport-5012-tcp\n');
    expect(r.stdout).toContain("# - [no-host-binds] Binds \"/home/hcsshares/camerain:/data/in\" becomes a hostPath volume");
  });

  it("--module, --namespace, --service-type and --storage-class", async () => {
    const r = await cli(["render", "examples/gpu/deployment.template.json", "--module", "imagescorer", "--namespace", "edge", "--service-type", "clusterip", "--storage-class", "ase-node-local", "--pvc-size-mb", "2048"]);
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS() as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(docs.map((d) => `${d.kind}/${d.metadata.namespace}/${d.metadata.name}`)).toEqual([
      "PersistentVolumeClaim/edge/models",
      "PersistentVolumeClaim/edge/results",
      "ServiceAccount/edge/imagescorer",
      "Service/edge/imagescorer",
      "Deployment/edge/imagescorer",
    ]);
    expect(docs[3]!.spec.type).toBe("ClusterIP");
    expect(docs[0]!.spec).toEqual({ accessModes: ["ReadOnlyMany"], resources: { requests: { storage: "2048Mi" } }, storageClassName: "ase-node-local" });
  });

  it("-o writes one file per module and lists them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    dirs.push(dir);
    const r = await cli(["render", "examples/gpu/deployment.template.json", "-o", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["cameracapture.yaml", "edgeagent.yaml", "edgehub.yaml", "imagescorer.yaml", "localstorage.yaml"]);
    expect(r.stdout.split("\n").filter(Boolean).map((l) => l.slice(dir.length + 1))).toEqual(["edgeagent.yaml", "edgehub.yaml", "cameracapture.yaml", "imagescorer.yaml", "localstorage.yaml"]);
    const text = readFileSync(join(dir, "imagescorer.yaml"), "utf8");
    expect(text.startsWith("# Rendered from a deployment template")).toBe(true);
    expect(parse(text.split("---\n")[0]!)).toMatchObject({ kind: "ServiceAccount", metadata: { name: "imagescorer" } });
  });

  it.each([
    [["render"], "iotedge-gpu-lint: render: give one manifest file (see render --help)\n"],
    [["render", "a.json", "b.json"], "iotedge-gpu-lint: render: give one manifest file, not 2 (see render --help)\n"],
    [["render", "x.json", "--service-type", "External"], "iotedge-gpu-lint: --service-type: unknown type 'External'; use LoadBalancer, ClusterIP, NodePort (see render --help)\n"],
    [["render", "x.json", "--namespace", "Bad_NS"], "iotedge-gpu-lint: --namespace: 'Bad_NS' is not a Kubernetes namespace name (a DNS-1123 label) (see render --help)\n"],
    [["render", "missing.json"], "iotedge-gpu-lint: cannot read missing.json (ENOENT)\n"],
    [["render", "package.json"], "iotedge-gpu-lint: package.json: not an IoT Edge deployment manifest (no modulesContent, $edgeAgent or properties.desired.modules)\n"],
    [["render", "examples/gpu/deployment.template.json", "--module", "nope"], "iotedge-gpu-lint: examples/gpu/deployment.template.json: no module 'nope'; the modules are edgeAgent, edgeHub, cameracapture, imagescorer, localstorage\n"],
    [["render", "x.json", "--pvc-size-mb", "1.5"], "iotedge-gpu-lint: --pvc-size-mb: expected a whole number of megabytes, got '1.5' (see render --help)\n"],
    [["render", "x.json", "--bogus"], "iotedge-gpu-lint: Unknown option '--bogus' (see render --help)\n"],
  ])("%j exits 2 with one line", async (args, message) => {
    const r = await cli(args);
    expect(r).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("render --help", async () => {
    const r = await cli(["render", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("Usage: iotedge-gpu-lint render <manifest> [options]\n")).toBe(true);
  });
});
