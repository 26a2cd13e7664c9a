/**
 * The per-module facts model: what several rules read about a module (HostConfig, k8s-experimental,
 * environment variables, Binds and Mounts, ports, resources), worked out from plain values the
 * first time a rule asks and shared by every rule that lints the file. The engine makes one
 * `ModuleFacts` per module when it walks a file and drops them with the file; nothing is kept
 * between files. Nodes (and so positions) are made only for what a rule reports or edits.
 * What a reader returns is shared between rules: treat it as read-only.
 */
import type { Module } from "./manifest.js";
import { isPlainObject, type JNode } from "./node.js";

/**
 * The key of a createOptions object that `JNode.get` finds for a name: matched ignoring case, the
 * last spelling wins. For checks on plain values before any node is made; `lower` is the name in
 * lowercase ASCII (so only keys of its length can match).
 */
export function keyIgnoreCase(obj: Record<string, unknown>, lower: string): string | undefined {
  let found: string | undefined;
  // for-in makes no array of keys; it lists own keys in Object.keys order (inherited ones are skipped)
  for (const k in obj) if (k.length === lower.length && k.toLowerCase() === lower && Object.hasOwn(obj, k)) found = k;
  return found;
}

/** The plain value `JNode.get` finds in a createOptions object (see keyIgnoreCase); undefined when `obj` is no object or has no such member. */
export function valueIgnoreCase(obj: unknown, lower: string): unknown {
  if (!isPlainObject(obj)) return undefined;
  const k = keyIgnoreCase(obj, lower);
  return k === undefined ? undefined : obj[k];
}

export interface EnvVar {
  name: string;
  value: string | undefined;
  /** `env` map member, or a `createOptions.Env` element */
  node: JNode;
  from: "env" | "createOptions";
  /** createOptions.Env element: the entry has no `=` (or starts with it) */
  malformed?: boolean;
}

/** An environment variable read from plain values; its node is made when a rule asks for it. */
class EnvEntry implements EnvVar {
  private made: JNode | undefined;
  constructor(
    readonly name: string,
    readonly value: string | undefined,
    readonly from: "env" | "createOptions",
    private readonly locate: () => JNode,
    readonly malformed?: true,
  ) {}

  get node(): JNode {
    return (this.made ??= this.locate());
  }
}

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

/** A port key as the agent parses it (`8080`, `8080/udp`, `8000-8010/tcp`); undefined when it is none. */
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

export interface ExposedPort {
  readonly node: JNode;
  readonly key: string;
  readonly parsed: PortKey | undefined;
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

class Exposed extends Member implements ExposedPort {
  readonly parsed: PortKey | undefined;

  constructor(parent: () => JNode, key: string, value: unknown) {
    super(parent, key, value);
    this.parsed = parsePortKey(key);
  }
}

export interface MountEntry {
  /** the Mounts element */
  node: JNode;
  /** the members the agent requires (matched case-insensitively), when present */
  type: JNode | undefined;
  source: JNode | undefined;
  target: JNode | undefined;
}

export interface ResourceMaps {
  /** `k8s-experimental.resources.limits`, when it is an object */
  readonly limits: JNode | undefined;
  /** `k8s-experimental.resources.requests`, when it is an object */
  readonly requests: JNode | undefined;
}

/**
 * A fact that rule code defines over the model (a GPU request, the mounts as the agent reads
 * them): computed once per module by `ModuleFacts.get` and shared by every rule of the file.
 */
export interface Fact<T> {
  readonly name: string;
  readonly compute: (facts: ModuleFacts) => T;
}

export function defineFact<T>(name: string, compute: (facts: ModuleFacts) => T): Fact<T> {
  return Object.freeze({ name, compute });
}

const K8S_SECTION = "k8s-experimental";

const NOT_YET: unique symbol = Symbol("not yet read");
type Lazy<T> = T | typeof NOT_YET;

/**
 * What the rules read about one module, each fact read on first use and kept for the file. The
 * engine makes these (one per module per file); rules receive them with the module.
 */
export class ModuleFacts {
  private hostConfigValue_: Lazy<Record<string, unknown> | undefined> = NOT_YET;
  private hostConfig_: Lazy<JNode | undefined> = NOT_YET;
  private k8sExperimental_: Lazy<JNode | undefined> = NOT_YET;
  private env_: readonly EnvVar[] | undefined;
  private envList_: Lazy<JNode | undefined> = NOT_YET;
  private binds_: readonly JNode[] | undefined;
  private mounts_: readonly MountEntry[] | undefined;
  private portBindings_: readonly PortBinding[] | undefined;
  private exposedPorts_: readonly ExposedPort[] | undefined;
  private resources_: ResourceMaps | undefined;
  private k8sSections_: readonly JNode[] | undefined;
  private derived: Map<Fact<unknown>, unknown> | undefined;

  constructor(readonly module: Module) {}

  /** `createOptions.HostConfig` as a plain object, when it is one (no node made). */
  get hostConfigValue(): Record<string, unknown> | undefined {
    if (this.hostConfigValue_ === NOT_YET) {
      const v = valueIgnoreCase(this.module.createOptions.root?.value, "hostconfig");
      this.hostConfigValue_ = isPlainObject(v) ? v : undefined;
    }
    return this.hostConfigValue_;
  }

  /** `createOptions.HostConfig`, when it is an object (keys case-insensitive, as the agent reads them). */
  get hostConfig(): JNode | undefined {
    if (this.hostConfig_ === NOT_YET) {
      const hc = this.hostConfigValue === undefined ? undefined : this.module.createOptions.root?.get("HostConfig");
      this.hostConfig_ = hc?.isObject ? hc : undefined;
    }
    return this.hostConfig_;
  }

  /** Has HostConfig a member of one of these names (lowercase ASCII, as for keyIgnoreCase)? */
  hasHostConfigMember(...lower: string[]): boolean {
    const hc = this.hostConfigValue;
    return hc !== undefined && lower.some((name) => keyIgnoreCase(hc, name) !== undefined);
  }

  /** `createOptions["k8s-experimental"]` (the exact lowercase key the agent reads), when it is an object; keys inside are case-insensitive. */
  get k8sExperimental(): JNode | undefined {
    if (this.k8sExperimental_ === NOT_YET) {
      const root = this.module.createOptions.root;
      const v = root?.value as Record<string, unknown> | undefined;
      this.k8sExperimental_ =
        v === undefined || !Object.hasOwn(v, "k8s-experimental") || !isPlainObject(v["k8s-experimental"]) ? undefined : root!.getExact("k8s-experimental")!.withCase(true);
    }
    return this.k8sExperimental_;
  }

  /**
   * Every top-level createOptions member whose key is `k8s-experimental` in any case, in file order
   * (keys read first; nodes made only for those): what rules about a misspelt or dead section need.
   */
  get k8sExperimentalSections(): readonly JNode[] {
    if (this.k8sSections_ === undefined) {
      const root = this.module.createOptions.root;
      const out: JNode[] = [];
      if (root !== undefined && isPlainObject(root.value)) {
        for (const k of Object.keys(root.value)) if (k.length === K8S_SECTION.length && k.toLowerCase() === K8S_SECTION) out.push(root.getExact(k)!);
      }
      this.k8sSections_ = out;
    }
    return this.k8sSections_;
  }

  /** Environment variables: the module `env` map, then `createOptions.Env` (which Kubernetes appends, so it wins). */
  get env(): readonly EnvVar[] {
    return (this.env_ ??= readEnv(this));
  }

  /** `createOptions.Env` itself, when it is an array (the node an edit of the list works on). */
  get envList(): JNode | undefined {
    if (this.envList_ === NOT_YET) {
      const root = this.module.createOptions.root;
      this.envList_ = Array.isArray(valueIgnoreCase(root?.value, "env")) ? root!.get("Env") : undefined;
    }
    return this.envList_;
  }

  /** `HostConfig.Binds` elements (empty when Binds is not an array). */
  get binds(): readonly JNode[] {
    if (this.binds_ === undefined) this.binds_ = Array.isArray(valueIgnoreCase(this.hostConfigValue, "binds")) ? this.hostConfig!.get("Binds")!.items() : [];
    return this.binds_;
  }

  /** `HostConfig.Mounts` elements (empty when Mounts is not an array). */
  get mounts(): readonly MountEntry[] {
    if (this.mounts_ === undefined) {
      this.mounts_ = !Array.isArray(valueIgnoreCase(this.hostConfigValue, "mounts"))
        ? []
        : this.hostConfig!.get("Mounts")!
            .items()
            .map((node) => ({
              node,
              type: node.isObject ? node.get("Type") : undefined,
              source: node.isObject ? node.get("Source") : undefined,
              target: node.isObject ? node.get("Target") : undefined,
            }));
    }
    return this.mounts_;
  }

  /** `HostConfig.PortBindings` entries. */
  get portBindings(): readonly PortBinding[] {
    if (this.portBindings_ === undefined) {
      const members = valueIgnoreCase(this.hostConfigValue, "portbindings");
      const parent = (): JNode => this.hostConfig!.get("PortBindings")!;
      this.portBindings_ = isPlainObject(members) ? Object.keys(members).map((key) => new Binding(parent, key, members[key])) : [];
    }
    return this.portBindings_;
  }

  /** `ExposedPorts` entries. */
  get exposedPorts(): readonly ExposedPort[] {
    if (this.exposedPorts_ === undefined) {
      const root = this.module.createOptions.root;
      const members = valueIgnoreCase(root?.value, "exposedports");
      const parent = (): JNode => root!.get("ExposedPorts")!;
      this.exposedPorts_ = isPlainObject(members) ? Object.keys(members).map((key) => new Exposed(parent, key, members[key])) : [];
    }
    return this.exposedPorts_;
  }

  /** Does the module publish or expose any port? */
  get hasPorts(): boolean {
    return this.portBindings.length > 0 || this.exposedPorts.length > 0;
  }

  /** `k8s-experimental.resources.limits` / `.requests` (keys case-insensitive, as the agent reads them). */
  get resources(): ResourceMaps {
    if (this.resources_ === undefined) {
      const res = this.k8sExperimental?.get("resources");
      const limits = res?.get("limits");
      const requests = res?.get("requests");
      this.resources_ = { limits: limits?.isObject ? limits : undefined, requests: requests?.isObject ? requests : undefined };
    }
    return this.resources_;
  }

  /** A fact rule code defines (`defineFact`), computed once for this module. */
  get<T>(fact: Fact<T>): T {
    const memo = (this.derived ??= new Map());
    if (memo.has(fact)) return memo.get(fact) as T;
    const value = fact.compute(this);
    memo.set(fact, value);
    return value;
  }
}

function readEnv(facts: ModuleFacts): EnvVar[] {
  const mod = facts.module;
  const out: EnvVar[] = [];
  const map = mod.env;
  if (map !== undefined && isPlainObject(map.value)) {
    const members = map.value;
    for (const name of Object.keys(members)) {
      const m = members[name];
      const v = isPlainObject(m) && Object.prototype.hasOwnProperty.call(m, "value") ? m.value : undefined;
      out.push(new EnvEntry(name, v === undefined || v === null ? undefined : String(v), "env", () => map.getExact(name)!));
    }
  }
  const list = valueIgnoreCase(mod.createOptions.root?.value, "env");
  if (Array.isArray(list)) {
    let items: JNode[] | undefined;
    list.forEach((text: unknown, i) => {
      if (typeof text !== "string") return;
      const item = (): JNode => (items ??= facts.envList!.items())[i]!;
      const eq = text.indexOf("=");
      if (eq <= 0) out.push(new EnvEntry(eq < 0 ? text : "", undefined, "createOptions", item, true));
      else out.push(new EnvEntry(text.slice(0, eq), text.slice(eq + 1), "createOptions", item));
    });
  }
  return out;
}
