import { isPlaceholder, moduleLabel, type JNode, type Module, type Rule } from "../src/rule-api.js";
import { hostConfig, hostConfigValue, valueIgnoreCase } from "./_facts.js";

/** §1.6: every module pod has a proxy sidecar on localhost ports, so only one module may use the host network. */
const rule: Rule = {
  meta: {
    id: "multiple-host-network",
    severity: "error",
    facts: ["§1.6", "§5.5"],
    description: "More than one module with NetworkMode host (only one module of a deployment can run on the host network on Kubernetes).",
    repair: "none",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    const onHost: { mod: Module; node: JNode }[] = [];
    for (const mod of manifest.modules) {
      const mode = valueIgnoreCase(hostConfigValue(mod), "networkmode");
      if (typeof mode === "string" && !isPlaceholder(mode) && mode.trim().toLowerCase() === "host") onHost.push({ mod, node: hostConfig(mod)!.get("NetworkMode")! });
    }
    if (onHost.length < 2) return;
    const first = onHost[0]!.mod.name;
    for (const { mod, node } of onHost.slice(1)) {
      report({
        node,
        part: "value",
        module: mod,
        message: `${moduleLabel(mod)}: NetworkMode 'host' is also set on module '${first}'; on Kubernetes every module pod has a proxy sidecar listening on localhost ports, so only one module of a deployment can run on the host network; remove NetworkMode 'host' from all but one module and publish ports with PortBindings instead`,
      });
    }
  },
};

export default rule;
