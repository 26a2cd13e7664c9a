import { isPlaceholder, moduleLabel, type Edit, type JNode, type Rule } from "../src/rule-api.js";
import { hasHostConfigMember, hostConfig, hostConfigValue, valueIgnoreCase } from "./_facts.js";
import { checkDeviceBindingVm } from "./_vm-fpga.js";
import { FPGA, GPU, ensureK8s, gpuCountFor, gpuDeviceRequests, hasGpuLimit, resourceMaps } from "./_resources.js";

const CATAPULT = /^\/dev\/catapult\d*$/;

/** The host path of a Devices entry (`{"PathOnHost": ...}` or the CLI-style `host:container:perms` string). */
function hostPathOf(entry: JNode): string | undefined {
  if (typeof entry.value === "string") return entry.value.split(":")[0];
  const p = entry.isObject ? entry.get("PathOnHost")?.value : undefined;
  return typeof p === "string" ? p : undefined;
}

const isNonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/**
 * The GPU count to name: the module's GPU (or FPGA, which fpga-resource turns into a GPU with the
 * same count) limit, else what it requests or asks for with DeviceRequests, else 1: the count
 * fpga-resource and this rule's own fix write.
 */
function gpuCount(mod: Parameters<typeof gpuCountFor>[0]): string {
  const { limits } = resourceMaps(mod);
  const limit = (limits?.get(GPU) ?? limits?.get(FPGA))?.value;
  return JSON.stringify(typeof limit === "number" || typeof limit === "string" ? limit : gpuCountFor(mod));
}

/** F10 §1.3: device bindings are not passed to Kubernetes pods; acceleration is a resource. */
const rule: Rule = {
  meta: {
    id: "device-binding",
    severity: "error",
    facts: ["F10", "§1.3", "V3"],
    description: "HostConfig.Devices, DeviceRequests and DeviceCgroupRules, ignored on Kubernetes; a GPU DeviceRequests becomes limits[\"nvidia.com/gpu\"], FPGA /dev/catapult* devices need a GPU port (vm: only FPGA devices are reported; the fix removes them and requests the GPU with DeviceRequests).",
    repair: "fix",
    targets: ["kubernetes", "vm"],
  },
  check(ctx) {
    if (ctx.target === "vm") return checkDeviceBindingVm(ctx);
    const { manifest, report } = ctx;
    for (const mod of manifest.modules) {
      if (!hasHostConfigMember(mod, "devices", "devicerequests", "devicecgrouprules")) continue;
      const hc = hostConfig(mod)!;
      const label = moduleLabel(mod);
      // a privileged pod already sees the host's devices: telling it to be privileged would be noise
      const privileged = valueIgnoreCase(hostConfigValue(mod), "privileged") === true;
      const hasGpu = hasGpuLimit(mod);
      const request = hasGpu
        ? `the module already requests it in k8s-experimental.resources.limits, so remove HostConfig.`
        : `request it as a resource instead: "k8s-experimental": {"resources": {"limits": {"${GPU}": ${gpuCount(mod)}}}}`;

      const devices = hc.get("Devices");
      if (devices !== undefined && isNonEmptyArray(devices.value)) {
        const paths = devices.items().map(hostPathOf).filter((p): p is string => p !== undefined);
        const fpga = paths.filter((p) => CATAPULT.test(p));
        const nvidia = paths.filter((p) => /^\/dev\/nvidia/.test(p));
        const what = paths.length > 0 ? paths.join(", ") : "the device";
        const message =
          fpga.length === 0 && nvidia.length > 0
            ? `${label}: HostConfig.${devices.key} maps the GPU (${nvidia.join(", ")}), which Kubernetes-based IoT Edge does not pass to the pod; ${hasGpu ? request + devices.key : request}`
            : fpga.length > 0
            ? `${label}: HostConfig.${devices.key} maps the FPGA (${fpga.join(", ")}), which Azure Stack Edge Pro GPU does not have and Kubernetes-based IoT Edge does not pass to the pod; the module needs a GPU port (its code must run on the GPU), then ${hasGpu ? `it gets the GPU it requests in k8s-experimental.resources.limits: remove HostConfig.${devices.key}` : `request it with "k8s-experimental": {"resources": {"limits": {"${GPU}": ${gpuCount(mod)}}}}`}`
            : privileged
            ? `${label}: HostConfig.${devices.key} is ignored on Kubernetes-based IoT Edge; the module is already privileged, so its pod sees the host's devices (${what} included): remove HostConfig.${devices.key}`
            : `${label}: HostConfig.${devices.key} is ignored on Kubernetes-based IoT Edge, so ${what} will not be in the container; use HostConfig.Privileged: true (the pod sees the host's /dev) or a Kubernetes device plugin resource`;
        if (!(paths.length > 0 && paths.every((p) => isPlaceholder(p)))) report({ node: devices, module: mod, message });
      }

      const dr = hc.get("DeviceRequests");
      if (dr !== undefined && isNonEmptyArray(dr.value)) {
        const gpu = gpuDeviceRequests(mod);
        let fix: Edit[] | undefined;
        let message: string;
        if (gpu !== undefined && !gpu.other && gpu.count !== undefined) {
          const has = hasGpuLimit(mod);
          // the count nvidia-runtime and gpu-requests-limits write too: a GPU (or FPGA) request first, else DeviceRequests'
          const count = gpuCountFor(mod);
          const add = has ? [] : ensureK8s(manifest, mod, { resources: { limits: { [GPU]: count } } });
          if (add !== undefined) fix = [{ op: "remove", node: dr }, ...add];
          message = has
            ? `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; the module already requests the GPU in k8s-experimental.resources.limits, so remove it`
            : `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; request it as a resource instead: "k8s-experimental": {"resources": {"limits": {"${GPU}": ${JSON.stringify(count)}}}}`;
        } else if (gpu !== undefined) {
          message = `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; request the GPU as a resource instead ("k8s-experimental": {"resources": {"limits": {"${GPU}": N}}}), and other devices through a Kubernetes device plugin`;
        } else {
          message = `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; request devices through a Kubernetes device plugin resource in k8s-experimental.resources.limits`;
        }
        report({ node: dr, module: mod, message, ...(fix !== undefined ? { fix } : {}) });
      }

      const rules = hc.get("DeviceCgroupRules");
      if (rules !== undefined && isNonEmptyArray(rules.value)) {
        report({
          node: rules,
          module: mod,
          message: privileged
            ? `${label}: HostConfig.${rules.key} is ignored on Kubernetes-based IoT Edge; the module is already privileged, so its pod has access to the host's devices: remove HostConfig.${rules.key}`
            : `${label}: HostConfig.${rules.key} is ignored on Kubernetes-based IoT Edge, so the container gets no access to those devices; use HostConfig.Privileged: true or a Kubernetes device plugin resource`,
        });
      }
    }
  },
};

export default rule;
