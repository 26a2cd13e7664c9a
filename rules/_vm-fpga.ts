/**
 * The `vm` side of the rules that exist for both targets with different fixes (fpga-resource,
 * device-binding, wireserver-env): on IoT Edge in a VM the FPGA leftovers go and the GPU is
 * requested the Docker way, `HostConfig.DeviceRequests` (V3), never `nvidia.com/gpu`.
 */
import { moduleLabel, type Edit, type JNode, type Module, type RuleContext } from "../src/rule-api.js";
import { hostConfig } from "./_facts.js";
import { FPGA, envNamed, removeMembers } from "./_resources.js";
import { addGpuRequest, catapultDevices, describeGpuRequest, deviceRequestsOwner, resourceCount, resourceEntries } from "./_vm.js";

/** The GPU request a module's fix adds, when this rule is the one that writes it (see deviceRequestsOwner). */
function gpuEdits(ctx: RuleContext, mod: Module, owner: ReturnType<typeof deviceRequestsOwner>, count: number | undefined): Edit[] | undefined {
  if (deviceRequestsOwner(mod) !== owner) return [];
  return count === undefined ? undefined : addGpuRequest(ctx.manifest, mod, count);
}

/** fpga-resource on the vm target: remove the FPGA resource, request the GPU with DeviceRequests. */
export function checkFpgaResourceVm(ctx: RuleContext): void {
  for (const mod of ctx.manifest.modules) {
    const found = resourceEntries(mod, FPGA);
    if (found.length === 0) continue;
    const count = resourceCount(mod, FPGA);
    const gpu = gpuEdits(ctx, mod, "fpga-resource", count);
    const removals: Edit[] = [];
    for (const map of new Set(found.map((f) => f.map))) removals.push(...removeMembers(map, found.filter((f) => f.map === map).map((f) => f.node)));
    const fix = gpu === undefined ? undefined : [...removals, ...gpu];
    const wants = deviceRequestsOwner(mod) === "fpga-resource" ? `; request the GPU instead with ${describeGpuRequest(count)}` : "";
    for (const f of found) {
      report(ctx, f.node, mod, `${moduleLabel(mod)}: '${FPGA}' in k8s-experimental.resources.${f.where} asks for an FPGA, which Azure Stack Edge Pro GPU does not have, and k8s-experimental is not read by IoT Edge on Docker; remove it${wants}`, fix);
    }
  }
}

/** device-binding on the vm target: Docker passes devices through; only FPGA devices are leftovers. */
export function checkDeviceBindingVm(ctx: RuleContext): void {
  for (const mod of ctx.manifest.modules) {
    const fpga = catapultDevices(mod);
    if (fpga.length === 0) continue;
    const devices = hostConfig(mod)!.get("Devices")!;
    const kept = devices.items().filter((d) => !fpga.includes(d));
    const removal: Edit = kept.length === 0 ? { op: "remove", node: devices } : { op: "set", node: devices, value: kept.map((d) => d.value) };
    const count = resourceCount(mod, FPGA) ?? -1;
    const gpu = gpuEdits(ctx, mod, "fpga-device", count);
    const paths = fpga.map((d) => (typeof d.value === "string" ? d.value.split(":")[0] : String(d.get("PathOnHost")!.value)));
    const wants = deviceRequestsOwner(mod) === "fpga-device" ? `; request the GPU with ${describeGpuRequest(count)}` : "";
    report(
      ctx,
      devices,
      mod,
      `${moduleLabel(mod)}: HostConfig.${devices.key} maps the FPGA (${paths.join(", ")}), which Azure Stack Edge Pro GPU does not have; the module needs a GPU port (its code must run on the GPU): remove the FPGA device${wants}`,
      gpu === undefined ? undefined : [removal, ...gpu],
    );
  }
}

/** wireserver-env on the vm target. */
export function checkWireserverVm(ctx: RuleContext): void {
  for (const mod of ctx.manifest.modules) {
    for (const v of envNamed(mod, "WIRESERVER_ADDRESS")) {
      report(
        ctx,
        v.node,
        mod,
        `${moduleLabel(mod)}: environment variable '${v.name}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (on IoT Edge in a VM the GPU is requested with ${describeGpuRequest(undefined)})`,
        [{ op: "remove", node: v.node }],
      );
    }
  }
}

function report(ctx: RuleContext, node: JNode, mod: Module, message: string, fix: Edit[] | undefined): void {
  ctx.report({ node, module: mod, message, ...(fix !== undefined ? { fix } : {}) });
}
