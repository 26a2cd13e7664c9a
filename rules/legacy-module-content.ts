import type { Rule } from "../src/rule-api.js";

/** §2.1: `moduleContent` is the pre-GA name of `modulesContent`; tools accept it only with a deprecation warning. */
const rule: Rule = {
  meta: {
    id: "legacy-module-content",
    severity: "warning",
    facts: ["§2.1"],
    description: "The legacy root key moduleContent; the fix renames it to modulesContent.",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      alsoModulesContent:
        "'moduleContent' is the deprecated pre-GA name, and this file also has 'modulesContent', so 'moduleContent' is ignored; merge the two by hand and keep 'modulesContent'",
      rename: "'moduleContent' is the deprecated pre-GA name of 'modulesContent' (the az CLI warns, VS Code rewrites it); rename it to 'modulesContent'",
    },
  },
  create: ({ report }) => ({
    manifest(manifest) {
      // moduleContent at the root, or in the `content` wrapper of an az CLI content file
      const inner = manifest.root.getExact("content");
      for (const holder of [manifest.root, ...(inner?.isObject ? [inner] : [])]) {
        const legacy = holder.getExact("moduleContent");
        if (legacy === undefined || !legacy.isObject) continue;
        const clash = holder.getExact("modulesContent") !== undefined;
        report({
          node: legacy,
          part: "key",
          messageId: clash ? "alsoModulesContent" : "rename",
          ...(clash ? {} : { fix: [{ op: "rename" as const, node: legacy, key: "modulesContent" }] }),
        });
      }
    },
  }),
};

export default rule;
