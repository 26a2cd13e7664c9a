import { type Edit, type Rule } from "../src/rule-api.js";
import { GPU, ensureK8s, gpuCountFor, hasGpuLimit } from "./_resources.js";
import { hasNvidiaRuntime } from "./_vm.js";

/** F10 §5.7: Kubernetes ignores HostConfig.Runtime; a GPU is requested as the nvidia.com/gpu resource. */
const rule: Rule = {
  meta: {
    id: "nvidia-runtime",
    severity: "error",
    facts: ["F10", "§5.7"],
    description: "HostConfig.Runtime: nvidia (any key case), ignored on Kubernetes; the fix removes it and requests nvidia.com/gpu in k8s-experimental.resources.limits.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      alreadyRequested:
        'HostConfig.{{key}}: "{{value}}" is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; the module already requests the GPU in k8s-experimental.resources.limits, so remove it',
      requestGpu:
        'HostConfig.{{key}}: "{{value}}" is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; request the GPU as a resource instead: "k8s-experimental": {"resources": {"limits": {"{{resource}}": {{count}}}}}',
    },
  },
  create: ({ manifest, report }) => ({
    module(mod, facts) {
      // HostConfig.Runtime is "nvidia" (key and value in any case)
      if (!hasNvidiaRuntime(facts)) return;
      const runtime = facts.hostConfig!.get("Runtime")!;
      const has = hasGpuLimit(facts);
      let fix: Edit[] | undefined = [{ op: "remove", node: runtime }];
      if (!has) {
        const count = gpuCountFor(facts);
        const add = ensureK8s(manifest, facts, { resources: { limits: { [GPU]: count } } });
        fix = add === undefined ? undefined : [...fix, ...add];
      }
      const data = { key: runtime.key!, value: String(runtime.value) };
      report({
        node: runtime,
        module: mod,
        ...(has
          ? { messageId: "alreadyRequested", data }
          : { messageId: "requestGpu", data: { ...data, resource: GPU, count: JSON.stringify(gpuCountFor(facts)) } }),
        ...(fix !== undefined ? { fix } : {}),
      });
    },
  }),
};

export default rule;
