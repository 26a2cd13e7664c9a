/**
 * Every rendered object of every example and every parseable corpus manifest (../shared/corpus,
 * skipped with a message when absent) is valid against the Kubernetes API schemas
 * (kubernetes-models): an invalid object is a render bug. What the API server would still reject
 * (names, duplicate port or volume names, env names, mixed protocols on a load balancer) comes
 * from the manifest, and the linter must report it: the module's notes cite one of the rules.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import { RenderError, renderKubernetes, type RenderResult } from "../../src/render/index.js";
import { manifestText } from "../helpers/manifest.js";
import { RULES_FOR, apiServerProblems, schemaErrors } from "./k8s-validate.js";

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "files");

function examples(): { name: string; path: string }[] {
  return ["fpga", "gpu"].flatMap((d) => readdirSync(join(ROOT, "examples", d)).filter((f) => f.endsWith(".json")).sort().map((f) => ({ name: `examples/${d}/${f}`, path: join(ROOT, "examples", d, f) })));
}

function corpus(): { name: string; path: string }[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort().map((f) => ({ name: f, path: join(CORPUS, f) }));
}

/** Problems in a render: schema errors (bugs) and API-server rejections no note cites a rule for. */
function check(result: RenderResult): { bugs: string[]; unreported: string[]; objects: number } {
  const bugs: string[] = [];
  const unreported: string[] = [];
  let objects = 0;
  for (const m of result.modules) {
    const cited = new Set(m.notes.map((n) => n.ruleId));
    for (const o of m.objects) {
      objects++;
      const err = schemaErrors(o.object);
      if (err !== undefined) bugs.push(`${m.module} ${o.kind} ${o.name}: ${err}`);
      for (const p of apiServerProblems(o.object)) {
        if (!RULES_FOR[p].some((r) => cited.has(r))) unreported.push(`${m.module} ${o.kind} ${o.name}: ${p}`);
      }
    }
  }
  return { bugs, unreported, objects };
}

/**
 * Translation notes no built-in rule reports yet (found by this test; reported to the lead rather
 * than fixed here): file name and the start of the note.
 */
const KNOWN_GAPS: [file: string, note: string][] = [
  // Binds "sqlvolume:/sqlvolume" (a Docker named volume) and a Mounts volume "sqlvolume": on
  // Kubernetes the bind is a hostPath "sqlvolume" and the claim mount uses it; volume-name-collision
  // treats a non-path bind source as the same storage as the claim
  ["dashboard.layered.deployment.template.json", "settings.createOptions.HostConfig.Mounts[0] and settings.createOptions.HostConfig.Binds[0] both make the volume sqlvolume"],
  // ExposedPorts 9010/tcp and PortBindings 9000/tcp -> HostPort 9010: the Service port 9010 now
  // targets container port 9000, so a client of the exposed port 9010 reaches 9000; no rule compares
  // ExposedPorts with host ports
  ["deployment.ava.at-a3fde3e.json", "Service port 9010: TCP to container port 9000 replaces TCP to container port 9010"],
];

/** Every note cites a rule, and that rule reports in the module. */
function uncited(result: RenderResult, text: string, filePath: string): string[] {
  const findings = lintText(text, { filePath, target: "kubernetes" }).messages;
  const out: string[] = [];
  for (const m of result.modules) {
    for (const n of m.notes) {
      if (n.ruleId === undefined) {
        const known = n.info === true || KNOWN_GAPS.some(([file, note]) => filePath === file && n.message.startsWith(note));
        if (!known) out.push(`${m.module}: ${n.message}`);
      } else if (!findings.some((f) => f.module === m.module && f.ruleId === n.ruleId)) out.push(`${m.module}: [${n.ruleId}] not reported: ${n.message}`);
    }
  }
  return out;
}

describe("the checks find what the API server rejects", () => {
  const problems = (modules: Parameters<typeof manifestText>[0]["modules"]): Record<string, string[]> => {
    const r = renderKubernetes(manifestText({ modules }), { filePath: "deployment.template.json" });
    const out: Record<string, string[]> = {};
    for (const m of r.modules) for (const o of m.objects) if (apiServerProblems(o.object).length > 0) out[`${o.kind}/${o.name}`] = apiServerProblems(o.object);
    return out;
  };

  it.each([
    [{ a: { createOptions: { HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }, { HostPort: "8081" }] } } } } }, { "Service/a": ["port-names"] }],
    [{ a: { createOptions: { HostConfig: { PortBindings: { "53/udp": [{ HostPort: "53" }], "80/tcp": [{ HostPort: "80" }] } } } } }, { "Service/a": ["mixed-protocols"] }],
    [{ a: { createOptions: { Env: ["Logging:Level=1"] } } }, { "Deployment/a": ["env-name"] }],
    [{ "9lives": { createOptions: { HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } } } } }, { "Service/9lives": ["service-name"] }],
    [{ ["m".repeat(64)]: {} }, { ["ServiceAccount/" + "m".repeat(64)]: ["label"], ["Deployment/" + "m".repeat(64)]: ["label", "name"] }],
    [
      { a: { createOptions: { "k8s-experimental": { volumes: [{ volume: { name: "ModuleA", configMap: { name: "c" } }, volumeMounts: [{ name: "module-config", mountPath: "/c" }] }] } } } },
      { "Deployment/a": ["volume-names", "mount-refs"] },
    ],
  ])("%j", (modules, expected) => {
    expect(problems(modules)).toEqual(expected);
  });

  it("a claim of size 0 (the agent's size setting unset)", () => {
    const r = renderKubernetes(manifestText({ modules: { a: { createOptions: { HostConfig: { Mounts: [{ Type: "volume", Source: "share", Target: "/s" }] } } } } }), { storageClass: "sc" });
    expect(apiServerProblems(r.modules[2]!.objects[0]!.object)).toEqual(["pvc-size"]);
  });

  it("schemaErrors reports a type error", () => {
    expect(schemaErrors({ apiVersion: "v1", kind: "Service", metadata: { name: "a" }, spec: { type: "Foo", ports: [{ port: "x" }] } })).toBe(
      "data/spec/ports/0/port must be integer, data/spec/type must be equal to one of the allowed values",
    );
  });
});

describe("rendered objects are valid Kubernetes objects", () => {
  for (const f of examples()) {
    it(f.name, () => {
      const text = readFileSync(f.path, "utf8");
      for (const storageClass of [undefined, "ase-node-local"]) {
        const result = renderKubernetes(text, storageClass === undefined ? { filePath: f.name } : { filePath: f.name, storageClass, pvcSizeMb: 1024 });
        const { bugs, unreported, objects } = check(result);
        expect(objects).toBeGreaterThan(0);
        expect(bugs).toEqual([]);
        expect(unreported).toEqual([]);
        expect(uncited(result, text, f.name)).toEqual([]);
      }
    });
  }

  describe.skipIf(!existsSync(CORPUS))("corpus (../shared/corpus/files)", () => {
    it("every parseable corpus manifest", () => {
      let rendered = 0;
      let objects = 0;
      const bugs: string[] = [];
      const unreported: string[] = [];
      const notCited: string[] = [];
      for (const f of corpus()) {
        const text = readFileSync(f.path, "utf8");
        const filePath = f.name.replace(/^.*__/, "");
        let result: RenderResult;
        try {
          result = renderKubernetes(text, { filePath, storageClass: "ase-node-local", pvcSizeMb: 1024 });
        } catch (e) {
          if (e instanceof RenderError) continue; // not JSON or not a manifest: nothing to render
          throw e;
        }
        rendered++;
        const c = check(result);
        objects += c.objects;
        bugs.push(...c.bugs.map((b) => `${f.name}: ${b}`));
        unreported.push(...c.unreported.map((b) => `${f.name}: ${b}`));
        notCited.push(...uncited(result, text, filePath).map((b) => `${f.name}: ${b}`));
      }
      expect(rendered).toBeGreaterThan(60);
      expect(objects).toBeGreaterThan(300);
      expect(bugs).toEqual([]);
      expect(unreported).toEqual([]);
      expect(notCited).toEqual([]);
    });
  });
  if (!existsSync(CORPUS)) it.skip(`corpus not found at ${CORPUS}: corpus renders not checked`, () => {});
});
