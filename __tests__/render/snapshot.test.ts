/**
 * The full YAML of the FPGA and GPU example templates, pinned in __snapshots__/*.yaml. A change
 * to the rendering shows up in review as a diff of those files; regenerate them only deliberately
 * (`npx vitest run __tests__/render/snapshot.test.ts -u`) after reading the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderKubernetes } from "../../src/render/index.js";
import { renderYaml } from "../../src/render/yaml.js";

const ROOT = join(__dirname, "..", "..");

describe("rendered YAML of the example templates", () => {
  for (const name of ["fpga", "gpu"]) {
    it(`examples/${name}/deployment.template.json`, async () => {
      const file = `examples/${name}/deployment.template.json`;
      const yaml = renderYaml(renderKubernetes(readFileSync(join(ROOT, file), "utf8"), { filePath: file }));
      await expect(yaml).toMatchFileSnapshot(join(__dirname, "__snapshots__", `${name}.deployment.template.yaml`));
    });
  }

  it("docs/render.md shows the current output for its FPGA example", () => {
    const docs = readFileSync(join(ROOT, "docs", "render.md"), "utf8");
    const after = docs.slice(docs.indexOf("`iotedge-gpu-lint render examples/fpga/deployment.template.json --module ImageScorer`:"));
    const shown = after.slice(after.indexOf("```yaml\n") + 8, after.indexOf("```\n", after.indexOf("```yaml\n") + 8));
    const file = "examples/fpga/deployment.template.json";
    expect(shown).toBe(renderYaml(renderKubernetes(readFileSync(join(ROOT, file), "utf8"), { filePath: file, module: "ImageScorer" })));
  });

  it("is stable: the same text twice", () => {
    const file = "examples/gpu/deployment.template.json";
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(renderYaml(renderKubernetes(text, { filePath: file }))).toBe(renderYaml(renderKubernetes(text, { filePath: file })));
  });
});
