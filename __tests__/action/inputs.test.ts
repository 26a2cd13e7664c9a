import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseTargets, parseWorkingDirectory, readInputs } from "../../src/action/inputs.js";

const ROOT = join(import.meta.dirname, "..", "..");
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const docs = readFileSync(join(ROOT, "docs", "action.md"), "utf8");

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("action inputs", () => {
  it("action.yml, docs/action.md and readInputs name the same inputs and outputs", () => {
    const read: string[] = [];
    const env = new Proxy(process.env, {
      get(t, k) {
        if (typeof k === "string" && k.startsWith("INPUT_")) read.push(k.slice(6).toLowerCase());
        return Reflect.get(t, k);
      },
    });
    process.env = env;
    readInputs();
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)));
    for (const name of Object.keys(action.inputs)) expect(docs).toContain(`| \`${name}\` |`);
    for (const name of ["errors", "warnings", "infos", "fixable", "sarif-file", "fix-branch", "fix-commit-sha", "fix-pull-request", "fix-pull-request-number"]) {
      expect(Object.keys(action.outputs)).toContain(name);
      expect(docs).toContain(`\`${name}\``);
    }
    expect(Object.keys(action.outputs)).toHaveLength(9);
  });

  it("target: kubernetes, vm or both, each once, in order", () => {
    expect(parseTargets("vm", "t")).toEqual(["vm"]);
    expect(parseTargets(" kubernetes , vm ", "t")).toEqual(["kubernetes", "vm"]);
    expect(parseTargets("vm,kubernetes,vm", "t")).toEqual(["vm", "kubernetes"]);
    expect(() => parseTargets("docker", "input 'target'")).toThrow("input 'target' must be kubernetes, vm or kubernetes,vm (got 'docker')");
    expect(() => parseTargets(" , ", "input 'target'")).toThrow("input 'target' must name a target");
  });

  it("working-directory: a repository-relative prefix that never leaves the repository", () => {
    expect(parseWorkingDirectory("")).toBe("");
    expect(parseWorkingDirectory("./")).toBe("");
    expect(parseWorkingDirectory("./svc//edge/")).toBe("svc/edge/");
    expect(parseWorkingDirectory("svc\\edge")).toBe("svc/edge/");
    expect(() => parseWorkingDirectory("../x")).toThrow("input 'working-directory' must stay inside the repository (got '../x')");
    expect(() => parseWorkingDirectory("a/../../x")).toThrow("must stay inside the repository");
    expect(() => parseWorkingDirectory("/etc")).toThrow("input 'working-directory' must be relative to the repository root (got '/etc')");
  });
});
