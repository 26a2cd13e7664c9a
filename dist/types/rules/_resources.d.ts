/**
 * Shared helpers for the resource, acceleration, proxy and strategy rules: reading
 * `k8s-experimental.resources`, GPU intent in Docker form, and building edits that create the
 * missing parts of `k8s-experimental` (or of createOptions itself) in the file's own style.
 */
import { type Edit, type EnvVar, type JNode, type Manifest, type Module, type ModuleFacts } from "../src/rule-api.js";
export declare const GPU = "nvidia.com/gpu";
export declare const FPGA = "microsoft.com/fpga_catapult";
/** createOptions has a top-level key that is `k8s-experimental` in another case (left to k8s-experimental-shape). */
export declare function hasMiscasedK8s(mod: Module): boolean;
/**
 * Edits that make `tree` exist under the module's `k8s-experimental` (e.g.
 * `{resources: {limits: {"nvidia.com/gpu": 1}}}`), creating `k8s-experimental`, and the
 * createOptions themselves, when missing. Undefined when it cannot be done safely (unreadable
 * createOptions, a miscased or non-object `k8s-experimental`).
 */
export declare function ensureK8s(manifest: Manifest, facts: ModuleFacts, tree: Record<string, unknown>): Edit[] | undefined;
/**
 * Edits that remove several members of one object. Separate removals of the last members would
 * overlap, so when the last member is among them the object is rewritten without them.
 */
export declare function removeMembers(parent: JNode, nodes: JNode[]): Edit[];
/** The GPU count a Docker-form GPU request stands for. */
export interface GpuIntent {
    /** the DeviceRequests member, when the module asks for GPUs that way */
    deviceRequests?: JNode;
    /** count from DeviceRequests (Count N; -1, "all GPUs", becomes 1; DeviceIDs counted); undefined when unknown */
    count: number | undefined;
    /** DeviceRequests holds something other than GPU requests */
    other: boolean;
}
/** GPU requests in `HostConfig.DeviceRequests` (shared: read-only). */
export declare const gpuDeviceRequests: import("../src/rule-api.js").Fact<GpuIntent | undefined>;
/** The count to use for a new `limits["nvidia.com/gpu"]`: what the module already requests, else 1. */
export declare function gpuCountFor(facts: ModuleFacts): unknown;
/** The module already has a GPU limit (or an FPGA limit that fpga-resource turns into one). */
export declare function hasGpuLimit(facts: ModuleFacts): boolean;
/** Environment variables of a module whose name matches `name` (ASCII) case-insensitively. */
export declare function envNamed(facts: ModuleFacts, name: string): EnvVar[];
/**
 * The value Kubernetes sees for a variable: `createOptions.Env` is appended after the module
 * `env` map and wins (stated in rules/env-precedence.md).
 */
export declare function effectiveEnv(facts: ModuleFacts, name: string): EnvVar | undefined;
/** An edit that adds a variable next to `near` (the module env map or createOptions.Env). */
export declare function addEnvEdit(facts: ModuleFacts, near: EnvVar | undefined, name: string, value: string): Edit | undefined;
/** An edit that sets a variable's value where it is. */
export declare function setEnvEdit(v: EnvVar, value: string): Edit | undefined;
