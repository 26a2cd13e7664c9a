import { moduleLabel, type Rule } from "../src/rule-api.js";
import { portBindingsOf } from "./_ports.js";
import { serviceTypeOf } from "./_options.js";

/** F8: one module's service cannot carry TCP and UDP ports (a LoadBalancer service is single-protocol). */
const rule: Rule = {
  meta: {
    id: "mixed-tcp-udp-ports",
    severity: "error",
    facts: ["F8", "§5.5", "§1.6"],
    description: "One module with both /tcp and /udp port bindings.",
    repair: "none",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const bindings = portBindingsOf(mod).filter((b) => b.parsed?.valid && (b.parsed.protocol === "tcp" || b.parsed.protocol === "udp"));
      const first = bindings[0];
      if (first === undefined) continue;
      const other = bindings.find((b) => b.parsed!.protocol !== first.parsed!.protocol);
      if (other === undefined) continue;
      // a ClusterIP or NodePort service may mix protocols (§1.6); only the LoadBalancer default may not
      const type = serviceTypeOf(mod);
      if (type === "clusterip" || type === "nodeport") continue;
      const tcp = bindings.filter((b) => b.parsed!.protocol === "tcp").map((b) => b.key);
      const udp = bindings.filter((b) => b.parsed!.protocol === "udp").map((b) => b.key);
      report({
        node: other.node,
        module: mod,
        message: `${moduleLabel(mod)}: binds TCP (${tcp.join(", ")}) and UDP (${udp.join(", ")}) ports in one module, which Kubernetes-based IoT Edge cannot publish as one LoadBalancer service; split the module in two, one per protocol, or keep one protocol`,
      });
    }
  },
};

export default rule;
