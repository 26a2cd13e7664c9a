import { type Rule } from "../src/rule-api.js";

const PROXY = new Set([35000, 35001]);
const ASE = new Map([
  [31000, "the Kubernetes dashboard"],
  [31001, "the Edge container registry"],
]);

/** F15: the IoT Edge proxy sidecar listens on 35000/35001 in every module pod; ASE reserves 31000/31001. */
const rule: Rule = {
  meta: {
    id: "reserved-proxy-port",
    severity: "error",
    facts: ["F15", "§5.5", "§1.6"],
    description: "A container or host port 35000/35001 (the IoT Edge proxy sidecar); host ports 31000/31001 (reserved on Azure Stack Edge) as a warning.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      proxyContainerPort:
        "container port {{port}} is used by the IoT Edge proxy sidecar in every module pod on Kubernetes-based IoT Edge (ports 35000 and 35001); move the module to another port",
      proxyHostPort:
        "host port {{port}} is used by the IoT Edge proxy sidecar in every module pod on Kubernetes-based IoT Edge (ports 35000 and 35001); move the module to another port",
      aseHostPort: "host port {{port}} is reserved on Azure Stack Edge for {{use}}; publish the module on another host port",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      if (!facts.hasPorts) return;
      const exposed = facts.exposedPorts;
      const bindings = facts.portBindings;
      const seen = new Set<string>();
      for (const ep of exposed) {
        if (ep.parsed?.valid && PROXY.has(ep.parsed.port)) {
          seen.add(String(ep.parsed.port));
          report({ node: ep.node, module: mod, messageId: "proxyContainerPort", data: { port: ep.parsed.port } });
        }
      }
      for (const pb of bindings) {
        if (pb.parsed?.valid && PROXY.has(pb.parsed.port) && !seen.has(String(pb.parsed.port))) {
          report({ node: pb.node, module: mod, messageId: "proxyContainerPort", data: { port: pb.parsed.port } });
        }
        for (const hp of pb.hostPorts) {
          if (hp.hostPort === undefined || hp.hostPortKey === undefined) continue;
          if (PROXY.has(hp.hostPort)) {
            report({ node: hp.hostPortNode!, part: "value", module: mod, messageId: "proxyHostPort", data: { port: hp.hostPort } });
          } else if (ASE.has(hp.hostPort)) {
            report({
              node: hp.hostPortNode!,
              part: "value",
              module: mod,
              severity: "warning",
              messageId: "aseHostPort",
              data: { port: hp.hostPort, use: ASE.get(hp.hostPort)! },
            });
          }
        }
      }
    },
  }),
};

export default rule;
