/**
 * Container and Service ports (as docs/render.md describes the agent): container ports come from ExposedPorts;
 * Service ports from ExposedPorts and then PortBindings, kept in a map keyed by the port number
 * alone, so a later entry with the same number replaces an earlier one. Keys that are not
 * `<int>` or `<int>/<tcp|udp|sctp>` (ranges) and bindings without an integer HostPort vanish.
 */
import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";

export interface ContainerPort {
  containerPort: number;
  protocol: string;
  node: JNode;
}

export interface ServicePort {
  name: string;
  port: number;
  targetPort?: number;
  protocol: string;
  node: JNode;
  /** from a PortBindings entry (not only ExposedPorts) */
  bound: boolean;
}

const PROTOCOL: Record<string, string> = { tcp: "TCP", udp: "UDP", sctp: "SCTP" };

export function containerPorts(ctx: ModuleContext): ContainerPort[] {
  const out: ContainerPort[] = [];
  for (const e of ctx.facts.exposedPorts) {
    if (e.parsed === undefined || !e.parsed.valid) {
      ctx.note(e.node, ["port-range"], `ExposedPorts ${JSON.stringify(e.key)} is not <port> or <port>/<tcp|udp|sctp>: no container or Service port is made for it`);
      continue;
    }
    out.push({ containerPort: e.parsed.port, protocol: PROTOCOL[e.parsed.protocol]!, node: e.node });
  }
  return out;
}

export function servicePorts(ctx: ModuleContext): ServicePort[] {
  const byNumber = new Map<number, ServicePort>();
  const put = (p: ServicePort): void => {
    const before = byNumber.get(p.port);
    if (before !== undefined && (before.protocol !== p.protocol || (before.targetPort ?? before.port) !== (p.targetPort ?? p.port))) {
      ctx.note(
        p.node,
        ["duplicate-host-port", "mixed-tcp-udp-ports"],
        `Service port ${p.port}: ${describe(p)} replaces ${describe(before)} from ${ctx.path(before.node)} (the agent keys Service ports by number only)`,
      );
    }
    byNumber.set(p.port, p);
  };
  for (const e of ctx.facts.exposedPorts) {
    if (e.parsed === undefined || !e.parsed.valid) continue; // noted with the container ports
    const protocol = PROTOCOL[e.parsed.protocol]!;
    put({ name: `exposedport-${e.parsed.port}-${e.parsed.protocol}`, port: e.parsed.port, protocol, node: e.node, bound: false });
  }
  for (const b of ctx.facts.portBindings) {
    if (b.parsed === undefined || !b.parsed.valid) {
      ctx.note(b.node, ["port-range"], `PortBindings ${JSON.stringify(b.key)} is not <port> or <port>/<tcp|udp|sctp>: the agent makes no Service port for it`);
      continue;
    }
    const protocol = PROTOCOL[b.parsed.protocol]!;
    for (const h of b.hostPorts) {
      if (h.hostPort === undefined) {
        ctx.note(h.node, ["port-binding-needs-host-port"], `PortBindings ${JSON.stringify(b.key)} has no integer HostPort: Docker picks a host port, Kubernetes makes no Service port`);
        continue;
      }
      if (h.hostPortKey !== undefined && h.node.isObject) {
        const ip = h.node.entries().find((m) => m.key!.toLowerCase() === "hostip");
        if (ip !== undefined && typeof ip.value === "string" && !["", "0.0.0.0", "::"].includes(ip.value)) ctx.note(ip, ["ignored-network-option"], `HostIp ${JSON.stringify(ip.value)} is ignored: the Service listens on its own address`);
      }
      put({ name: `hostport-${b.parsed.port}-${b.parsed.protocol}`, port: h.hostPort, targetPort: b.parsed.port, protocol, node: b.hostPorts.length === 1 ? b.node : h.node, bound: true });
    }
  }
  const ports = [...byNumber.values()];
  const names = new Map<string, ServicePort>();
  for (const p of ports) {
    const first = names.get(p.name);
    if (first !== undefined) {
      ctx.note(p.node, ["duplicate-host-port"], `two Service ports are named ${p.name} (one container port bound to host ports ${first.port} and ${p.port}): the API server rejects the Service`);
    } else names.set(p.name, p);
  }
  return ports;
}

function describe(p: ServicePort): string {
  return `${p.protocol} to container port ${p.targetPort ?? p.port}`;
}
