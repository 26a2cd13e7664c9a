/**
 * Shared facts and edits for the `vm` target (IoT Edge 1.6 on Docker in a Linux VM on Azure Stack
 * Edge, facts V1–V14 as the vm-* rule pages state them): where shares live in the VM, which module grants itself the GPU
 * and which rule writes the one `HostConfig.DeviceRequests` a module gets.
 */
import { ensureValue, valueIgnoreCase, type Edit, type JNode, type Manifest, type Module, type ModuleFacts, type VmOptions } from "../src/rule-api.js";
import { FPGA, GPU, gpuDeviceRequests } from "./_resources.js";

/** Where the FPGA device mounted its shares (F3); the path does not exist in the VM (V4). */
export const HCS_SHARES = "/home/hcsshares";
/** The share root a suggestion proposes when `vm.shareRoot` is not configured. */
export const SUGGESTED_SHARE_ROOT = "/mnt/shares";
export const CONFIGURE_SHARE_ROOT = "set 'vm: { shareRoot: <where the shares are mounted in the VM> }' in .iotedge-gpu-lint.yml to have it fixed";

/** The configured share root without trailing slashes; undefined when it is not configured or not an absolute path usable in a bind. */
export function shareRootOf(vm: Readonly<VmOptions>): string | undefined {
  const root = vm.shareRoot;
  // a bind source cannot hold ':' (it separates the target) and a path with spaces is a typo more often than not
  if (typeof root !== "string" || !root.startsWith("/") || /[:\s]/.test(root)) return undefined;
  const trimmed = root.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** `/home/hcsshares/<share>[/sub]` → `{share, rest}` (`rest` = `<share>[/sub]`, no trailing slash); undefined for other paths. */
export function hcsSharePath(path: string): { share: string; rest: string } | undefined {
  if (path !== HCS_SHARES && !path.startsWith(HCS_SHARES + "/")) return undefined;
  const rest = path.slice(HCS_SHARES.length).replace(/^\/+/, "").replace(/\/+$/, "");
  return { share: rest.split("/")[0]!, rest };
}

/** `<root>/<rest>` (just `<root>` for the whole share folder). */
export function inShareRoot(root: string, rest: string): string {
  if (rest === "") return root;
  return root === "/" ? `/${rest}` : `${root}/${rest}`;
}

/** `HostConfig.Runtime` is `nvidia` (valid on the VM where the NVIDIA runtime is registered, V3). */
export function hasNvidiaRuntime(facts: ModuleFacts): boolean {
  const v = valueIgnoreCase(facts.hostConfigValue, "runtime");
  return typeof v === "string" && v.toLowerCase() === "nvidia";
}

/** The module already gets a GPU the Docker way: a GPU `DeviceRequests` or `Runtime: nvidia` (V3). */
export function hasDockerGpu(facts: ModuleFacts): boolean {
  return facts.get(gpuDeviceRequests) !== undefined || hasNvidiaRuntime(facts);
}

/** `k8s-experimental.resources` entries of one resource name, limits first. */
export function resourceEntries(facts: ModuleFacts, name: string): { node: JNode; map: JNode; where: "limits" | "requests" }[] {
  const { limits, requests } = facts.resources;
  const out: { node: JNode; map: JNode; where: "limits" | "requests" }[] = [];
  for (const [map, where] of [[limits, "limits"], [requests, "requests"]] as const) {
    const n = map?.get(name);
    if (map !== undefined && n !== undefined) out.push({ node: n, map, where });
  }
  return out;
}

/** A resource count as a DeviceRequests `Count`: a positive integer (or its string); undefined otherwise. */
export function countOf(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The count a resource asks for (limits first, then requests); undefined when none is a plain count. */
export function resourceCount(facts: ModuleFacts, name: string): number | undefined {
  for (const e of resourceEntries(facts, name)) {
    const c = countOf(e.node.value);
    if (c !== undefined) return c;
  }
  return undefined;
}

const hasCatapult = (facts: ModuleFacts): boolean => catapultDevices(facts).length > 0;

/** `HostConfig.Devices` entries that map an FPGA (`/dev/catapult*`). */
export function catapultDevices(facts: ModuleFacts): JNode[] {
  const devices = facts.hostConfig?.get("Devices");
  if (devices === undefined || !devices.isArray) return [];
  return devices.items().filter((d) => {
    const p = typeof d.value === "string" ? d.value.split(":")[0] : d.isObject ? d.get("PathOnHost")?.value : undefined;
    return typeof p === "string" && /^\/dev\/catapult\d*$/.test(p);
  });
}

/**
 * Which rule writes the module's GPU `DeviceRequests`, so that one module never gets two: the
 * GPU request in k8s-experimental first, then the FPGA resource, then FPGA devices. None when the
 * module already gets a GPU the Docker way.
 */
export function deviceRequestsOwner(facts: ModuleFacts): "gpu" | "fpga-resource" | "fpga-device" | undefined {
  if (hasDockerGpu(facts)) return undefined;
  if (resourceEntries(facts, GPU).length > 0) return "gpu";
  if (resourceEntries(facts, FPGA).length > 0) return "fpga-resource";
  if (hasCatapult(facts)) return "fpga-device";
  return undefined;
}

/** The DeviceRequests entry that gives a module `count` GPUs (-1: all of them) (V3). */
export function gpuRequest(count: number): Record<string, unknown> {
  return { Count: count, Capabilities: [["gpu"]] };
}

/**
 * Edits that add `{"Count": n, "Capabilities": [["gpu"]]}` to `HostConfig.DeviceRequests`,
 * creating DeviceRequests, HostConfig and createOptions as needed. Undefined when that cannot be
 * done safely (unreadable createOptions, a HostConfig or DeviceRequests of another type).
 */
export function addGpuRequest(manifest: Manifest, mod: Module, count: number): Edit[] | undefined {
  const co = mod.createOptions;
  const entry = gpuRequest(count);
  if (co.error !== undefined) return undefined;
  if (co.root !== undefined) {
    const hc = co.root.get("HostConfig");
    if (hc === undefined) return [{ op: "add", parent: co.root.withCase(false), key: "HostConfig", value: { DeviceRequests: [entry] } }];
    if (!hc.isObject) return undefined;
    const dr = hc.get("DeviceRequests");
    if (dr === undefined) return [{ op: "add", parent: hc, key: "DeviceRequests", value: [entry] }];
    if (!dr.isArray) return undefined;
    return [{ op: "add", parent: dr, value: entry }];
  }
  if (co.form !== "none" || mod.settings === undefined) return undefined;
  const options = { HostConfig: { DeviceRequests: [entry] } };
  if (co.chunks.length > 0) return [{ op: "createOptions", settings: mod.settings, text: JSON.stringify(options) }];
  const existing = mod.settings.getExact("createOptions");
  if (existing !== undefined) {
    if (existing.isObject) return [ensureValue(existing.withCase(false), ["HostConfig"], options.HostConfig)];
    return undefined;
  }
  return [{ op: "add", parent: mod.settings, key: "createOptions", value: manifest.template ? options : JSON.stringify(options) }];
}

/** How a message names the GPU request a fix writes. */
export function describeGpuRequest(count: number | undefined): string {
  return `HostConfig.DeviceRequests: [{"Count": ${count ?? "<n or -1>"}, "Capabilities": [["gpu"]]}]`;
}
