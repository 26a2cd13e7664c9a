/**
 * The engine's per-module facts read plain values and make nodes lazily: they must give exactly
 * what the straightforward JNode readings give (the readers rules used before the facts model).
 */
import { describe, expect, it } from "vitest";
import { readManifest, type Module } from "../../src/index.js";
import { defineFact, keyIgnoreCase, ModuleFacts, parsePortKey, valueIgnoreCase, type JNode } from "../../src/rule-api.js";
import { manifestText, type Form } from "../helpers/manifest.js";

/** The JNode readings, as rule-api gave them before the facts model. */
function hostConfigOf(mod: Module): JNode | undefined {
  const hc = mod.createOptions.root?.get("HostConfig");
  return hc?.isObject ? hc : undefined;
}
function k8sExperimentalOf(mod: Module): JNode | undefined {
  const x = mod.createOptions.root?.getExact("k8s-experimental");
  return x?.isObject ? x.withCase(true) : undefined;
}
function envVarsOf(mod: Module): { name: string; value: string | undefined; node: JNode; from: string; malformed?: boolean }[] {
  const out: { name: string; value: string | undefined; node: JNode; from: string; malformed?: boolean }[] = [];
  for (const e of mod.env?.entries() ?? []) {
    const v = e.isObject ? e.getExact("value")?.value : undefined;
    out.push({ name: e.key!, value: v === undefined || v === null ? undefined : String(v), node: e, from: "env" });
  }
  for (const item of mod.createOptions.root?.get("Env")?.items() ?? []) {
    if (typeof item.value !== "string") continue;
    const eq = item.value.indexOf("=");
    if (eq <= 0) out.push({ name: eq < 0 ? item.value : "", value: undefined, node: item, from: "createOptions", malformed: true });
    else out.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), node: item, from: "createOptions" });
  }
  return out;
}
const facts = (mod: Module): ModuleFacts => new ModuleFacts(mod);

const FORMS: Form[] = ["object", "string", "chunked"];

const modules = {
  tricky: {
    env: { PLAIN: "a", NUM: 31, NUL: null, OBJ: { other: 1 }, "A:B": "x:1", EMPTY: "" },
    createOptions: {
      Env: ["A=1", "B=c=d", "=nameless", "NOEQ", 7, null, "C="],
      env: ["SHADOWED=1"],
      ExposedPorts: { "80/tcp": {}, "8000-8010/udp": {}, abc: {}, "53/UDP": null },
      HostConfig: {
        PortBindings: {
          "80/tcp": [{ HostPort: "8080" }, { hostport: " 81 ", HostPort: "82" }, { HostIp: "1.2.3.4" }, "x", null],
          "443/tcp": [{ HostPort: 443 }, { HOSTPORT: "4.5" }, { HostPort: "${PORT}" }],
          "9000/tcp": null,
          "9001/tcp": {},
          "7-9/tcp": [{ HostPort: "7-9" }],
        },
      },
    },
  },
  "env-only": { env: { X: { value: "y" } } },
  bare: {},
  "odd-env": { createOptions: { Env: "not-a-list", HostConfig: { PortBindings: [] } } },
  "key-cases": { createOptions: { hostConfig: { a: 1 }, HOSTCONFIG: { NetworkMode: "host", runtime: "nvidia" }, "K8S-EXPERIMENTAL": {}, "k8s-experimental": "x" } },
  "not-objects": { createOptions: { HostConfig: "str", "k8s-experimental": { resources: {} } } },
};

function shape(n: JNode | undefined): unknown {
  return n === undefined ? undefined : { path: n.path, key: n.key, value: n.value, ci: n.ci };
}

/** The readings the port rules made before, with JNodes throughout. */
function portBindingsReference(mod: Module): unknown[] {
  const pb = hostConfigOf(mod)?.get("PortBindings");
  if (pb === undefined || !pb.isObject) return [];
  return pb.entries().map((node) => ({
    node: shape(node),
    key: node.key,
    parsed: parsePortKey(node.key!),
    hostPorts: node.items().map((b) => {
      const hostPortNode = b.isObject ? b.get("HostPort") : undefined;
      const v = hostPortNode?.value;
      const hostPort = typeof v === "number" && Number.isInteger(v) ? v : typeof v === "string" && /^[0-9]+$/.test(v.trim()) ? Number(v.trim()) : undefined;
      return { node: shape(b), hostPortNode: shape(hostPortNode), hostPort };
    }),
  }));
}

function exposedReference(mod: Module): unknown[] {
  const ep = mod.createOptions.root?.get("ExposedPorts");
  if (ep === undefined || !ep.isObject) return [];
  return ep.entries().map((node) => ({ node: shape(node), key: node.key, parsed: parsePortKey(node.key!) }));
}

function read(form: Form): Module[] {
  const r = readManifest(form === "object" ? "deployment.template.json" : "deployment.json", manifestText({ modules }, form));
  if (r.kind !== "manifest") throw new Error("not a manifest");
  return r.manifest.modules;
}

describe("shared module facts", () => {
  for (const form of FORMS) {
    it(`envVars reads what envVarsOf reads (${form})`, () => {
      for (const mod of read(form)) {
        const lazy = facts(mod).env.map((v) => ({ name: v.name, value: v.value, from: v.from, malformed: v.malformed === true, node: shape(v.node) }));
        const eager = envVarsOf(mod).map((v) => ({ name: v.name, value: v.value, from: v.from, malformed: v.malformed === true, node: shape(v.node) }));
        expect(lazy).toEqual(eager);
      }
    });

    it(`port bindings and exposed ports match the JNode readings (${form})`, () => {
      for (const mod of read(form)) {
        const lazy = facts(mod).portBindings.map((b) => ({
          node: shape(b.node),
          key: b.key,
          parsed: b.parsed,
          hostPorts: b.hostPorts.map((h) => ({ node: shape(h.node), hostPortNode: shape(h.hostPortNode), hostPort: h.hostPort })),
        }));
        expect(lazy).toEqual(portBindingsReference(mod));
        expect(facts(mod).exposedPorts.map((e) => ({ node: shape(e.node), key: e.key, parsed: e.parsed }))).toEqual(exposedReference(mod));
      }
    });
  }

  it("HostConfig and k8s-experimental are found as hostConfigOf and k8sExperimentalOf find them", () => {
    for (const form of FORMS) {
      for (const mod of read(form)) {
        expect(shape(facts(mod).hostConfig)).toEqual(shape(hostConfigOf(mod)));
        expect(facts(mod).hostConfigValue).toBe(hostConfigOf(mod)?.value);
        expect(shape(facts(mod).k8sExperimental)).toEqual(shape(k8sExperimentalOf(mod)));
        for (const name of ["NetworkMode", "Runtime", "PortBindings", "a"]) {
          expect(valueIgnoreCase(facts(mod).hostConfigValue, name.toLowerCase())).toBe(hostConfigOf(mod)?.get(name)?.value);
          expect(facts(mod).hasHostConfigMember("nothing", name.toLowerCase())).toBe(hostConfigOf(mod)?.get(name) !== undefined);
        }
      }
    }
  });

  it("keyIgnoreCase finds the member JNode.get finds", () => {
    const mod = read("object").find((m) => m.name === "tricky")!;
    for (const binding of hostConfigOf(mod)!.get("PortBindings")!.get("80/tcp")!.items()) {
      if (!binding.isObject) continue;
      expect(keyIgnoreCase(binding.value as Record<string, unknown>, "hostport")).toBe(binding.get("HostPort")?.key);
    }
  });

  it("Binds, Mounts and resources are what the JNode readings find", () => {
    for (const form of FORMS) {
      for (const mod of read(form)) {
        const f = facts(mod);
        const hc = hostConfigOf(mod);
        const binds = hc?.get("Binds");
        expect(f.binds.map(shape)).toEqual(binds?.isArray ? binds.items().map(shape) : []);
        const mounts = hc?.get("Mounts");
        expect(f.mounts.map((m) => shape(m.node))).toEqual(mounts?.isArray ? mounts.items().map(shape) : []);
        const res = k8sExperimentalOf(mod)?.get("resources");
        expect(shape(f.resources.limits)).toEqual(shape(res?.get("limits")?.isObject ? res.get("limits") : undefined));
        expect(f.hasPorts).toBe(f.portBindings.length + f.exposedPorts.length > 0);
        expect(f.k8sExperimentalSections.map(shape)).toEqual((mod.createOptions.root?.entries() ?? []).filter((e) => e.key!.toLowerCase() === "k8s-experimental").map(shape));
      }
    }
  });

  it("finds every spelling of k8s-experimental at the top of createOptions, in file order", () => {
    const mod = read("object").find((m) => m.name === "key-cases")!;
    expect(facts(mod).k8sExperimentalSections.map((n) => n.key)).toEqual(["K8S-EXPERIMENTAL", "k8s-experimental"]);
  });

  it("a fact is read once per facts object, and the same facts give the same (shared) readings", () => {
    let calls = 0;
    const count = defineFact("count", () => ++calls);
    const mods = read("object");
    const all = mods.map(facts);
    expect(all.map((f) => f.get(count))).toEqual(all.map((f) => f.get(count)));
    expect(calls).toBe(mods.length);
    expect(all[0]!.env).toBe(all[0]!.env);
    mods.map(facts).forEach((f) => f.get(count));
    expect(calls).toBe(2 * mods.length);
  });
});
