/**
 * The rule catalogue cannot drift: every built-in rule has its file (named by its id), a docs page
 * and a table test; its page shows its targets; and the page's own examples are run: the first
 * JSON example under a "FPGA …" heading (or "Kubernetes …" for a vm rule about what the Kubernetes
 * migration wrote, or "Reported …", where the FPGA form is not what the rule reports) must produce
 * the rule's finding, the first under a "GPU …" or "VM …" heading must not. Vm rules' examples run
 * with the site settings `vm: { shareRoot: /mnt/shares, allowedBindSources: [/mnt/shares, /srv] }`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type ParseError } from "jsonc-parser";
import { builtinRules } from "../rules/index.js";
import { lintText } from "../src/index.js";
import type { Rule, Target } from "../src/engine/types.js";

const ROOT = join(import.meta.dirname, "..");

/** The first ```json block after a `## <prefix>…` heading (up to the next `## `). */
export function exampleUnder(page: string, prefixes: readonly string[]): string | undefined {
  const sections = page.split(/^## /m).slice(1);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf("\n"));
    if (!prefixes.some((p) => title.startsWith(p))) continue;
    const m = /```jsonc?\n([\s\S]*?)```/.exec(section);
    if (m) return m[1];
  }
  return undefined;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const CREATE_OPTIONS_KEYS = new Set(["hostconfig", "env", "k8s-experimental", "entrypoint", "cmd", "exposedports", "labels", "user", "hostname", "healthcheck", "networkingconfig", "workingdir", "stopsignal", "volumes", "domainname"]);
const HOST_CONFIG_KEYS = new Set(["portbindings", "mounts", "binds", "devices", "networkmode", "privileged", "runtime", "shmsize", "ipcmode", "memory", "nanocpus", "devicerequests", "capadd", "extrahosts", "logconfig", "restartpolicy", "tmpfs", "cpuquota", "cpuperiod", "cpushares", "memoryreservation", "devicecgrouprules", "pidmode"]);
const MODULE_KEYS = new Set(["settings", "env", "type", "status", "restartpolicy", "version", "startuporder", "imagepullpolicy"]);

function baseManifest(target: Target): Json {
  const tag = target === "vm" ? "1.6" : "1.1";
  return {
    modulesContent: {
      $edgeAgent: {
        "properties.desired": {
          schemaVersion: "1.1",
          runtime: { type: "docker", settings: { minDockerVersion: "v1.25", loggingOptions: "" } },
          systemModules: {
            edgeAgent: { type: "docker", settings: { image: `mcr.microsoft.com/azureiotedge-agent:${tag}` } },
            edgeHub: { type: "docker", status: "running", restartPolicy: "always", settings: { image: `mcr.microsoft.com/azureiotedge-hub:${tag}` } },
          },
          modules: {},
        },
      },
      $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes: {}, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
    },
  };
}

function merge(into: Json, from: Json): Json {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = isObject(cur) && isObject(v) && k !== "createOptions" ? merge(cur, v) : v;
  }
  return into;
}

const lowerKeys = (o: Json) => Object.keys(o).map((k) => k.toLowerCase());

/** Place a page's example (a fragment of a manifest) into a whole manifest, by the keys it has. */
export function wrapExample(fragment: string, target: Target): Json {
  const trimmed = fragment.trim();
  const errors: ParseError[] = [];
  // pages elide what does not matter with "…"
  const text = trimmed.replace(/…/g, "");
  const value = parse(text.startsWith("{") ? text : `{${text}}`, errors, { allowTrailingComma: true });
  if (errors.length > 0 || !isObject(value)) throw new Error(`the example is not a JSON object or members: ${trimmed.slice(0, 80)}`);
  const keys = lowerKeys(value);
  const base = baseManifest(target);
  const mc = base.modulesContent as Json;
  const agent = (mc.$edgeAgent as Json)["properties.desired"] as Json;
  const moduleBody = (body: Json) => merge({ version: "1.0", type: "docker", status: "running", restartPolicy: "always", settings: { image: "contoso.azurecr.io/sample:1.0" } }, body);
  const module = (body: Json) => ({ samplemodule: moduleBody(body) });
  /** a module's value in an example: its body, its settings, or its createOptions */
  const bodyOf = (v: unknown): Json => {
    if (!isObject(v)) return {};
    const k = lowerKeys(v);
    if (k.some((x) => MODULE_KEYS.has(x))) return v;
    if (k.includes("createoptions") || k.includes("image")) return { settings: v };
    return { settings: { createOptions: v } };
  };
  if (keys.some((k) => k === "modulescontent" || k === "modulecontent" || k === "content")) return value;
  if (keys.some((k) => k.startsWith("$"))) merge(mc, value);
  else if (keys.some((k) => k === "modules" || k === "systemmodules" || k === "routes")) {
    for (const [k, v] of Object.entries(value)) merge(k === "routes" ? ((mc.$edgeHub as Json)["properties.desired"] as Json) : agent, { [k]: v });
  }
  else if (keys.includes("createoptions")) merge(agent.modules as Json, module({ settings: value }));
  else if (keys.some((k) => CREATE_OPTIONS_KEYS.has(k)) && !keys.some((k) => MODULE_KEYS.has(k) && k !== "env")) merge(agent.modules as Json, module({ settings: { createOptions: value } }));
  else if (keys.some((k) => HOST_CONFIG_KEYS.has(k))) merge(agent.modules as Json, module({ settings: { createOptions: { HostConfig: value } } }));
  else if (keys.some((k) => MODULE_KEYS.has(k))) merge(agent.modules as Json, module(value));
  else {
    // module names: each to its place
    for (const [name, v] of Object.entries(value)) {
      const system = name === "edgeAgent" || name === "edgeHub";
      const into = (system ? agent.systemModules : agent.modules) as Json;
      into[name] = system ? merge(into[name] as Json, bodyOf(v)) : moduleBody(bodyOf(v));
    }
  }
  return base;
}

/** The site settings pages of vm rules assume (kubernetes rules read none). */
const SITE = { shareRoot: "/mnt/shares", allowedBindSources: ["/mnt/shares", "/srv"] };

/** The rule's findings for an example, read as a template and as a generated manifest. */
function findings(rule: Rule, fragment: string): number[] {
  const target = rule.meta.targets[0]!;
  const manifest = wrapExample(fragment, target);
  return ["deployment.template.json", "deployment.json"].map((filePath) => {
    const text = JSON.stringify(manifest, null, 2);
    const result = lintText(text, { filePath, target, vm: SITE, ruleSet: [rule], fixText: false });
    return result.messages.filter((m) => m.ruleId === rule.meta.id).length;
  });
}

/** Rules whose pages have no runnable examples, and why. */
const NO_EXAMPLES: Record<string, string> = {
  "invalid-json": "its example is a file that does not parse",
  "duplicate-key": "its example is a key written twice, which no parsed value can hold (its table test runs it as text)",
};

describe("the rule catalogue", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const rule of builtinRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it("has its file, docs page and table test, under its id", () => {
        expect(existsSync(join(ROOT, "rules", `${id}.ts`))).toBe(true);
        expect(existsSync(join(ROOT, "rules", `${id}.md`))).toBe(true);
        expect(existsSync(join(ROOT, "__tests__", "rules", `${id}.test.ts`))).toBe(true);
        const page = readFileSync(join(ROOT, "rules", `${id}.md`), "utf8");
        expect(page.split("\n")[0]).toBe(`# ${id}`);
        expect(readme).toContain(`\`${id}\``);
      });

      if (NO_EXAMPLES[id] !== undefined) return;
      it("its page's FPGA example produces its finding, and its GPU or VM example does not", () => {
        const page = readFileSync(join(ROOT, "rules", `${id}.md`), "utf8");
        const before = exampleUnder(page, ["Reported"]) ?? exampleUnder(page, ["FPGA", "Kubernetes"]);
        const after = exampleUnder(page, ["GPU", "VM"]);
        expect(before, "a '## FPGA …' section with a json example").toBeDefined();
        expect(Math.max(...findings(rule, before!)), "findings for the FPGA example").toBeGreaterThan(0);
        if (after !== undefined) expect(findings(rule, after), "findings for the GPU/VM example").toEqual([0, 0]);
      });
    });
  }
});
