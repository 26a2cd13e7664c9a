/**
 * Shared helpers for the resource, acceleration, proxy and strategy rules: reading
 * `k8s-experimental.resources`, GPU intent in Docker form, and building edits that create the
 * missing parts of `k8s-experimental` (or of createOptions itself) in the file's own style.
 */
import { defineFact, ensureValue, isPlaceholder, valueIgnoreCase, type Edit, type EnvVar, type JNode, type Manifest, type Module, type ModuleFacts } from "../src/rule-api.js";

export const GPU = "nvidia.com/gpu";
export const FPGA = "microsoft.com/fpga_catapult";

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** createOptions has a top-level key that is `k8s-experimental` in another case (left to k8s-experimental-shape). */
export function hasMiscasedK8s(mod: Module): boolean {
  const root = mod.createOptions.root;
  if (root === undefined) return false;
  return Object.keys(root.value as object).some((k) => k !== "k8s-experimental" && k.toLowerCase() === "k8s-experimental");
}

/** Edits that merge `tree` into `node` (an object), creating only what is missing; undefined when a non-object is in the way. */
function mergeEdits(node: JNode, tree: Record<string, unknown>): Edit[] | undefined {
  const edits: Edit[] = [];
  for (const [k, v] of Object.entries(tree)) {
    const existing = node.get(k);
    if (existing === undefined) edits.push({ op: "add", parent: node, key: k, value: v });
    else if (isObj(v)) {
      if (!existing.isObject) return undefined;
      const inner = mergeEdits(existing, v);
      if (inner === undefined) return undefined;
      edits.push(...inner);
    } else edits.push({ op: "set", node: existing, value: v });
  }
  return edits;
}

/**
 * Edits that make `tree` exist under the module's `k8s-experimental` (e.g.
 * `{resources: {limits: {"nvidia.com/gpu": 1}}}`), creating `k8s-experimental`, and the
 * createOptions themselves, when missing. Undefined when it cannot be done safely (unreadable
 * createOptions, a miscased or non-object `k8s-experimental`).
 */
export function ensureK8s(manifest: Manifest, facts: ModuleFacts, tree: Record<string, unknown>): Edit[] | undefined {
  const mod = facts.module;
  const co = mod.createOptions;
  if (co.error !== undefined || hasMiscasedK8s(mod)) return undefined;
  if (co.root !== undefined) {
    const x = facts.k8sExperimental;
    if (x !== undefined) return mergeEdits(x, tree);
    if (co.root.getExact("k8s-experimental") !== undefined) return undefined;
    return [{ op: "add", parent: co.root.withCase(false), key: "k8s-experimental", value: tree }];
  }
  if (co.form !== "none" || mod.settings === undefined) return undefined;
  const options = { "k8s-experimental": tree };
  if (co.chunks.length > 0) return [{ op: "createOptions", settings: mod.settings, text: JSON.stringify(options) }];
  const existing = mod.settings.getExact("createOptions");
  if (existing !== undefined) {
    if (existing.isObject) return [ensureValue(existing.withCase(false), ["k8s-experimental"], tree)];
    return undefined;
  }
  return [{ op: "add", parent: mod.settings, key: "createOptions", value: manifest.template ? options : JSON.stringify(options) }];
}

/**
 * Edits that remove several members of one object. Separate removals of the last members would
 * overlap, so when the last member is among them the object is rewritten without them.
 */
export function removeMembers(parent: JNode, nodes: JNode[]): Edit[] {
  if (nodes.length <= 1) return nodes.map((n) => ({ op: "remove", node: n }));
  const keys = new Set(nodes.map((n) => n.key));
  const entries = parent.entries();
  const last = entries[entries.length - 1];
  if (last !== undefined && !keys.has(last.key)) return nodes.map((n) => ({ op: "remove", node: n }));
  const kept = Object.fromEntries(entries.filter((e) => !keys.has(e.key)).map((e) => [e.key!, e.value]));
  return [{ op: "set", node: parent, value: kept }];
}

/** The GPU count a Docker-form GPU request stands for. */
export interface GpuIntent {
  /** the DeviceRequests member, when the module asks for GPUs that way */
  deviceRequests?: JNode;
  /** count from DeviceRequests (Count N; -1, "all GPUs", becomes 1; DeviceIDs counted); undefined when unknown */
  count: number | undefined;
  /** DeviceRequests holds something other than GPU requests */
  other: boolean;
}

function isGpuRequest(r: JNode): boolean {
  if (!r.isObject) return false;
  const driver = r.get("Driver")?.value;
  if (typeof driver === "string" && driver.toLowerCase() === "nvidia") return true;
  const caps = r.get("Capabilities")?.value;
  const flat = Array.isArray(caps) ? caps.flat(2) : [];
  return flat.some((c) => typeof c === "string" && c.toLowerCase() === "gpu");
}

function requestCount(r: JNode): number | undefined {
  const count = r.get("Count")?.value;
  if (typeof count === "number" && Number.isInteger(count)) {
    if (count === -1) return 1;
    if (count > 0) return count;
  }
  const ids = r.get("DeviceIDs")?.value;
  if (Array.isArray(ids) && ids.length > 0 && ids.every((i) => typeof i === "string" && !isPlaceholder(i))) return ids.length;
  if (count === undefined || count === 0) return ids === undefined ? 1 : undefined;
  return undefined;
}

/** GPU requests in `HostConfig.DeviceRequests` (shared: read-only). */
export const gpuDeviceRequests = defineFact("gpuDeviceRequests", (facts): GpuIntent | undefined => {
  if (!Array.isArray(valueIgnoreCase(facts.hostConfigValue, "devicerequests"))) return undefined;
  const dr = facts.hostConfig!.get("DeviceRequests")!;
  const items = dr.items();
  const gpu = items.filter(isGpuRequest);
  if (gpu.length === 0) return undefined;
  let count: number | undefined = 0;
  for (const r of gpu) {
    const c = requestCount(r);
    count = c === undefined || count === undefined ? undefined : count + c;
  }
  return { deviceRequests: dr, count, other: gpu.length !== items.length };
});

/** The count to use for a new `limits["nvidia.com/gpu"]`: what the module already requests, else 1. */
export function gpuCountFor(facts: ModuleFacts): unknown {
  const { requests } = facts.resources;
  const req = requests?.get(GPU) ?? requests?.get(FPGA);
  if (req !== undefined && (typeof req.value === "number" || typeof req.value === "string")) return req.value;
  return facts.get(gpuDeviceRequests)?.count ?? 1;
}

/** The module already has a GPU limit (or an FPGA limit that fpga-resource turns into one). */
export function hasGpuLimit(facts: ModuleFacts): boolean {
  const { limits } = facts.resources;
  return limits?.get(GPU) !== undefined || limits?.get(FPGA) !== undefined;
}

/** Environment variables of a module whose name matches `name` (ASCII) case-insensitively. */
export function envNamed(facts: ModuleFacts, name: string): EnvVar[] {
  const lower = name.toLowerCase();
  // only a variable name of the same length lowercases to an ASCII name
  return facts.env.filter((v) => !v.malformed && v.name.length === lower.length && v.name.toLowerCase() === lower);
}

/**
 * The value Kubernetes sees for a variable: `createOptions.Env` is appended after the module
 * `env` map and wins (stated in rules/env-precedence.md).
 */
export function effectiveEnv(facts: ModuleFacts, name: string): EnvVar | undefined {
  const vars = envNamed(facts, name);
  return vars.filter((v) => v.from === "createOptions").pop() ?? vars.pop();
}

/** An edit that adds a variable next to `near` (the module env map or createOptions.Env). */
export function addEnvEdit(facts: ModuleFacts, near: EnvVar | undefined, name: string, value: string): Edit | undefined {
  const mod = facts.module;
  if (near?.from === "createOptions") {
    const env = facts.envList;
    if (env !== undefined) return { op: "add", parent: env, value: `${name}=${value}` };
    return undefined;
  }
  if (mod.env !== undefined && !mod.env.isObject) return undefined;
  return ensureValue(mod.node, ["env", name], { value });
}

/** An edit that sets a variable's value where it is. */
export function setEnvEdit(v: EnvVar, value: string): Edit | undefined {
  if (v.from === "createOptions") return { op: "set", node: v.node, value: `${v.name}=${value}` };
  const valueNode = v.node.isObject ? v.node.getExact("value") : undefined;
  if (valueNode !== undefined) return { op: "set", node: valueNode, value };
  if (v.node.isObject) return { op: "add", parent: v.node, key: "value", value };
  return undefined;
}
