import { defineFact, isPlaceholder, valueIgnoreCase, type Rule } from "../src/rule-api.js";

/**
 * The module is on the host network: HostConfig.NetworkMode is `host`. Every such module after the
 * first is this rule's finding (host-network stays silent on them).
 */
export const onHostNetwork = defineFact("onHostNetwork", (facts): boolean => {
  const mode = valueIgnoreCase(facts.hostConfigValue, "networkmode");
  return typeof mode === "string" && !isPlaceholder(mode) && mode.trim().toLowerCase() === "host";
});

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
  create: ({ report }) => {
    // the first module on the host network (in manifest order): each later one is reported
    let first: string | undefined;
    return {
      module(mod, facts) {
        if (!facts.get(onHostNetwork)) return;
        if (first === undefined) {
          first = mod.name;
          return;
        }
        report({
          node: facts.hostConfig!.get("NetworkMode")!,
          part: "value",
          module: mod,
          messageId: "alsoOnHost",
          data: { first },
        });
      },
    };
  },
};

export default rule;
