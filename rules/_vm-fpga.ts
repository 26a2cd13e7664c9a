/**
 * The `vm` side of the rules that exist for both targets with different fixes (fpga-resource,
 * device-binding, wireserver-env): on IoT Edge in a VM the FPGA leftovers go and the GPU is
 * requested the Docker way, `HostConfig.DeviceRequests` (V3), never `nvidia.com/gpu`. Each rule
 * merges the messages below into its `meta.messages` and returns these handlers for `vm`.
 */
import type { Edit, ModuleFacts, RuleContext, RuleHandlers } from "../src/rule-api.js";
import { FPGA, envNamed, removeMembers } from "./_resources.js";
import { addGpuRequest, catapultDevices, describeGpuRequest, deviceRequestsOwner, resourceCount, resourceEntries } from "./_vm.js";

export const FPGA_RESOURCE_VM_MESSAGES = {
  fpgaResourceVm: `'${FPGA}' in k8s-experimental.resources.{{where}} asks for an FPGA, which Azure Stack Edge Pro GPU does not have, and k8s-experimental is not read by IoT Edge on Docker; remove it{{wants}}`,
} as const;

export const DEVICE_BINDING_VM_MESSAGES = {
  fpgaDeviceVm:
    "HostConfig.{{key}} maps the FPGA ({{paths}}), which Azure Stack Edge Pro GPU does not have; the module needs a GPU port (its code must run on the GPU): remove the FPGA device{{wants}}",
} as const;

export const WIRESERVER_VM_MESSAGES = {
  fpgaServiceVm: `environment variable '{{name}}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (on IoT Edge in a VM the GPU is requested with ${describeGpuRequest(undefined)})`,
} as const;

/** The GPU request a module's fix adds, when this rule is the one that writes it (see deviceRequestsOwner). */
function gpuEdits(ctx: RuleContext, facts: ModuleFacts, owner: ReturnType<typeof deviceRequestsOwner>, count: number | undefined): Edit[] | undefined {
  if (deviceRequestsOwner(facts) !== owner) return [];
  return count === undefined ? undefined : addGpuRequest(ctx.manifest, facts.module, count);
}

/** fpga-resource on the vm target: remove the FPGA resource, request the GPU with DeviceRequests. */
export function fpgaResourceVm(ctx: RuleContext): RuleHandlers {
  return {
    module(mod, facts) {
      const found = resourceEntries(facts, FPGA);
      if (found.length === 0) return;
      const count = resourceCount(facts, FPGA);
      const gpu = gpuEdits(ctx, facts, "fpga-resource", count);
      const removals: Edit[] = [];
      for (const map of new Set(found.map((f) => f.map))) removals.push(...removeMembers(map, found.filter((f) => f.map === map).map((f) => f.node)));
      const fix = gpu === undefined ? undefined : [...removals, ...gpu];
      const wants = deviceRequestsOwner(facts) === "fpga-resource" ? `; request the GPU instead with ${describeGpuRequest(count)}` : "";
      for (const f of found) {
        ctx.report({ node: f.node, module: mod, messageId: "fpgaResourceVm", data: { where: f.where, wants }, ...(fix !== undefined ? { fix } : {}) });
      }
    },
  };
}

/** device-binding on the vm target: Docker passes devices through; only FPGA devices are leftovers. */
export function deviceBindingVm(ctx: RuleContext): RuleHandlers {
  return {
    module(mod, facts) {
      const fpga = catapultDevices(facts);
      if (fpga.length === 0) return;
      const devices = facts.hostConfig!.get("Devices")!;
      const kept = devices.items().filter((d) => !fpga.includes(d));
      const removal: Edit = kept.length === 0 ? { op: "remove", node: devices } : { op: "set", node: devices, value: kept.map((d) => d.value) };
      const count = resourceCount(facts, FPGA) ?? -1;
      const gpu = gpuEdits(ctx, facts, "fpga-device", count);
      const paths = fpga.map((d) => (typeof d.value === "string" ? d.value.split(":")[0] : String(d.get("PathOnHost")!.value)));
      const wants = deviceRequestsOwner(facts) === "fpga-device" ? `; request the GPU with ${describeGpuRequest(count)}` : "";
      ctx.report({
        node: devices,
        module: mod,
        messageId: "fpgaDeviceVm",
        data: { key: devices.key ?? "Devices", paths: paths.join(", "), wants },
        ...(gpu !== undefined ? { fix: [removal, ...gpu] } : {}),
      });
    },
  };
}

/** wireserver-env on the vm target. */
export function wireserverVm(ctx: RuleContext): RuleHandlers {
  return {
    module(mod, facts) {
      for (const v of envNamed(facts, "WIRESERVER_ADDRESS")) {
        ctx.report({ node: v.node, module: mod, messageId: "fpgaServiceVm", data: { name: v.name }, fix: [{ op: "remove", node: v.node }] });
      }
    },
  };
}
