import { defineFact, type PortBinding, type Rule } from "../src/rule-api.js";
import { serviceTypeOf } from "./_options.js";

/**
 * The module's TCP and UDP bindings, when this rule reports them (both protocols, and a service
 * type that cannot mix them); read with `facts.get(mixedProtocols)` (shared: read-only).
 */
export const mixedProtocols = defineFact("mixedProtocols", (facts): { bindings: PortBinding[]; other: PortBinding } | undefined => {
  const bindings = facts.portBindings.filter((b) => b.parsed?.valid && (b.parsed.protocol === "tcp" || b.parsed.protocol === "udp"));
  const first = bindings[0];
  if (first === undefined) return undefined;
  const other = bindings.find((b) => b.parsed!.protocol !== first.parsed!.protocol);
  if (other === undefined) return undefined;
  // a ClusterIP or NodePort service may mix protocols (§1.6); only the LoadBalancer default may not
  const type = serviceTypeOf(facts);
  if (type === "clusterip" || type === "nodeport") return undefined;
  return { bindings, other };
});

/** F8: one module's service cannot carry TCP and UDP ports (a LoadBalancer service is single-protocol). */
const rule: Rule = {
  meta: {
    id: "mixed-tcp-udp-ports",
    severity: "error",
    facts: ["F8", "§5.5", "§1.6"],
    description: "One module with both /tcp and /udp port bindings.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      mixed:
        "binds TCP ({{tcp}}) and UDP ({{udp}}) ports in one module, which Kubernetes-based IoT Edge cannot publish as one LoadBalancer service; split the module in two, one per protocol, or keep one protocol",
      mixedSameHostPort:
        "binds TCP ({{tcp}}) and UDP ({{udp}}) ports in one module, which Kubernetes-based IoT Edge cannot publish as one LoadBalancer service; HostPort {{hostPorts}} is bound for both protocols, and Kubernetes Service ports are keyed by host port, so one binding silently replaces the other; split the module in two, one per protocol, or keep one protocol",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const mixed = facts.get(mixedProtocols);
      if (mixed === undefined) return;
      const { bindings, other } = mixed;
      const tcp = bindings.filter((b) => b.parsed!.protocol === "tcp").map((b) => b.key);
      const udp = bindings.filter((b) => b.parsed!.protocol === "udp").map((b) => b.key);
      // one HostPort bound for both protocols (53/tcp and 53/udp): duplicate-host-port leaves that to this finding
      const tcpPorts = new Set(bindings.filter((b) => b.parsed!.protocol === "tcp").flatMap((b) => b.hostPorts.map((h) => h.hostPort)));
      const shared = [...new Set(bindings.filter((b) => b.parsed!.protocol === "udp").flatMap((b) => b.hostPorts.map((h) => h.hostPort)))].filter(
        (p): p is number => p !== undefined && tcpPorts.has(p),
      );
      report({
        node: other.node,
        module: mod,
        ...(shared.length > 0
          ? { messageId: "mixedSameHostPort", data: { tcp: tcp.join(", "), udp: udp.join(", "), hostPorts: shared.join(", ") } }
          : { messageId: "mixed", data: { tcp: tcp.join(", "), udp: udp.join(", ") } }),
      });
    },
  }),
};

export default rule;
