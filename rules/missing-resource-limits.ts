import { type Module, type ModuleFacts, type Rule } from "../src/rule-api.js";

/** The limits a user module lacks ("memory", "cpu"); Docker limits that docker-resource-limits converts count as given. */
function missingLimits(facts: ModuleFacts): string[] {
  const { limits } = facts.resources;
  const missing: string[] = [];
  if (limits?.get("memory") === undefined && !facts.hasHostConfigMember("memory")) missing.push("memory");
  if (limits?.get("cpu") === undefined && !facts.hasHostConfigMember("nanocpus", "cpuquota")) missing.push("cpu");
  return missing;
}

/** How many modules a message names before it says "and N more". */
const NAMED = 10;

/**
 * F11: memory and CPU limits are optional on Kubernetes but recommended. Advice, not a defect: one
 * finding per manifest naming the modules, so that it does not drown the findings that break a deployment.
 */
const rule: Rule = {
  meta: {
    id: "missing-resource-limits",
    severity: "info",
    facts: ["F11"],
    description: "User modules without memory or cpu limits in k8s-experimental.resources.limits: one finding per manifest, naming them.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      oneModule:
        '1 user module has no memory or cpu limit: \'{{module}}\' ({{missing}}); on Kubernetes set them under k8s-experimental.resources.limits (for example "memory": "128Mi", "cpu": "500m"), so that one module cannot starve the others',
      modules:
        '{{count}} user modules have no memory or cpu limit: {{modules}}; on Kubernetes set them under k8s-experimental.resources.limits (for example "memory": "128Mi", "cpu": "500m"), so that one module cannot starve the others',
    },
  },
  create({ report }) {
    const lacking: { mod: Module; missing: string[] }[] = [];
    return {
      module(mod, facts) {
        if (mod.system || mod.createOptions.error !== undefined) return;
        const missing = missingLimits(facts);
        if (missing.length > 0) lacking.push({ mod, missing });
      },
      manifestExit() {
        if (lacking.length === 0) return;
        // at the first module it names; the finding is the manifest's, not that module's (no module prefix)
        const at = { node: lacking[0]!.mod.node, part: "key" as const };
        if (lacking.length === 1) {
          const { mod, missing } = lacking[0]!;
          report({ ...at, messageId: "oneModule", data: { module: mod.name, missing: missing.join(", ") } });
          return;
        }
        const named = lacking.slice(0, NAMED).map(({ mod, missing }) => `'${mod.name}' (${missing.join(", ")})`);
        const more = lacking.length > NAMED ? ` and ${lacking.length - NAMED} more` : "";
        report({ ...at, messageId: "modules", data: { count: lacking.length, modules: named.join(", ") + more } });
      },
    };
  },
};

export default rule;
