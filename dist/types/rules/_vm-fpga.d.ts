/**
 * The `vm` side of the rules that exist for both targets with different fixes (fpga-resource,
 * device-binding, wireserver-env): on IoT Edge in a VM the FPGA leftovers go and the GPU is
 * requested the Docker way, `HostConfig.DeviceRequests` (V3), never `nvidia.com/gpu`. Each rule
 * merges the messages below into its `meta.messages` and returns these handlers for `vm`.
 */
import type { RuleContext, RuleHandlers } from "../src/rule-api.js";
export declare const FPGA_RESOURCE_VM_MESSAGES: {
    readonly fpgaResourceVm: "'microsoft.com/fpga_catapult' in k8s-experimental.resources.{{where}} asks for an FPGA, which Azure Stack Edge Pro GPU does not have, and k8s-experimental is not read by IoT Edge on Docker; remove it{{wants}}";
};
export declare const DEVICE_BINDING_VM_MESSAGES: {
    readonly fpgaDeviceVm: "HostConfig.{{key}} maps the FPGA ({{paths}}), which Azure Stack Edge Pro GPU does not have; the module needs a GPU port (its code must run on the GPU): remove the FPGA device{{wants}}";
};
export declare const WIRESERVER_VM_MESSAGES: {
    readonly fpgaServiceVm: `environment variable '{{name}}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (on IoT Edge in a VM the GPU is requested with ${string})`;
};
/** fpga-resource on the vm target: remove the FPGA resource, request the GPU with DeviceRequests. */
export declare function fpgaResourceVm(ctx: RuleContext): RuleHandlers;
/** device-binding on the vm target: Docker passes devices through; only FPGA devices are leftovers. */
export declare function deviceBindingVm(ctx: RuleContext): RuleHandlers;
/** wireserver-env on the vm target. */
export declare function wireserverVm(ctx: RuleContext): RuleHandlers;
