import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
export interface Volume {
    volume: Record<string, unknown>;
    node: JNode;
}
export interface VolumeMount {
    mount: Record<string, unknown>;
    node: JNode;
}
export interface Claim {
    name: string;
    readOnly: boolean;
    node: JNode;
    source: string;
}
export interface ModuleVolumes {
    volumes: Volume[];
    mounts: VolumeMount[];
    /** Mounts of Type volume: the claims the pod needs */
    claims: Claim[];
}
export declare function moduleVolumes(ctx: ModuleContext, extra: JNode | undefined): ModuleVolumes;
