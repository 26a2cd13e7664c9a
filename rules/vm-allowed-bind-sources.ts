import { hasPlaceholder, keyIgnoreCase, type JNode, type Rule } from "../src/rule-api.js";
import { catapultDevices, hcsSharePath } from "./_vm.js";

/** HostConfig options IoT Edge 1.6.4+ also removes when elevated permissions are off (V8). */
const STRIPPED = ["Devices", "PidMode", "NetworkMode", "IpcMode", "SecurityOpt", "UsernsMode", "CgroupParent"];

/** A value that asks for something: a non-empty string or list (NetworkMode azure-iot-edge is IoT Edge's own default). */
function asksFor(key: string, v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v !== "string" || v.trim() === "" || hasPlaceholder(v)) return false;
  return !(key === "NetworkMode" && v.trim().toLowerCase() === "azure-iot-edge");
}

const trimSlashes = (p: string): string => (p === "/" ? p : p.replace(/\/+$/, ""));

function allowed(source: string, roots: readonly string[]): boolean {
  const s = trimSlashes(source);
  return roots.some((r) => r === "/" || s === r || s.startsWith(r + "/"));
}

/**
 * V8 (reported: IoT Edge 1.6.4 release notes): with elevated permissions off, IoT Edge removes host
 * binds whose source is not under `allowed_bind_sources`. Off unless `vm.allowedBindSources` is set.
 */
const rule: Rule = {
  meta: {
    id: "vm-allowed-bind-sources",
    severity: "warning",
    facts: ["V7", "V8"],
    description: "A host bind whose source is outside vm.allowedBindSources (IoT Edge 1.6.4+ allowed_bind_sources, a reported fact), and the HostConfig options it also removes then (Devices, PidMode, NetworkMode, IpcMode, SecurityOpt, UsernsMode, CgroupParent); reports nothing unless vm.allowedBindSources is configured.",
    repair: "none",
    targets: ["vm"],
    messages: {
      strippedOption:
        "HostConfig.{{key}} is removed by IoT Edge 1.6.4 and later when elevated permissions are off (which vm.allowedBindSources says they are), so the module starts without it",
      bindNotAllowed:
        "the host path '{{source}}' is not under vm.allowedBindSources ({{allowed}}); with elevated permissions off, IoT Edge 1.6.4 and later remove such a bind, so the module starts without it: move the data under an allowed source or ask the administrator to allow this path",
    },
  },
  create: ({ vm, report }) => {
    const list = vm.allowedBindSources;
    if (!Array.isArray(list)) return {};
    const roots = list.filter((r): r is string => typeof r === "string" && r.startsWith("/")).map(trimSlashes);
    return {
      module(mod, facts) {
        const found: { node: JNode; source: string }[] = [];
        for (const b of facts.binds) {
          if (typeof b.value === "string") found.push({ node: b, source: b.value.split(":")[0]! });
        }
        for (const m of facts.mounts) {
          const type = m.type?.value;
          const source = m.source?.value;
          if (typeof type === "string" && type.toLowerCase() === "bind" && typeof source === "string") found.push({ node: m.source!, source });
        }
        const hcValue = facts.hostConfigValue;
        for (const key of STRIPPED) {
          const k = hcValue === undefined ? undefined : keyIgnoreCase(hcValue, key.toLowerCase());
          if (k === undefined || !asksFor(key, hcValue![k])) continue;
          // FPGA devices are device-binding's (they go anyway): one place, one finding
          if (key === "Devices" && Array.isArray(hcValue![k]) && catapultDevices(facts).length === (hcValue![k] as unknown[]).length) continue;
          report({
            node: facts.hostConfig!.get(key)!,
            module: mod,
            messageId: "strippedOption",
            data: { key: k },
          });
        }
        for (const f of found) {
          // named volumes are not host binds; share paths are vm-share-bind's
          if (!f.source.startsWith("/") || hasPlaceholder(f.source) || hcsSharePath(f.source) !== undefined || allowed(f.source, roots)) continue;
          report({
            node: f.node,
            part: "value",
            module: mod,
            messageId: "bindNotAllowed",
            data: { source: f.source, allowed: roots.length > 0 ? roots.join(", ") : "none" },
          });
        }
      },
    };
  },
};

export default rule;
