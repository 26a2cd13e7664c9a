import { hasPlaceholder, isPlaceholder, isPlainObject, keyIgnoreCase, valueIgnoreCase, type Rule } from "../src/rule-api.js";

/** HostIp values that mean "all interfaces", which is what a Kubernetes Service does anyway. */
const ANY_ADDRESS = new Set(["", "0.0.0.0", "::"]);

/** §1.3: Kubernetes reads NetworkMode only for `host`; NetworkingConfig and HostIp are ignored. */
const rule: Rule = {
  meta: {
    id: "ignored-network-option",
    severity: "info",
    facts: ["§1.3", "§1.6"],
    description: "NetworkMode other than host, NetworkingConfig, or a binding's HostIp: ignored on Kubernetes.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      networkMode:
        "NetworkMode '{{mode}}' is ignored on Kubernetes-based IoT Edge (only 'host' is read); modules reach each other through Kubernetes Services, so it can be removed",
      networkingConfig:
        "NetworkingConfig (network aliases, endpoints) is ignored on Kubernetes-based IoT Edge; modules reach each other by their Kubernetes Service name, so it can be removed",
      hostIp:
        "HostIp '{{hostIp}}' in the binding of '{{port}}' is ignored on Kubernetes-based IoT Edge: the Service listens on the address Kubernetes assigns (on Azure Stack Edge, an IP from the external service IP range), not on this one",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const mode = valueIgnoreCase(facts.hostConfigValue, "networkmode");
      if (typeof mode === "string" && !isPlaceholder(mode) && mode.trim().toLowerCase() !== "host" && mode.trim() !== "") {
        const nm = facts.hostConfig!.get("NetworkMode")!;
        report({
          node: nm,
          part: "value",
          module: mod,
          messageId: "networkMode",
          data: { mode: String(nm.value) },
        });
      }
      if (valueIgnoreCase(mod.createOptions.root?.value, "networkingconfig") !== undefined) {
        const nc = mod.createOptions.root!.get("NetworkingConfig")!;
        report({
          node: nc,
          part: "key",
          module: mod,
          messageId: "networkingConfig",
        });
      }
      for (const b of facts.portBindings) {
        for (const h of b.hostPorts) {
          // read the plain binding first: most have no HostIp
          if (!isPlainObject(h.value) || keyIgnoreCase(h.value, "hostip") === undefined) continue;
          const ip = h.node.get("HostIp");
          if (ip === undefined || typeof ip.value !== "string" || ANY_ADDRESS.has(ip.value.trim()) || hasPlaceholder(ip.value)) continue;
          report({
            node: ip,
            part: "key",
            module: mod,
            messageId: "hostIp",
            data: { hostIp: ip.value, port: b.key },
          });
        }
      }
    },
  }),
};

export default rule;
