import { RESERVED_K8S_NAMES, k8sName, type Rule } from "../src/rule-api.js";

const WHY: Record<string, string> = {
  proxy: "every module pod already has a sidecar container named 'proxy'",
  iotedged: "the runtime's own Deployment and Service are named 'iotedged'",
  edgeagent: "the system module edgeAgent has that Kubernetes name, and the agent rejects the whole deployment",
  edgehub: "the system module edgeHub has that Kubernetes name, and the agent rejects the whole deployment",
};

/** §1.5: names the agent or the runtime already uses in the namespace or the pod. */
const rule: Rule = {
  meta: {
    id: "reserved-module-name",
    severity: "error",
    facts: ["§1.5"],
    description: "A user module whose Kubernetes name is proxy, iotedged, edgeagent or edgehub.",
    repair: "none",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (mod.system || mod.placeholderName) continue;
      const name = k8sName(mod.name);
      if (!RESERVED_K8S_NAMES.has(name)) continue;
      report({
        node: mod.node,
        part: "key",
        module: mod,
        message: `module '${mod.name}': its Kubernetes name '${name}' is reserved on Kubernetes-based IoT Edge (${WHY[name] ?? "the runtime uses it"}); rename the module (e.g. '${name}-module')`,
      });
    }
  },
};

export default rule;
