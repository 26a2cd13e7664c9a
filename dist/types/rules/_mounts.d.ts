/** Shared readers for HostConfig.Mounts and Binds, as the Kubernetes agent reads them (§1.3, §1.6). */
import type { JNode, Module } from "../src/rule-api.js";
export interface MountEntry {
    /** the Mounts element */
    node: JNode;
    /** the members the agent requires (matched case-insensitively), when present */
    type: JNode | undefined;
    source: JNode | undefined;
    target: JNode | undefined;
}
/** `HostConfig.Mounts` elements of a module (an empty list when Mounts is not an array; shared: read-only). */
export declare const mountsOf: (mod: Module) => readonly MountEntry[];
/** `HostConfig.Binds` elements of a module (an empty list when Binds is not an array; shared: read-only). */
export declare const bindsOf: (mod: Module) => readonly JNode[];
