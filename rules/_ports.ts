/** Shared readers for ports: ExposedPorts and HostConfig.PortBindings, as the agent parses them (§1.6). */
import { type JNode, type Module } from "../src/rule-api.js";
import { hostConfig, perModule } from "./_facts.js";

export interface PortKey {
  /** container port, or the first of a range */
  port: number;
  /** last port of a range (`8000-8010/tcp`) */
  rangeEnd?: number;
  /** lower-case protocol; `tcp` when the key has none */
  protocol: string;
  /** the agent accepts only `<int>` or `<int>/<tcp|udp|sctp>` (any case) */
  valid: boolean;
}

const PORT_KEY = /^([0-9]+)(?:-([0-9]+))?(?:\/([A-Za-z]+))?$/;
const INTEGER = /^[0-9]+$/;

export function parsePortKey(key: string): PortKey | undefined {
  const m = PORT_KEY.exec(key.trim());
  if (m === null) return undefined;
  const protocol = (m[3] ?? "tcp").toLowerCase();
  const k: PortKey = { port: Number(m[1]), protocol, valid: m[2] === undefined && ["tcp", "udp", "sctp"].includes(protocol) };
  if (m[2] !== undefined) k.rangeEnd = Number(m[2]);
  return k;
}

export interface HostPortRef {
  /** the binding object ({"HostPort": "5000"}) */
  node: JNode;
  /** its HostPort member, when present */
  hostPortNode: JNode | undefined;
  /** numeric host port, when HostPort is an integer (string or number) */
  hostPort: number | undefined;
}

export interface PortBinding {
  /** the PortBindings member: key `8080/tcp` */
  node: JNode;
  key: string;
  parsed: PortKey | undefined;
  hostPorts: HostPortRef[];
}

function intPort(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && INTEGER.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** `HostConfig.PortBindings` entries of a module (shared: read-only). */
export const portBindingsOf = perModule((mod: Module): readonly PortBinding[] => {
  const pb = hostConfig(mod)?.get("PortBindings");
  if (pb === undefined || !pb.isObject) return [];
  return pb.entries().map((node) => ({
    node,
    key: node.key!,
    parsed: parsePortKey(node.key!),
    hostPorts: node.items().map((b) => {
      const hostPortNode = b.isObject ? b.get("HostPort") : undefined;
      return { node: b, hostPortNode, hostPort: intPort(hostPortNode?.value) };
    }),
  }));
});

export interface ExposedPort {
  node: JNode;
  key: string;
  parsed: PortKey | undefined;
}

/** `ExposedPorts` entries of a module (shared: read-only). */
export const exposedPortsOf = perModule((mod: Module): readonly ExposedPort[] => {
  const ep = mod.createOptions.root?.get("ExposedPorts");
  if (ep === undefined || !ep.isObject) return [];
  return ep.entries().map((node) => ({ node, key: node.key!, parsed: parsePortKey(node.key!) }));
});

/** Does the module publish or expose any port? */
export function hasPorts(mod: Module): boolean {
  return portBindingsOf(mod).length > 0 || exposedPortsOf(mod).length > 0;
}
