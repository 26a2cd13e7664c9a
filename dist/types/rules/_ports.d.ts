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
/** `HostConfig.PortBindings` entries of a module (shared: read-only). */
export declare const portBindingsOf: (mod: Module) => readonly PortBinding[];
export interface ExposedPort {
    node: JNode;
    key: string;
    parsed: PortKey | undefined;
}
/** `ExposedPorts` entries of a module (shared: read-only). */
export declare const exposedPortsOf: (mod: Module) => readonly ExposedPort[];
/** Does the module publish or expose any port? */
export declare function hasPorts(mod: Module): boolean;
