import { moduleLabel, type Rule } from "../src/rule-api.js";
import { hasHostConfigMember } from "./_facts.js";
import { resourceMaps } from "./_resources.js";

/** F11: memory and CPU limits are optional on Kubernetes but recommended. */
const rule: Rule = {
  meta: {
    id: "missing-resource-limits",
    severity: "info",
    facts: ["F11"],
    description: "A user module without memory or cpu limits in k8s-experimental.resources.limits.",
    repair: "none",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (mod.system || mod.createOptions.error !== undefined) continue;
      const { limits } = resourceMaps(mod);
      // Docker limits that docker-resource-limits converts count as given
      const missing: string[] = [];
      if (limits?.get("memory") === undefined && !hasHostConfigMember(mod, "memory")) missing.push("memory");
      if (limits?.get("cpu") === undefined && !hasHostConfigMember(mod, "nanocpus") && !hasHostConfigMember(mod, "cpuquota")) missing.push("cpu");
      if (missing.length === 0) continue;
      report({
        node: mod.node,
        module: mod,
        message: `${moduleLabel(mod)} has no ${missing.join(" or ")} limit; on Kubernetes set them under k8s-experimental.resources.limits (for example "memory": "128Mi", "cpu": "500m"), so that one module cannot starve the others`,
      });
    }
  },
};

export default rule;
