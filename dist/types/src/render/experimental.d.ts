/**
 * `createOptions["k8s-experimental"]` as the agent reads it (as docs/render.md describes the agent): only the exact
 * lowercase key, only an object; its keys and the members of the Kubernetes types under them match
 * ignoring case (Newtonsoft), unknown members are dropped; the result is written with the API's names.
 */
import { type JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
declare const KNOWN: readonly ["nodeSelector", "resources", "volumes", "securityContext", "serviceOptions", "strategy"];
export type ExperimentalKey = (typeof KNOWN)[number];
export interface Experimental {
    node: JNode;
    /** each known section present, by its API name */
    sections: Partial<Record<ExperimentalKey, JNode>>;
}
/** The section, when the agent reads one; notes what it ignores. */
export declare function readExperimental(ctx: ModuleContext): Experimental | undefined;
/** Copy an object keeping only `members` (matched ignoring case, written with their API names); report what is dropped. */
export declare function canonical(node: JNode, members: readonly string[], dropped: (m: JNode) => void): Record<string, unknown>;
export declare function podSecurityContext(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined;
export declare function strategy(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined;
export declare function resources(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined;
/** nodeSelector values become .NET strings: a JSON true is "True". */
export declare function nodeSelector(node: JNode): Record<string, string> | undefined;
export interface ExtraVolume {
    node: JNode;
    volume: Record<string, unknown> | undefined;
    mounts: {
        node: JNode;
        mount: Record<string, unknown>;
    }[];
}
/** `k8s-experimental.volumes`: each `{volume, volumeMounts}`, passed through. */
export declare function extraVolumes(ctx: ModuleContext, node: JNode): ExtraVolume[];
export interface ServiceOptions {
    type?: "ClusterIP" | "LoadBalancer" | "NodePort";
    typeNode?: JNode;
    loadBalancerIP?: string;
    ipNode?: JNode;
}
/** `serviceOptions`: the type parsed ignoring case against ClusterIP/LoadBalancer/NodePort; other values are dropped. */
export declare function serviceOptions(ctx: ModuleContext, node: JNode): ServiceOptions;
export {};
