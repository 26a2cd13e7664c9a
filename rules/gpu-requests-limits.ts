import { ensureValue, hasPlaceholder, type JNode, type Rule } from "../src/rule-api.js";

const GPU = "nvidia.com/gpu";

/** A resource quantity as a comparable number, when it is a plain integer (1, "1"). */
function count(n: JNode): number | undefined {
  const v = n.value;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*[0-9]+\s*$/.test(v)) return Number(v);
  return undefined;
}

function show(n: JNode): string {
  return typeof n.value === "string" ? JSON.stringify(n.value) : String(n.value);
}

const SET_LIMIT = `set limits "${GPU}" to {{request}} (or give only the limit)`;

/** §1.7, §5.7: Kubernetes needs GPU limits; GPU requests, if given, must equal them. */
const rule: Rule = {
  meta: {
    id: "gpu-requests-limits",
    severity: "error",
    facts: ["§1.7", "§5.7"],
    description: "nvidia.com/gpu in k8s-experimental.resources.requests without a limit, or with a different limit; the fix copies the request into limits.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      noLimit: `k8s-experimental.resources requests ${GPU}: {{request}} but limits has no ${GPU}; Kubernetes does not allow GPU requests without limits; ${SET_LIMIT}`,
      limitDiffers: `k8s-experimental.resources requests ${GPU}: {{request}} but limits ${GPU}: {{limit}}; Kubernetes requires GPU requests to equal the limits; ${SET_LIMIT}`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const resources = facts.k8sExperimental?.get("resources");
      if (resources === undefined || !resources.isObject) return;
      // requests and limits when they are objects (matched in any case like other members)
      const { limits, requests } = facts.resources;
      // resource names are exact (nvidia.com/gpu)
      const req = requests?.withCase(false).getExact(GPU);
      if (req === undefined || req.value === null) return;
      if (typeof req.value === "string" && hasPlaceholder(req.value)) return;
      // limits written as something other than an object
      if (limits === undefined && resources.get("limits") !== undefined) return;
      const lim = limits?.withCase(false).getExact(GPU);
      if (lim !== undefined && typeof lim.value === "string" && hasPlaceholder(lim.value)) return;
      if (lim !== undefined) {
        const a = count(req);
        const b = count(lim);
        if (a !== undefined && b !== undefined ? a === b : JSON.stringify(req.value) === JSON.stringify(lim.value)) return;
      }
      const fix =
        lim !== undefined
          ? [{ op: "set" as const, node: lim, value: req.value }]
          : limits !== undefined
            ? [{ op: "add" as const, parent: limits, key: GPU, value: req.value }]
            : [ensureValue(resources, ["limits", GPU], req.value)];
      report({
        node: req,
        part: "key",
        module: mod,
        ...(lim === undefined ? { messageId: "noLimit", data: { request: show(req) } } : { messageId: "limitDiffers", data: { request: show(req), limit: show(lim) } }),
        fix,
      });
    },
  }),
};

export default rule;
