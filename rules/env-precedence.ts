import { type Edit, type EnvVar, type Rule } from "../src/rule-api.js";
import { shadowedCopies } from "./_duplicates.js";

/**
 * §1.4: Docker's agent drops a createOptions.Env entry whose name is also in the module `env`
 * (module `env` wins); the Kubernetes agent appends createOptions.Env after `env`, and kubelet
 * keeps the last value (createOptions.Env wins). Dropping the createOptions.Env entry keeps
 * Docker's behaviour on both runtimes.
 */
const rule: Rule = {
  meta: {
    id: "env-precedence",
    severity: "warning",
    facts: ["§1.4"],
    description: "The same variable in module env and createOptions.Env with different values: Docker uses env, Kubernetes uses createOptions.Env.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      conflict:
        "'{{name}}' is '{{envValue}}' in the module env but '{{value}}' in createOptions.Env; Docker uses the env value and Kubernetes uses the createOptions.Env value; keep one: remove '{{name}}={{value}}' from createOptions.Env (Docker's behaviour) or change the env value",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const vars = facts.env;
      if (!vars.some((v) => v.from === "env") || !vars.some((v) => v.from === "createOptions")) return;
      const fromEnv = new Map<string, EnvVar>();
      for (const v of vars) if (v.from === "env") fromEnv.set(v.name, v);
      const conflicts = vars.filter((v) => {
        if (v.from !== "createOptions" || v.malformed) return false;
        const e = fromEnv.get(v.name);
        return e !== undefined && e.value !== undefined && e.value !== v.value;
      });
      if (conflicts.length === 0) return;
      // one fix for the module: the Env array without the shadowed entries (removed when nothing is left)
      const envNode = facts.envList;
      let fix: Edit[] | undefined;
      if (envNode?.isArray) {
        const drop = new Set(conflicts.map((c) => c.node.path[c.node.path.length - 1]));
        const rest = envNode.items().filter((n) => !drop.has(n.path[n.path.length - 1]));
        // an Env written twice keeps its (emptied) last copy: removing it would let the earlier copy take effect
        fix = rest.length === 0 && shadowedCopies(envNode) === 0 ? [{ op: "remove", node: envNode }] : [{ op: "set", node: envNode, value: rest.map((n) => n.value) }];
      }
      for (const c of conflicts) {
        const e = fromEnv.get(c.name)!;
        report({
          node: c.node,
          module: mod,
          messageId: "conflict",
          data: { name: c.name, envValue: String(e.value), value: String(c.value) },
          ...(fix !== undefined ? { fix } : {}),
        });
      }
    },
  }),
};

export default rule;
