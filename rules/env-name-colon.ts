import { hasPlaceholder, type Rule } from "../src/rule-api.js";

const COLON = "environment variable '{{name}}' has ':' in its name, which Kubernetes rejects; name it '{{renamed}}' (.NET reads '__' as ':')";

/** F19: Kubernetes rejects ':' in environment variable names; .NET reads '__' as ':'. */
const rule: Rule = {
  meta: {
    id: "env-name-colon",
    severity: "error",
    facts: ["F19", "§1.4"],
    description: "Environment variable names with ':' (in env or createOptions.Env); Kubernetes needs '__' instead.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      colon: COLON,
      colonNameTaken: `${COLON}; '{{renamed}}' is already set, so merge the two by hand`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const vars = facts.env;
      let names: Set<string> | undefined;
      for (const v of vars) {
        if (v.malformed || !v.name.includes(":") || hasPlaceholder(v.name)) continue;
        names ??= new Set(vars.map((x) => x.name));
        const renamed = v.name.replace(/:/g, "__");
        const data = { name: v.name, renamed };
        if (names.has(renamed)) {
          report({ node: v.node, module: mod, messageId: "colonNameTaken", data });
          continue;
        }
        const fix =
          v.from === "env"
            ? [{ op: "rename" as const, node: v.node, key: renamed }]
            : [{ op: "set" as const, node: v.node, value: `${renamed}=${v.value ?? ""}` }];
        report({ node: v.node, module: mod, messageId: "colon", data, fix });
      }
    },
  }),
};

export default rule;
