/**
 * The per-module facts model: what several rules read about a module (HostConfig, k8s-experimental,
 * environment variables, Binds and Mounts, ports, resources), worked out from plain values the
 * first time a rule asks and shared by every rule that lints the file. The engine makes one
 * `ModuleFacts` per module when it walks a file and drops them with the file; nothing is kept
 * between files. Nodes (and so positions) are made only for what a rule reports or edits.
 * What a reader returns is shared between rules: treat it as read-only.
 */
import type { Module } from "./manifest.js";
import { type JNode } from "./node.js";
/**
 * The key of a createOptions object that `JNode.get` finds for a name: matched ignoring case, the
 * last spelling wins. For checks on plain values before any node is made; `lower` is the name in
 * lowercase ASCII (so only keys of its length can match).
 */
export declare function keyIgnoreCase(obj: Record<string, unknown>, lower: string): string | undefined;
/** The plain value `JNode.get` finds in a createOptions object (see keyIgnoreCase); undefined when `obj` is no object or has no such member. */
export declare function valueIgnoreCase(obj: unknown, lower: string): unknown;
export interface EnvVar {
    name: string;
    value: string | undefined;
    /** `env` map member, or a `createOptions.Env` element */
    node: JNode;
    from: "env" | "createOptions";
    /** createOptions.Env element: the entry has no `=` (or starts with it) */
    malformed?: boolean;
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
/** A port key as the agent parses it (`8080`, `8080/udp`, `8000-8010/tcp`); undefined when it is none. */
export declare function parsePortKey(key: string): PortKey | undefined;
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
export declare function defineFact<T>(name: string, compute: (facts: ModuleFacts) => T): Fact<T>;
/**
 * What the rules read about one module, each fact read on first use and kept for the file. The
 * engine makes these (one per module per file); rules receive them with the module.
 */
export declare class ModuleFacts {
    readonly module: Module;
    private hostConfigValue_;
    private hostConfig_;
    private k8sExperimental_;
    private env_;
    private envList_;
    private binds_;
    private mounts_;
    private portBindings_;
    private exposedPorts_;
    private resources_;
    private k8sSections_;
    private derived;
    constructor(module: Module);
    /** `createOptions.HostConfig` as a plain object, when it is one (no node made). */
    get hostConfigValue(): Record<string, unknown> | undefined;
    /** `createOptions.HostConfig`, when it is an object (keys case-insensitive, as the agent reads them). */
    get hostConfig(): JNode | undefined;
    /** Has HostConfig a member of one of these names (lowercase ASCII, as for keyIgnoreCase)? */
    hasHostConfigMember(...lower: string[]): boolean;
    /** `createOptions["k8s-experimental"]` (the exact lowercase key the agent reads), when it is an object; keys inside are case-insensitive. */
    get k8sExperimental(): JNode | undefined;
    /**
     * Every top-level createOptions member whose key is `k8s-experimental` in any case, in file order
     * (keys read first; nodes made only for those): what rules about a misspelt or dead section need.
     */
    get k8sExperimentalSections(): readonly JNode[];
    /** Environment variables: the module `env` map, then `createOptions.Env` (which Kubernetes appends, so it wins). */
    get env(): readonly EnvVar[];
    /** `createOptions.Env` itself, when it is an array (the node an edit of the list works on). */
    get envList(): JNode | undefined;
    /** `HostConfig.Binds` elements (empty when Binds is not an array). */
    get binds(): readonly JNode[];
    /** `HostConfig.Mounts` elements (empty when Mounts is not an array). */
    get mounts(): readonly MountEntry[];
    /** `HostConfig.PortBindings` entries. */
    get portBindings(): readonly PortBinding[];
    /** `ExposedPorts` entries. */
    get exposedPorts(): readonly ExposedPort[];
    /** Does the module publish or expose any port? */
    get hasPorts(): boolean;
    /** `k8s-experimental.resources.limits` / `.requests` (keys case-insensitive, as the agent reads them). */
    get resources(): ResourceMaps;
    /** A fact rule code defines (`defineFact`), computed once for this module. */
    get<T>(fact: Fact<T>): T;
}
