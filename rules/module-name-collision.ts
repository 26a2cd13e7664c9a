import { isDns1123Label, k8sName, type Module, type Rule } from "../src/rule-api.js";

/** §1.5: the planner groups modules by SanitizeK8sValue(name) and rejects the deployment on a clash. */
const rule: Rule = {
  meta: {
    id: "module-name-collision",
    severity: "error",
    facts: ["§1.5"],
    description: "Two modules that become the same Kubernetes name; the agent rejects the whole deployment.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      collision:
        "its Kubernetes name '{{k8sName}}' is also the Kubernetes name of module {{others}} (the agent lowercases names and drops characters other than letters, digits, '-' and '.'), so the agent rejects the whole deployment; rename the modules so that they differ after that",
    },
  },
  create: ({ report }) => {
    // the user modules by the Kubernetes name the agent makes of their names, in file order
    // (system modules clashing with a user module are reported by reserved-module-name)
    const groups = new Map<string, Module[]>();
    return {
      module(mod) {
        if (mod.system || mod.placeholderName) return;
        const name = k8sName(mod.name);
        const group = groups.get(name);
        if (group === undefined) groups.set(name, [mod]);
        else group.push(mod);
      },
      manifestExit() {
        for (const [name, mods] of groups) {
          const distinct = new Set(mods.map((m) => m.name));
          if (distinct.size < 2) continue;
          for (const mod of mods) {
            // a name that is not a valid label itself is module-name's finding (an error naming the collision, with the rename)
            if (!isDns1123Label(mod.name)) continue;
            const others = [...distinct].filter((n) => n !== mod.name).map((n) => `'${n}'`);
            report({
              node: mod.node,
              part: "key",
              module: mod,
              messageId: "collision",
              data: { k8sName: name, others: others.join(", ") },
            });
          }
        }
      },
    };
  },
};

export default rule;
