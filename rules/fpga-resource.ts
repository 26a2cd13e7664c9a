import { type Edit, type Rule } from "../src/rule-api.js";
import { FPGA, GPU, ensureK8s } from "./_resources.js";
import { resourceEntries } from "./_vm.js";
import { FPGA_RESOURCE_VM_MESSAGES, fpgaResourceVm } from "./_vm-fpga.js";

/** F10: the GPU device has no FPGA; acceleration is requested as `nvidia.com/gpu`. */
const rule: Rule = {
  meta: {
    id: "fpga-resource",
    severity: "error",
    facts: ["F10", "V3"],
    description: "microsoft.com/fpga_catapult under k8s-experimental.resources; the fix requests nvidia.com/gpu with the same count (vm: removes it and requests the GPU with HostConfig.DeviceRequests).",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      fpgaResource: `'${FPGA}' in k8s-experimental.resources.{{where}} asks for an FPGA, which Azure Stack Edge Pro GPU does not have; request '${GPU}': {{count}} in k8s-experimental.resources.limits (and requests) instead`,
      ...FPGA_RESOURCE_VM_MESSAGES,
    },
  },
  create(ctx) {
    if (ctx.target === "vm") return fpgaResourceVm(ctx);
    const { manifest, report } = ctx;
    return {
      module(mod, facts) {
        // the FPGA entries of limits, then of requests
        const found = resourceEntries(facts, FPGA);
        if (found.length === 0) return;
        const { limits } = facts.resources;
        const edits: Edit[] = [];
        for (const f of found) {
          // an existing nvidia.com/gpu in the same map is kept; the FPGA entry only goes away
          if (f.map.get(GPU) !== undefined) edits.push({ op: "remove", node: f.node });
          else edits.push({ op: "rename", node: f.node, key: GPU });
        }
        // Kubernetes needs a GPU in limits: a count given only in requests is copied there
        let fix: Edit[] | undefined = edits;
        if (!found.some((f) => f.where === "limits") && limits?.get(GPU) === undefined) {
          const count = found[0]!.node.value;
          const more = ensureK8s(manifest, facts, { resources: { limits: { [GPU]: count } } });
          fix = more === undefined ? undefined : [...edits, ...more];
        }
        for (const f of found) {
          report({
            node: f.node,
            module: mod,
            messageId: "fpgaResource",
            data: { where: f.where, count: JSON.stringify(f.node.value) },
            ...(fix !== undefined ? { fix } : {}),
          });
        }
      },
    };
  },
};

export default rule;
