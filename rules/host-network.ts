import { valueIgnoreCase, type Rule } from "../src/rule-api.js";
import { onHostNetwork } from "./multiple-host-network.js";

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
  create: ({ report }) => {
    // a module on the host network after the first gets multiple-host-network's finding only
    let firstSeen = false;
    return {
      module(mod, facts) {
        if (!facts.get(onHostNetwork)) return;
        const first = !firstSeen;
        firstSeen = true;
        // this rule reads NetworkMode untrimmed ('host' in any case); onHostNetwork also takes it with blanks around
        const mode = valueIgnoreCase(facts.hostConfigValue, "networkmode") as string;
        if (mode.toLowerCase() !== "host" || !first) return;
        const nm = facts.hostConfig!.get("NetworkMode")!;
        if (mod.system && mod.name === "edgeHub") {
          report({
            node: nm,
            part: "value",
            module: mod,
            severity: "warning",
            messageId: "edgeHub",
          });
          return;
        }
        report({
          node: nm,
          part: "value",
          module: mod,
          messageId: "hostNetwork",
        });
      },
    };
  },
};

export default rule;
