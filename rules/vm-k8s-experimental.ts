import { isPlainObject, moduleLabel, type JNode, type Module, type Rule } from "../src/rule-api.js";
import { FPGA, GPU } from "./_resources.js";
import { hasDockerGpu, k8sExperimentalMembers, resourceEntries } from "./_vm.js";
import { isEmptyValue } from "./_options.js";

/** What parts of k8s-experimental mean something a Docker manifest should say another way. */
const DOCKER_FORM: Record<string, string> = {
  memory: "HostConfig.Memory (bytes)",
  cpu: "HostConfig.NanoCpus",
};

/** The settings inside k8s-experimental that a removal would lose, each with where Docker takes it. */
function meaningful(mod: Module, value: unknown): string[] {
  if (!isPlainObject(value)) return [];
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const k = key.toLowerCase();
    if (k === "resources" && isPlainObject(v)) {
      for (const [mapKey, map] of Object.entries(v)) {
        if (!isPlainObject(map)) continue;
        for (const [res, count] of Object.entries(map)) {
          if (isEmptyValue(count) || res.toLowerCase() === FPGA) continue;
          if (res.toLowerCase() === GPU) {
            if (!hasDockerGpu(mod)) out.push(`resources.${mapKey}["${GPU}"] (HostConfig.DeviceRequests)`);
            continue;
          }
          out.push(`resources.${mapKey}.${res}${DOCKER_FORM[res.toLowerCase()] !== undefined ? ` (${DOCKER_FORM[res.toLowerCase()]})` : ""}`);
        }
      }
    } else if (k === "securitycontext" && !isEmptyValue(v)) out.push(`${key} (HostConfig User, CapAdd, Privileged)`);
    else if (k === "volumes" && !isEmptyValue(v)) out.push(`${key} (HostConfig.Binds or Mounts)`);
  }
  return out;
}

/** The more specific rules report it: an FPGA resource (fpga-resource), a GPU only there (vm-gpu-request). */
function leftToOtherRules(mod: Module, member: JNode): boolean {
  if (member.key !== "k8s-experimental") return false;
  return resourceEntries(mod, FPGA).length > 0 || (resourceEntries(mod, GPU).length > 0 && !hasDockerGpu(mod));
}

/** V2: the Docker runtime does not read k8s-experimental: on the VM it is dead configuration. */
const rule: Rule = {
  meta: {
    id: "vm-k8s-experimental",
    severity: "warning",
    facts: ["V1", "V2"],
    description: "k8s-experimental in createOptions, which Docker does not read; the fix removes it when nothing in it needs a Docker equivalent (resources other than a GPU already requested, securityContext, volumes).",
    repair: "fix",
    targets: ["vm"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const member of k8sExperimentalMembers(mod)) {
        if (leftToOtherRules(mod, member)) continue;
        const keep = meaningful(mod, member.value);
        const base = `${moduleLabel(mod)}: '${member.key}' is read only by Kubernetes-based IoT Edge; IoT Edge in a VM (Docker) ignores it`;
        if (keep.length === 0) {
          report({ node: member, module: mod, message: `${base}: remove this dead configuration`, fix: [{ op: "remove", node: member }] });
        } else {
          report({ node: member, module: mod, message: `${base}, so these settings have no effect there: ${keep.join(", ")}; write them as Docker create options, then remove '${member.key}'` });
        }
      }
    }
  },
};

export default rule;
