/** Shared readers for ports: ExposedPorts and HostConfig.PortBindings, as the agent parses them (§1.6). */
import { type JNode, type Module } from "../src/rule-api.js";
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
export declare function parsePortKey(key: string): PortKey | undefined;
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
/** `HostConfig.PortBindings` entries of a module (shared: read-only). */
export declare const portBindingsOf: (mod: Module) => readonly PortBinding[];
export interface ExposedPort {
    readonly node: JNode;
    readonly key: string;
    readonly parsed: PortKey | undefined;
}
/** `ExposedPorts` entries of a module (shared: read-only). */
export declare const exposedPortsOf: (mod: Module) => readonly ExposedPort[];
/** Does the module publish or expose any port? */
export declare function hasPorts(mod: Module): boolean;
