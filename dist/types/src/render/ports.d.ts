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
export declare function containerPorts(ctx: ModuleContext): ContainerPort[];
export declare function servicePorts(ctx: ModuleContext): ServicePort[];
