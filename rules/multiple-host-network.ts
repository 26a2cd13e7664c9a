import { isPlaceholder, type JNode, type Manifest, type Module, type Rule } from "../src/rule-api.js";
import { hostConfig, hostConfigValue, valueIgnoreCase } from "./_facts.js";

/** The modules on the host network, in manifest order, with their NetworkMode member. */
export function hostNetworkModules(manifest: Manifest): { mod: Module; node: JNode }[] {
  const onHost: { mod: Module; node: JNode }[] = [];
  for (const mod of manifest.modules) {
    const mode = valueIgnoreCase(hostConfigValue(mod), "networkmode");
    if (typeof mode === "string" && !isPlaceholder(mode) && mode.trim().toLowerCase() === "host") onHost.push({ mod, node: hostConfig(mod)!.get("NetworkMode")! });
  }
  return onHost;
}

/** The modules this rule reports: every module on the host network after the first (host-network stays silent on them). */
export function extraHostNetworkModules(manifest: Manifest): Set<Module> {
  const onHost = hostNetworkModules(manifest);
  return new Set(onHost.length < 2 ? [] : onHost.slice(1).map((h) => h.mod));
}

/** §1.6: every module pod has a proxy sidecar on localhost ports, so only one module may use the host network. */
const rule: Rule = {
  meta: {
    id: "multiple-host-network",
    severity: "error",
    facts: ["§1.6", "§5.5"],
    description: "More than one module with NetworkMode host (only one module of a deployment can run on the host network on Kubernetes).",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      alsoOnHost:
        "NetworkMode 'host' is also set on module '{{first}}'; on Kubernetes every module pod has a proxy sidecar listening on localhost ports, so only one module of a deployment can run on the host network; remove NetworkMode 'host' from all but one module and publish ports with PortBindings instead (on the one that keeps it, hostNetwork comes with dnsPolicy ClusterFirstWithHostNet: other modules are reached by their Kubernetes names)",
    },
  },
  check({ manifest, report }) {
    const onHost = hostNetworkModules(manifest);
    if (onHost.length < 2) return;
    const first = onHost[0]!.mod.name;
    for (const { mod, node } of onHost.slice(1)) {
      report({
        node,
        part: "value",
        module: mod,
        messageId: "alsoOnHost",
        data: { first },
      });
    }
  },
};

export default rule;
