import { isPlaceholder, valueIgnoreCase, type Edit, type ModuleFacts, type Rule } from "../src/rule-api.js";
import { DEVICE_BINDING_VM_MESSAGES, deviceBindingVm } from "./_vm-fpga.js";
import { FPGA, GPU, ensureK8s, gpuCountFor, gpuDeviceRequests, hasGpuLimit } from "./_resources.js";

const CATAPULT = /^\/dev\/catapult\d*$/;

/** The host path of a Devices entry (`{"PathOnHost": ...}` or the CLI-style `host:container:perms` string), from its plain value. */
function hostPathOf(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry.split(":")[0];
  // PathOnHost matched ignoring case, as inside createOptions
  const p = valueIgnoreCase(entry, "pathonhost");
  return typeof p === "string" ? p : undefined;
}

const isNonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/**
 * The GPU count to name: the module's GPU (or FPGA, which fpga-resource turns into a GPU with the
 * same count) limit, else what it requests or asks for with DeviceRequests, else 1: the count
 * fpga-resource and this rule's own fix write.
 */
function gpuCount(facts: ModuleFacts): string {
  const { limits } = facts.resources;
  const limit = (limits?.get(GPU) ?? limits?.get(FPGA))?.value;
  return JSON.stringify(typeof limit === "number" || typeof limit === "string" ? limit : gpuCountFor(facts));
}

const IGNORED = "HostConfig.{{key}} is ignored on Kubernetes-based IoT Edge";
const GPU_LIMIT = `"k8s-experimental": {"resources": {"limits": {"${GPU}": {{count}}}}}`;
const MAPS_FPGA =
  "HostConfig.{{key}} maps the FPGA ({{paths}}), which Azure Stack Edge Pro GPU does not have and Kubernetes-based IoT Edge does not pass to the pod; the module needs a GPU port (its code must run on the GPU), then";

/** F10 §1.3: device bindings are not passed to Kubernetes pods; acceleration is a resource. */
const rule: Rule = {
  meta: {
    id: "device-binding",
    severity: "error",
    facts: ["F10", "§1.3", "V3"],
    description: "HostConfig.Devices, DeviceRequests and DeviceCgroupRules, ignored on Kubernetes; a GPU DeviceRequests becomes limits[\"nvidia.com/gpu\"], FPGA /dev/catapult* devices need a GPU port (vm: only FPGA devices are reported; the fix removes them and requests the GPU with DeviceRequests).",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      gpuDevice: `HostConfig.{{key}} maps the GPU ({{paths}}), which Kubernetes-based IoT Edge does not pass to the pod; request it as a resource instead: ${GPU_LIMIT}`,
      gpuDeviceLimitSet:
        "HostConfig.{{key}} maps the GPU ({{paths}}), which Kubernetes-based IoT Edge does not pass to the pod; the module already requests it in k8s-experimental.resources.limits, so remove HostConfig.{{key}}",
      fpgaDevice: `${MAPS_FPGA} request it with ${GPU_LIMIT}`,
      fpgaDeviceLimitSet: `${MAPS_FPGA} it gets the GPU it requests in k8s-experimental.resources.limits: remove HostConfig.{{key}}`,
      devicesPrivileged: `${IGNORED}; the module is already privileged, so its pod sees the host's devices ({{devices}} included): remove HostConfig.{{key}}`,
      devices: `${IGNORED}, so {{devices}} will not be in the container; use HostConfig.Privileged: true (the pod sees the host's /dev) or a Kubernetes device plugin resource`,
      gpuRequest: `${IGNORED}, so the module gets no GPU; request it as a resource instead: ${GPU_LIMIT}`,
      gpuRequestLimitSet: `${IGNORED}; the module already requests the GPU in k8s-experimental.resources.limits, so remove it`,
      gpuAndOtherRequests: `${IGNORED}; request the GPU as a resource instead ("k8s-experimental": {"resources": {"limits": {"${GPU}": N}}}), and other devices through a Kubernetes device plugin`,
      deviceRequests: `${IGNORED}; request devices through a Kubernetes device plugin resource in k8s-experimental.resources.limits`,
      cgroupRulesPrivileged: `${IGNORED}; the module is already privileged, so its pod has access to the host's devices: remove HostConfig.{{key}}`,
      cgroupRules: `${IGNORED}, so the container gets no access to those devices; use HostConfig.Privileged: true or a Kubernetes device plugin resource`,
      ...DEVICE_BINDING_VM_MESSAGES,
    },
  },
  create(ctx) {
    if (ctx.target === "vm") return deviceBindingVm(ctx);
    const { manifest, report } = ctx;
    return {
      module(mod, facts) {
        if (!facts.hasHostConfigMember("devices", "devicerequests", "devicecgrouprules")) return;
        const hcValue = facts.hostConfigValue!;
        // a privileged pod already sees the host's devices: telling it to be privileged would be noise
        const privileged = valueIgnoreCase(hcValue, "privileged") === true;
        const hasGpu = hasGpuLimit(facts);

        const devicesValue = valueIgnoreCase(hcValue, "devices");
        if (isNonEmptyArray(devicesValue)) {
          const paths = (devicesValue as unknown[]).map(hostPathOf).filter((p): p is string => p !== undefined);
          const fpga = paths.filter((p) => CATAPULT.test(p));
          const nvidia = paths.filter((p) => /^\/dev\/nvidia/.test(p));
          if (!(paths.length > 0 && paths.every((p) => isPlaceholder(p)))) {
            const devices = facts.hostConfig!.get("Devices")!;
            const key = devices.key!;
            // the FPGA devices, else the GPU devices it maps
            const mapped = fpga.length > 0 ? fpga : nvidia;
            const finding: { messageId: string; data: Record<string, string> } =
              mapped.length > 0
                ? hasGpu
                  ? { messageId: fpga.length > 0 ? "fpgaDeviceLimitSet" : "gpuDeviceLimitSet", data: { key, paths: mapped.join(", ") } }
                  : { messageId: fpga.length > 0 ? "fpgaDevice" : "gpuDevice", data: { key, paths: mapped.join(", "), count: gpuCount(facts) } }
                : { messageId: privileged ? "devicesPrivileged" : "devices", data: { key, devices: paths.length > 0 ? paths.join(", ") : "the device" } };
            report({ node: devices, module: mod, ...finding });
          }
        }

        if (isNonEmptyArray(valueIgnoreCase(hcValue, "devicerequests"))) {
          const dr = facts.hostConfig!.get("DeviceRequests")!;
          const gpu = facts.get(gpuDeviceRequests);
          let fix: Edit[] | undefined;
          let messageId: string;
          const data: Record<string, string> = { key: dr.key! };
          if (gpu !== undefined && !gpu.other && gpu.count !== undefined) {
            const has = hasGpuLimit(facts);
            // the count nvidia-runtime and gpu-requests-limits write too: a GPU (or FPGA) request first, else DeviceRequests'
            const count = gpuCountFor(facts);
            const add = has ? [] : ensureK8s(manifest, facts, { resources: { limits: { [GPU]: count } } });
            if (add !== undefined) fix = [{ op: "remove", node: dr }, ...add];
            messageId = has ? "gpuRequestLimitSet" : "gpuRequest";
            data.count = String(JSON.stringify(count));
          } else {
            messageId = gpu !== undefined ? "gpuAndOtherRequests" : "deviceRequests";
          }
          report({ node: dr, module: mod, messageId, data, ...(fix !== undefined ? { fix } : {}) });
        }

        if (isNonEmptyArray(valueIgnoreCase(hcValue, "devicecgrouprules"))) {
          const rules = facts.hostConfig!.get("DeviceCgroupRules")!;
          report({
            node: rules,
            module: mod,
            messageId: privileged ? "cgroupRulesPrivileged" : "cgroupRules",
            data: { key: rules.key! },
          });
        }
      },
    };
  },
};

export default rule;
