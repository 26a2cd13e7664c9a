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
