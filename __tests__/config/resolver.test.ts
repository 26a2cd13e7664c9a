import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, ConfigResolver, lintFilesDetailed } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), "resolver-"));
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "a", "b"), { recursive: true });
  mkdirSync(join(root, "c"));
  writeFileSync(join(root, ".iotedge-gpu-lint.yml"), "rules:\n  host-network: off\n");
  writeFileSync(join(root, "c", ".iotedge-gpu-lint.yml"), "rules:\n  host-network: info\n");
  return root;
}

describe("ConfigResolver: a run's configuration, found and loaded once", () => {
  it("gives the nearest configuration above a file, one object per configuration file", () => {
    const root = workspace();
    const configs = new ConfigResolver({ cwd: root });
    const top = configs.forFile(join(root, "deployment.json"));
    expect(top.rules).toEqual({ "host-network": "off" });
    expect(configs.forFile(join(root, "a", "b", "deployment.json"))).toBe(top);
    expect(configs.forFile("a/deployment.json")).toBe(top);
    expect(configs.forFile(join(root, "c", "deployment.json")).rules).toEqual({ "host-network": "info" });
    expect(configs.local).toBe(top);
  });

  it("reads a configuration file once per run: an edit during the run is seen by the next run only", () => {
    const root = workspace();
    const configs = new ConfigResolver({ cwd: root });
    expect(configs.forFile(join(root, "a", "x.json")).rules).toEqual({ "host-network": "off" });
    writeFileSync(join(root, ".iotedge-gpu-lint.yml"), "rules:\n  host-network: warning\n");
    expect(configs.forFile(join(root, "a", "b", "x.json")).rules).toEqual({ "host-network": "off" });
    expect(new ConfigResolver({ cwd: root }).forFile(join(root, "a", "x.json")).rules).toEqual({ "host-network": "warning" });
  });

  it("applies --config to every file and checks it when made", () => {
    const root = workspace();
    writeFileSync(join(root, "strict.yml"), "rules:\n  host-network: error\n");
    const configs = new ConfigResolver({ cwd: root, config: "strict.yml" });
    expect(configs.forFile(join(root, "c", "x.json")).rules).toEqual({ "host-network": "error" });
    expect(() => new ConfigResolver({ cwd: root, config: "missing.yml" })).toThrow(ConfigError);
  });

  it("is what lintFiles uses when given one", async () => {
    const root = workspace();
    const text = manifestText({ modules: { cam: { createOptions: { HostConfig: { NetworkMode: "host" } } } } }, "string");
    writeFileSync(join(root, "c", "deployment.json"), text);
    const configs = new ConfigResolver({ cwd: root });
    configs.forFile(join(root, "c", "deployment.json"));
    // the file on disk now says off; the run's resolver has already read it as info
    writeFileSync(join(root, "c", ".iotedge-gpu-lint.yml"), "rules:\n  host-network: off\n");
    const run = await lintFilesDetailed(["c"], { cwd: root, configs });
    expect(run.results[0]!.messages.filter((m) => m.ruleId === "host-network").map((m) => m.severity)).toEqual(["info"]);
  });
});
