import { type Rule } from "../src/rule-api.js";
import { mixedProtocols } from "./mixed-tcp-udp-ports.js";

/**
 * §1.6: the agent keys Service ports by HostPort alone (a reused HostPort silently overwrites the
 * other binding) and names them `hostport-<containerPort>-<proto>` (a container port bound to
 * two HostPorts gives two ports of one name, which the API server rejects [INF]).
 */
const rule: Rule = {
  meta: {
    id: "duplicate-host-port",
    severity: "error",
    facts: ["§1.6", "§5.5"],
    description: "One HostPort used twice in a module, or one container port bound to several host ports.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      hostPortTwice:
        "HostPort {{hostPort}} is bound twice ('{{first}}' and '{{second}}'); Kubernetes Service ports are keyed by host port, so one binding silently replaces the other; give each binding its own HostPort",
      severalHostPorts:
        "container port '{{key}}' is bound to several host ports ({{hostPorts}}); the Kubernetes agent names each Service port 'hostport-{{port}}-{{protocol}}', and the API server rejects duplicate names [inferred]; bind it to one HostPort",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const bindings = facts.portBindings;
      if (bindings.length === 0) return;
      const byHostPort = new Map<number, string>();
      const protocolOf = new Map<number, string>();
      // one HostPort for a TCP and a UDP binding is part of mixed-tcp-udp-ports' finding when it reports the module
      for (const b of bindings) {
        if (b.parsed === undefined || !b.parsed.valid) continue;
        const hostPorts = new Set<number>();
        for (const h of b.hostPorts) {
          if (h.hostPort === undefined) continue;
          const prev = byHostPort.get(h.hostPort);
          if (prev !== undefined) {
            const pair = [protocolOf.get(h.hostPort), b.parsed.protocol].sort().join("/");
            if (pair === "tcp/udp" && facts.get(mixedProtocols) !== undefined) continue;
            report({
              node: h.hostPortNode!,
              part: "value",
              module: mod,
              messageId: "hostPortTwice",
              data: { hostPort: h.hostPort, first: prev, second: b.key },
            });
            continue;
          }
          byHostPort.set(h.hostPort, b.key);
          protocolOf.set(h.hostPort, b.parsed.protocol);
          if (hostPorts.size > 0) {
            report({
              node: h.hostPortNode!,
              part: "value",
              module: mod,
              messageId: "severalHostPorts",
              data: { key: b.key, hostPorts: [...hostPorts, h.hostPort].join(", "), port: b.parsed.port, protocol: b.parsed.protocol },
            });
          }
          hostPorts.add(h.hostPort);
        }
      }
    },
  }),
};

export default rule;
