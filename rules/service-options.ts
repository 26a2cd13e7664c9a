import { hasPlaceholder, valueIgnoreCase, type Rule } from "../src/rule-api.js";
import { serviceOptionsOf } from "./_options.js";

const TYPES = new Map([
  ["clusterip", "ClusterIP"],
  ["nodeport", "NodePort"],
  ["loadbalancer", "LoadBalancer"],
]);

/** F5, §1.2: serviceOptions shapes the module's Service; the agent drops what it cannot parse. */
const rule: Rule = {
  meta: {
    id: "service-options",
    severity: "warning",
    facts: ["F5", "§1.2", "§1.6"],
    description: "k8s-experimental.serviceOptions with a type other than ClusterIP/NodePort/LoadBalancer, loadBalancerIP without LoadBalancer, or on a module without ports.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      noService:
        "k8s-experimental.serviceOptions has no effect, because the module has no ExposedPorts or PortBindings and so gets no Kubernetes Service; add the ports or remove serviceOptions",
      unknownType:
        'serviceOptions.type {{type}} is silently ignored by Kubernetes-based IoT Edge; use "ClusterIP" (inside the cluster only), "NodePort" or "LoadBalancer"',
      loadBalancerIpUnused:
        'serviceOptions.loadBalancerIP is used only by a LoadBalancer service, but this module\'s service is {{type}}; set "type": "LoadBalancer" or remove loadBalancerIP',
      loadBalancerIpWithoutBindings:
        'serviceOptions.loadBalancerIP is used only by a LoadBalancer service, but this module\'s service is {{type}} (it has no PortBindings); set "type": "LoadBalancer" or remove loadBalancerIP',
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const so = serviceOptionsOf(facts);
      if (so === undefined || !so.isObject) return;
      if (!facts.hasPorts) {
        report({
          node: so,
          module: mod,
          messageId: "noService",
        });
        return;
      }
      // plain values first: a node only for what is reported
      const v = valueIgnoreCase(so.value, "type");
      let type: string | undefined;
      if (v !== undefined) {
        if (typeof v === "string" && hasPlaceholder(v)) return;
        if (typeof v !== "string" || !TYPES.has(v.toLowerCase())) {
          report({
            node: so.get("type")!,
            part: "value",
            module: mod,
            messageId: "unknownType",
            data: { type: String(JSON.stringify(v)) },
          });
          return;
        }
        type = TYPES.get(v.toLowerCase());
      }
      const ip = valueIgnoreCase(so.value, "loadbalancerip");
      if (ip === undefined || ip === null || ip === "") return;
      // without a type the service is LoadBalancer on ASE when the module has port bindings, ClusterIP when it only exposes ports
      const effective = type ?? (facts.portBindings.length > 0 ? "LoadBalancer" : "ClusterIP");
      if (effective === "LoadBalancer") return;
      report({
        node: so.get("loadBalancerIP")!,
        module: mod,
        messageId: type === undefined ? "loadBalancerIpWithoutBindings" : "loadBalancerIpUnused",
        data: { type: effective },
      });
    },
  }),
};

export default rule;
