/** Shared readers for HostConfig.Mounts and Binds, as the Kubernetes agent reads them (§1.3, §1.6). */
import type { JNode, Module } from "../src/rule-api.js";
import { hostConfig, hostConfigValue, perModule, valueIgnoreCase } from "./_facts.js";

export interface MountEntry {
  /** the Mounts element */
  node: JNode;
  /** the members the agent requires (matched case-insensitively), when present */
  type: JNode | undefined;
  source: JNode | undefined;
  target: JNode | undefined;
}

/** `HostConfig.Mounts` elements of a module (an empty list when Mounts is not an array; shared: read-only). */
export const mountsOf = perModule((mod: Module): readonly MountEntry[] => {
  if (!Array.isArray(valueIgnoreCase(hostConfigValue(mod), "mounts"))) return [];
  const mounts = hostConfig(mod)!.get("Mounts")!;
  return mounts.items().map((node) => ({
    node,
    type: node.isObject ? node.get("Type") : undefined,
    source: node.isObject ? node.get("Source") : undefined,
    target: node.isObject ? node.get("Target") : undefined,
  }));
});

/** `HostConfig.Binds` elements of a module (an empty list when Binds is not an array; shared: read-only). */
export const bindsOf = perModule((mod: Module): readonly JNode[] => {
  if (!Array.isArray(valueIgnoreCase(hostConfigValue(mod), "binds"))) return [];
  return hostConfig(mod)!.get("Binds")!.items();
});
