import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { VERSION, docsUrl } from "../../src/meta.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

describe("version and docs links", () => {
  it("src/meta.ts and package.json name the same version", () => {
    expect(VERSION).toBe(pkg.version);
  });

  it("CHANGELOG.md has a dated section for the version", () => {
    const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(new RegExp(`^## \\[${VERSION.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
  });

  it("docs links point at the rule page of this version's tag, and the page exists", () => {
    expect(docsUrl("no-host-binds")).toBe(`https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v${VERSION}/rules/no-host-binds.md`);
    for (const r of builtinRules) {
      expect(existsSync(join(root, "rules", `${r.meta.id}.md`)), r.meta.id).toBe(true);
      expect(r.meta.docs ?? docsUrl(r.meta.id)).not.toContain("/blob/main/");
    }
  });
});
