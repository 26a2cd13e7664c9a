import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/meta.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { "runs-on": string; needs?: string | string[]; permissions?: Record<string, string>; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] };
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(readFileSync(join(root, ".github", "workflows", name), "utf8")) as Workflow;
const runs = (job: Job) => job.steps.map((s) => s.run ?? "").join("\n");

describe("ci.yml", () => {
  const ci = workflow("ci.yml");

  it("runs on push and pull_request with read-only permissions", () => {
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(ci.permissions).toEqual({ contents: "read" });
  });

  it("tests with npm ci && npm test on ubuntu-latest for Node 20 and 24", () => {
    const test = ci.jobs.test!;
    expect(test["runs-on"]).toBe("ubuntu-latest");
    expect(test.strategy!.matrix.node).toEqual([20, 24]);
    expect(test.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))!.with!["node-version"]).toBe("${{ matrix.node }}");
    expect(runs(test)).toContain("npm ci && npm test");
  });

  it("runs this repository's action on examples/", () => {
    const action = Object.values(ci.jobs).find((j) => j.steps.some((s) => s.uses === "./"))!;
    expect(action["runs-on"]).toBe("ubuntu-latest");
    expect(String(action.steps.find((s) => s.uses === "./")!.with!.files)).toMatch(/^examples\//);
  });
});

describe("release.yml", () => {
  const rel = workflow("release.yml");
  const jobs = Object.values(rel.jobs);
  const all = jobs.map(runs).join("\n");

  it("runs on v*.*.* tags only, read-only by default; write access only where the release is made", () => {
    expect(rel.on).toEqual({ push: { tags: ["v*.*.*"] } });
    expect(rel.permissions).toEqual({ contents: "read" });
    expect(rel.jobs.release!.permissions).toEqual({ contents: "write" });
    expect(rel.jobs.test!.permissions).toBeUndefined();
    expect(rel.jobs.release!.needs).toBe("test");
  });

  it("tests and checks dist/ before releasing", () => {
    expect(runs(rel.jobs.test!)).toContain("npm ci && npm test");
    expect(runs(rel.jobs.test!)).toContain("node scripts/check-dist.mjs");
  });

  it("creates the GitHub release with the CHANGELOG section as notes and moves the major tag", () => {
    const release = runs(rel.jobs.release!);
    expect(release).toContain("CHANGELOG.md > release-notes.md");
    expect(release).toMatch(/gh release create "\$GITHUB_REF_NAME" .*--notes-file release-notes\.md/);
    expect(release).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(release).toMatch(/git tag -fa "\$major"/);
    expect(release).toContain('git push origin "refs/tags/$major" --force');
    expect(all).not.toContain("secrets.");
  });

  it("its notes step takes exactly this version's CHANGELOG section", () => {
    const step = rel.jobs.release!.steps.find((s) => s.run?.includes("release-notes.md") && s.run.includes("awk"))!;
    const dir = mkdtempSync(join(tmpdir(), "notes-"));
    copyFileSync(join(root, "CHANGELOG.md"), join(dir, "CHANGELOG.md"));
    execFileSync("bash", ["-e", "-c", step.run!], { cwd: dir, env: { ...process.env, GITHUB_REF_NAME: `v${VERSION}` } });
    const notes = readFileSync(join(dir, "release-notes.md"), "utf8");
    const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
    const start = changelog.indexOf(`## [${VERSION}]`);
    const section = changelog.slice(changelog.indexOf("\n", start) + 1, changelog.indexOf("\n[", start) + 1);
    expect(notes).toBe(section);
    expect(notes).toContain("### Added");
  });
});
