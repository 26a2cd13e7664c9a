import type { Edit, Rule } from "../src/rule-api.js";
import { GPU, removeMembers } from "./_resources.js";
import { addGpuRequest, describeGpuRequest, hasDockerGpu, resourceCount, resourceEntries } from "./_vm.js";

/** V2, V3: Docker does not read k8s-experimental; a GPU requested only there is no GPU at all on the VM. */
const rule: Rule = {
  meta: {
    id: "vm-gpu-request",
    severity: "error",
    facts: ["V2", "V3"],
    description: "nvidia.com/gpu requested only in k8s-experimental.resources (ignored by Docker); the fix requests the same count with HostConfig.DeviceRequests.",
    repair: "fix",
    targets: ["vm"],
    messages: {
      gpuOnlyInK8s:
        "'{{resource}}' in k8s-experimental.resources.{{where}} is read only by Kubernetes-based IoT Edge; on IoT Edge in a VM (Docker) the module gets no GPU from it: request it with {{request}}",
    },
  },
  create: ({ manifest, report }) => ({
    module(mod, facts) {
      const found = resourceEntries(facts, GPU);
      if (found.length === 0 || hasDockerGpu(facts)) return;
      const count = resourceCount(facts, GPU);
      const add = count === undefined ? undefined : addGpuRequest(manifest, mod, count);
      let fix: Edit[] | undefined;
      if (add !== undefined) {
        fix = [];
        for (const map of new Set(found.map((f) => f.map))) fix.push(...removeMembers(map, found.filter((f) => f.map === map).map((f) => f.node)));
        fix.push(...add);
      }
      for (const f of found) {
        report({
          node: f.node,
          module: mod,
          messageId: "gpuOnlyInK8s",
          data: { resource: GPU, where: f.where, request: describeGpuRequest(count) },
          ...(fix !== undefined ? { fix } : {}),
        });
      }
    },
  }),
};

export default rule;
