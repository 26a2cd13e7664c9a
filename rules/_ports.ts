/** Shared readers for ports: ExposedPorts and HostConfig.PortBindings, as the agent parses them (§1.6). */
import { isPlainObject, type JNode, type Module } from "../src/rule-api.js";
import { hostConfig, hostConfigValue, keyIgnoreCase, perModule, valueIgnoreCase } from "./_facts.js";

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

/**
 * The readers below work on plain values and make a JNode only when a rule asks for one (to
 * report it or edit it): most modules are checked without any.
 */

export interface HostPortRef {
  /** the binding object ({"HostPort": "5000"}) */
  readonly node: JNode;
  /** its plain value */
  readonly value: unknown;
  /** its HostPort member (matched case-insensitively), when present */
  readonly hostPortNode: JNode | undefined;
  /** the HostPort member's key as spelt in the file, when present */
  readonly hostPortKey: string | undefined;
  /** numeric host port, when HostPort is an integer (string or number) */
  readonly hostPort: number | undefined;
}

export interface PortBinding {
  /** the PortBindings member: key `8080/tcp` */
  readonly node: JNode;
  readonly key: string;
  /** its plain value (a list of binding objects, when well formed) */
  readonly value: unknown;
  readonly parsed: PortKey | undefined;
  readonly hostPorts: readonly HostPortRef[];
}

function intPort(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && INTEGER.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** A member of an object whose node (and its parent's) is made on first use. */
class Member {
  private made: JNode | undefined;
  constructor(
    private readonly parent: () => JNode,
    readonly key: string,
    readonly value: unknown,
  ) {}

  get node(): JNode {
    return (this.made ??= this.parent().getExact(this.key)!);
  }
}

class Binding extends Member implements PortBinding {
  readonly parsed: PortKey | undefined;
  readonly hostPorts: readonly HostPortRef[];
  private items: JNode[] | undefined;

  constructor(parent: () => JNode, key: string, value: unknown) {
    super(parent, key, value);
    this.parsed = parsePortKey(key);
    this.hostPorts = Array.isArray(value) ? value.map((v, i) => new HostPort(this, i, v)) : [];
  }

  item(i: number): JNode {
    return (this.items ??= this.node.items())[i]!;
  }
}

class HostPort implements HostPortRef {
  readonly hostPortKey: string | undefined;
  readonly hostPort: number | undefined;

  constructor(
    private readonly binding: Binding,
    private readonly index: number,
    readonly value: unknown,
  ) {
    this.hostPortKey = isPlainObject(value) ? keyIgnoreCase(value, "hostport") : undefined;
    this.hostPort = this.hostPortKey === undefined ? undefined : intPort((value as Record<string, unknown>)[this.hostPortKey]);
  }

  get node(): JNode {
    return this.binding.item(this.index);
  }

  get hostPortNode(): JNode | undefined {
    return this.hostPortKey === undefined ? undefined : this.node.getExact(this.hostPortKey);
  }
}

/** `HostConfig.PortBindings` entries of a module (shared: read-only). */
export const portBindingsOf = perModule((mod: Module): readonly PortBinding[] => {
  const members = valueIgnoreCase(hostConfigValue(mod), "portbindings");
  if (!isPlainObject(members)) return [];
  const parent = (): JNode => hostConfig(mod)!.get("PortBindings")!;
  return Object.keys(members).map((key) => new Binding(parent, key, members[key]));
});

export interface ExposedPort {
  readonly node: JNode;
  readonly key: string;
  readonly parsed: PortKey | undefined;
}

class Exposed extends Member implements ExposedPort {
  readonly parsed: PortKey | undefined;

  constructor(parent: () => JNode, key: string, value: unknown) {
    super(parent, key, value);
    this.parsed = parsePortKey(key);
  }
}

/** `ExposedPorts` entries of a module (shared: read-only). */
export const exposedPortsOf = perModule((mod: Module): readonly ExposedPort[] => {
  const members = valueIgnoreCase(mod.createOptions.root?.value, "exposedports");
  if (!isPlainObject(members)) return [];
  const parent = (): JNode => mod.createOptions.root!.get("ExposedPorts")!;
  return Object.keys(members).map((key) => new Exposed(parent, key, members[key]));
});

/** Does the module publish or expose any port? */
export function hasPorts(mod: Module): boolean {
  return portBindingsOf(mod).length > 0 || exposedPortsOf(mod).length > 0;
}
