/**
 * The `vm` side of the rules that exist for both targets with different fixes (fpga-resource,
 * device-binding, wireserver-env): on IoT Edge in a VM the FPGA leftovers go and the GPU is
 * requested the Docker way, `HostConfig.DeviceRequests` (V3), never `nvidia.com/gpu`.
 */
import { type RuleContext } from "../src/rule-api.js";
/** fpga-resource on the vm target: remove the FPGA resource, request the GPU with DeviceRequests. */
export declare function checkFpgaResourceVm(ctx: RuleContext): void;
/** device-binding on the vm target: Docker passes devices through; only FPGA devices are leftovers. */
export declare function checkDeviceBindingVm(ctx: RuleContext): void;
/** wireserver-env on the vm target. */
export declare function checkWireserverVm(ctx: RuleContext): void;
