import { RESERVED_K8S_NAMES, isDns1123Label, k8sName, type Rule } from "../src/rule-api.js";

const WHY: Record<string, string> = {
  proxy: "every module pod already has a sidecar container named 'proxy'",
  iotedged: "the runtime's own Deployment and Service are named 'iotedged'",
  edgeagent: "the system module edgeAgent has that Kubernetes name, and the agent rejects the whole deployment",
  edgehub: "the system module edgeHub has that Kubernetes name, and the agent rejects the whole deployment",
};

/** Why a reserved Kubernetes name cannot be a module's. */
export function reservedWhy(name: string): string {
  return WHY[name] ?? "the runtime uses it";
}

/** §1.5: names the agent or the runtime already uses in the namespace or the pod. */
const rule: Rule = {
  meta: {
    id: "reserved-module-name",
    severity: "error",
    facts: ["§1.5"],
    description: "A user module whose Kubernetes name is proxy, iotedged, edgeagent or edgehub.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      reserved: "its Kubernetes name '{{name}}' is reserved on Kubernetes-based IoT Edge ({{why}}); rename the module (e.g. '{{name}}-module')",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      if (mod.system || mod.placeholderName) return;
      const name = k8sName(mod.name);
      if (!RESERVED_K8S_NAMES.has(name)) return;
      // a name that is not a valid label itself (Edge_Hub, Proxy) is module-name's finding, which says this and renames it
      if (!isDns1123Label(mod.name) || (/^[0-9]/.test(mod.name) && facts.hasPorts)) return;
      report({
        node: mod.node,
        part: "key",
        module: mod,
        messageId: "reserved",
        data: { name, why: reservedWhy(name) },
      });
    },
  }),
};

export default rule;
