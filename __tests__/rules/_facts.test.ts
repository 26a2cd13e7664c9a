/**
 * The shared module facts read plain values and make nodes lazily: they must give exactly what
 * the straightforward JNode readings give (envVarsOf, and the readers the rules used before).
 */
import { describe, expect, it } from "vitest";
import { envVars, hasHostConfigMember, hostConfig, hostConfigValue, k8sExperimental, keyIgnoreCase, perModule, valueIgnoreCase } from "../../rules/_facts.js";
import { exposedPortsOf, parsePortKey, portBindingsOf } from "../../rules/_ports.js";
import { readManifest, type Module } from "../../src/index.js";
import { envVarsOf, hostConfigOf, k8sExperimentalOf, type JNode } from "../../src/rule-api.js";
import { manifestText, type Form } from "../helpers/manifest.js";

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
        const lazy = envVars(mod).map((v) => ({ name: v.name, value: v.value, from: v.from, malformed: v.malformed === true, node: shape(v.node) }));
        const eager = envVarsOf(mod).map((v) => ({ name: v.name, value: v.value, from: v.from, malformed: v.malformed === true, node: shape(v.node) }));
        expect(lazy).toEqual(eager);
      }
    });

    it(`port bindings and exposed ports match the JNode readings (${form})`, () => {
      for (const mod of read(form)) {
        const lazy = portBindingsOf(mod).map((b) => ({
          node: shape(b.node),
          key: b.key,
          parsed: b.parsed,
          hostPorts: b.hostPorts.map((h) => ({ node: shape(h.node), hostPortNode: shape(h.hostPortNode), hostPort: h.hostPort })),
        }));
        expect(lazy).toEqual(portBindingsReference(mod));
        expect(exposedPortsOf(mod).map((e) => ({ node: shape(e.node), key: e.key, parsed: e.parsed }))).toEqual(exposedReference(mod));
      }
    });
  }

  it("HostConfig and k8s-experimental are found as hostConfigOf and k8sExperimentalOf find them", () => {
    for (const form of FORMS) {
      for (const mod of read(form)) {
        expect(shape(hostConfig(mod))).toEqual(shape(hostConfigOf(mod)));
        expect(hostConfigValue(mod)).toBe(hostConfigOf(mod)?.value);
        expect(shape(k8sExperimental(mod))).toEqual(shape(k8sExperimentalOf(mod)));
        for (const name of ["NetworkMode", "Runtime", "PortBindings", "a"]) {
          expect(valueIgnoreCase(hostConfigValue(mod), name.toLowerCase())).toBe(hostConfigOf(mod)?.get(name)?.value);
          expect(hasHostConfigMember(mod, "nothing", name.toLowerCase())).toBe(hostConfigOf(mod)?.get(name) !== undefined);
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

  it("perModule computes once per module of a file and afresh for another reading", () => {
    let calls = 0;
    const count = perModule(() => ++calls);
    const first = read("object");
    const again = first.map(count);
    expect(first.map(count)).toEqual(again);
    expect(calls).toBe(first.length);
    read("object").forEach(count);
    expect(calls).toBe(2 * first.length);
  });
});
