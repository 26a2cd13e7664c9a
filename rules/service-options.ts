import { type Rule } from "../src/rule-api.js";
import { hasPorts, portBindingsOf } from "./_ports.js";
import { serviceOptionsOf } from "./_options.js";
import { hasPlaceholder } from "../src/rule-api.js";

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
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const so = serviceOptionsOf(mod);
      if (so === undefined || !so.isObject) continue;
      if (!hasPorts(mod)) {
        report({
          node: so,
          module: mod,
          messageId: "noService",
        });
        continue;
      }
      const typeNode = so.get("type");
      let type: string | undefined;
      if (typeNode !== undefined) {
        const v = typeNode.value;
        if (typeof v === "string" && hasPlaceholder(v)) continue;
        if (typeof v !== "string" || !TYPES.has(v.toLowerCase())) {
          report({
            node: typeNode,
            part: "value",
            module: mod,
            messageId: "unknownType",
            data: { type: String(JSON.stringify(v)) },
          });
          continue;
        }
        type = TYPES.get(v.toLowerCase());
      }
      const ip = so.get("loadBalancerIP");
      if (ip === undefined || ip.value === null || ip.value === "") continue;
      // without a type the service is LoadBalancer on ASE when the module has port bindings, ClusterIP when it only exposes ports
      const effective = type ?? (portBindingsOf(mod).length > 0 ? "LoadBalancer" : "ClusterIP");
      if (effective === "LoadBalancer") continue;
      report({
        node: ip,
        module: mod,
        messageId: type === undefined ? "loadBalancerIpWithoutBindings" : "loadBalancerIpUnused",
        data: { type: effective },
      });
    }
  },
};

export default rule;
