import { type Rule } from "../src/rule-api.js";
import { hostConfig, hostConfigValue, valueIgnoreCase } from "./_facts.js";
import { extraHostNetworkModules } from "./multiple-host-network.js";

/** F7: host networking works with dnsPolicy ClusterFirstWithHostNet; edgeHub need not be on the host network. */
const rule: Rule = {
  meta: {
    id: "host-network",
    severity: "info",
    facts: ["F7", "§1.6"],
    description: "HostConfig.NetworkMode host (a warning on edgeHub, which need not be on the host network).",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      edgeHub:
        "edgeHub does not need the host network on Kubernetes-based IoT Edge (modules on the host network reach it through ClusterFirstWithHostNet DNS), and only one module per deployment can use it; remove NetworkMode and publish its ports with PortBindings",
      hostNetwork:
        "NetworkMode host becomes hostNetwork with dnsPolicy ClusterFirstWithHostNet on Kubernetes-based IoT Edge: other modules are reached by their Kubernetes names, the module's ports must not clash with the node's or the proxy sidecar's (35000, 35001), and only one module per deployment can use it (some Azure Stack Edge releases do not allow it at all)",
    },
  },
  check({ manifest, report }) {
    // a module that multiple-host-network reports (a second one on the host network) gets that finding only
    let extra: Set<unknown> | undefined;
    for (const mod of manifest.modules) {
      const mode = valueIgnoreCase(hostConfigValue(mod), "networkmode");
      if (typeof mode !== "string" || mode.toLowerCase() !== "host") continue;
      if ((extra ??= extraHostNetworkModules(manifest)).has(mod)) continue;
      const nm = hostConfig(mod)!.get("NetworkMode")!;
      if (mod.system && mod.name === "edgeHub") {
        report({
          node: nm,
          part: "value",
          module: mod,
          severity: "warning",
          messageId: "edgeHub",
        });
        continue;
      }
      report({
        node: nm,
        part: "value",
        module: mod,
        messageId: "hostNetwork",
      });
    }
  },
};

export default rule;
