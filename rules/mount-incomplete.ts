import { hasPlaceholder, type Rule } from "../src/rule-api.js";

/** §1.3: the Kubernetes agent throws InvalidMountException for a Mounts entry without Type, Source or Target. */
const rule: Rule = {
  meta: {
    id: "mount-incomplete",
    severity: "error",
    facts: ["§1.3", "V1"],
    description: "A HostConfig.Mounts entry without Type, Source or Target (the Kubernetes agent rejects the module).",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      notObject: "a HostConfig.Mounts entry must be an object with Type, Source and Target",
      dockerMissing:
        "HostConfig.Mounts entry without {{missing}}; Docker needs a Type and a Target on every mount (and a Source on a bind) and otherwise does not create the module's container",
      missing:
        'HostConfig.Mounts entry without {{missing}}; the Kubernetes agent needs Type, Source and Target on every mount and otherwise rejects the module ("Type, Source, and Target required for all mounts")',
    },
  },
  create: ({ target, report }) => ({
    module(mod, facts) {
      for (const m of facts.mounts) {
        if (typeof m.node.value === "string" && hasPlaceholder(m.node.value)) continue;
        if (!m.node.isObject) {
          report({ node: m.node, module: mod, messageId: "notObject" });
          continue;
        }
        const missing = (["Type", "Source", "Target"] as const).filter((k) => {
          const n = k === "Type" ? m.type : k === "Source" ? m.source : m.target;
          return n === undefined || n.value === null;
        });
        // Docker (the vm target, V1) needs a Type and a Target; a Source only for a bind (a volume without one is anonymous, tmpfs has none)
        const dockerMissing = missing.filter((k) => k !== "Source" || (typeof m.type?.value === "string" && m.type.value.toLowerCase() === "bind"));
        if (target === "vm") {
          if (dockerMissing.length === 0) continue;
          report({
            node: m.node.entries()[0] ?? m.node,
            module: mod,
            messageId: "dockerMissing",
            data: { missing: dockerMissing.join(", ") },
          });
          continue;
        }
        if (missing.length === 0) continue;
        // point at the entry's first key (an entry spans lines in a template, one line in a string)
        report({
          node: m.node.entries()[0] ?? m.node,
          module: mod,
          messageId: "missing",
          data: { missing: missing.join(", ") },
        });
      }
    },
  }),
};

export default rule;
