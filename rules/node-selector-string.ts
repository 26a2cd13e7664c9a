import { type Rule } from "../src/rule-api.js";

/** §1.2 [INF]: nodeSelector is read as IDictionary<string,string>; JSON true becomes "True". */
const rule: Rule = {
  meta: {
    id: "node-selector-string",
    severity: "warning",
    facts: ["§1.2"],
    description: "A k8s-experimental.nodeSelector value that is not a string; the fix writes it as a string.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      booleanValue:
        "nodeSelector '{{key}}' is the boolean {{text}}, but node label values are strings (the agent probably reads it as '{{agentReads}}', which matches no node labelled '{{text}}'); write \"{{text}}\"",
      numberValue: "nodeSelector '{{key}}' is the number {{text}}, but node label values are strings; write \"{{text}}\"",
      notScalar: "nodeSelector '{{key}}' is {{kind}}, but a node selector maps label names to string values; write the label value as a string",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const selector = facts.k8sExperimental?.get("nodeSelector");
      if (selector === undefined || !selector.isObject) return;
      // values first; a member's node is made only when it is reported
      const members = selector.value as Record<string, unknown>;
      for (const key of Object.keys(members)) {
        const v = members[key];
        if (typeof v === "string") continue;
        const entry = selector.getExact(key)!;
        const fixable = typeof v === "boolean" || typeof v === "number";
        const text = fixable ? (entry.rawText() ?? String(v)) : undefined;
        report({
          node: entry,
          // an object or array is pointed at by its key (its text spans lines)
          part: fixable ? "value" : "key",
          module: mod,
          ...(text === undefined
            ? { messageId: "notScalar", data: { key: entry.key!, kind: v === null ? "null" : Array.isArray(v) ? "an array" : "an object" } }
            : typeof v === "boolean"
              ? { messageId: "booleanValue", data: { key: entry.key!, text, agentReads: text === "true" ? "True" : "False" } }
              : { messageId: "numberValue", data: { key: entry.key!, text } }),
          ...(text !== undefined ? { fix: [{ op: "set" as const, node: entry, value: text }] } : {}),
        });
      }
    },
  }),
};

export default rule;
