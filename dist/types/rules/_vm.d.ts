/**
 * Shared facts and edits for the `vm` target (IoT Edge 1.6 on Docker in a Linux VM on Azure Stack
 * Edge, facts V1–V14 as the vm-* rule pages state them): where shares live in the VM, which module grants itself the GPU
 * and which rule writes the one `HostConfig.DeviceRequests` a module gets.
 */
import { type Edit, type JNode, type Manifest, type Module, type ModuleFacts, type VmOptions } from "../src/rule-api.js";
/** Where the FPGA device mounted its shares (F3); the path does not exist in the VM (V4). */
export declare const HCS_SHARES = "/home/hcsshares";
/** The share root a suggestion proposes when `vm.shareRoot` is not configured. */
export declare const SUGGESTED_SHARE_ROOT = "/mnt/shares";
export declare const CONFIGURE_SHARE_ROOT = "set 'vm: { shareRoot: <where the shares are mounted in the VM> }' in .iotedge-gpu-lint.yml to have it fixed";
/** The configured share root without trailing slashes; undefined when it is not configured or not an absolute path usable in a bind. */
export declare function shareRootOf(vm: Readonly<VmOptions>): string | undefined;
/** `/home/hcsshares/<share>[/sub]` → `{share, rest}` (`rest` = `<share>[/sub]`, no trailing slash); undefined for other paths. */
export declare function hcsSharePath(path: string): {
    share: string;
    rest: string;
} | undefined;
/** `<root>/<rest>` (just `<root>` for the whole share folder). */
export declare function inShareRoot(root: string, rest: string): string;
/** `HostConfig.Runtime` is `nvidia` (valid on the VM where the NVIDIA runtime is registered, V3). */
export declare function hasNvidiaRuntime(facts: ModuleFacts): boolean;
/** The module already gets a GPU the Docker way: a GPU `DeviceRequests` or `Runtime: nvidia` (V3). */
export declare function hasDockerGpu(facts: ModuleFacts): boolean;
/** `k8s-experimental.resources` entries of one resource name, limits first. */
export declare function resourceEntries(facts: ModuleFacts, name: string): {
    node: JNode;
    map: JNode;
    where: "limits" | "requests";
}[];
/** A resource count as a DeviceRequests `Count`: a positive integer (or its string); undefined otherwise. */
export declare function countOf(value: unknown): number | undefined;
/** The count a resource asks for (limits first, then requests); undefined when none is a plain count. */
export declare function resourceCount(facts: ModuleFacts, name: string): number | undefined;
/** `HostConfig.Devices` entries that map an FPGA (`/dev/catapult*`). */
export declare function catapultDevices(facts: ModuleFacts): JNode[];
/**
 * Which rule writes the module's GPU `DeviceRequests`, so that one module never gets two: the
 * GPU request in k8s-experimental first, then the FPGA resource, then FPGA devices. None when the
 * module already gets a GPU the Docker way.
 */
export declare function deviceRequestsOwner(facts: ModuleFacts): "gpu" | "fpga-resource" | "fpga-device" | undefined;
/** The DeviceRequests entry that gives a module `count` GPUs (-1: all of them) (V3). */
export declare function gpuRequest(count: number): Record<string, unknown>;
/**
 * Edits that add `{"Count": n, "Capabilities": [["gpu"]]}` to `HostConfig.DeviceRequests`,
 * creating DeviceRequests, HostConfig and createOptions as needed. Undefined when that cannot be
 * done safely (unreadable createOptions, a HostConfig or DeviceRequests of another type).
 */
export declare function addGpuRequest(manifest: Manifest, mod: Module, count: number): Edit[] | undefined;
/** How a message names the GPU request a fix writes. */
export declare function describeGpuRequest(count: number | undefined): string;
