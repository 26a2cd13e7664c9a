import type { Rule } from "../src/rule-api.js";

/** §2.1: `moduleContent` is the pre-GA name of `modulesContent`; tools accept it only with a deprecation warning. */
const rule: Rule = {
  meta: {
    id: "legacy-module-content",
    severity: "warning",
    facts: ["§2.1"],
    description: "The legacy root key moduleContent; the fix renames it to modulesContent.",
    repair: "fix",
  },
  check({ manifest, report }) {
    const content = manifest.modulesContent;
    if (content === undefined || content.key !== "moduleContent") return;
    // the object that holds moduleContent: the root, or the `content` wrapper of a layered file
    const holder = content.path.length === 1 ? manifest.root : manifest.root.getExact("content");
    const clash = holder?.getExact("modulesContent") !== undefined;
    report({
      node: content,
      part: "key",
      message: clash
        ? "'moduleContent' is the deprecated pre-GA name; this file also has 'modulesContent', so merge the two by hand and keep 'modulesContent'"
        : "'moduleContent' is the deprecated pre-GA name of 'modulesContent' (the az CLI warns, VS Code rewrites it); rename it to 'modulesContent'",
      ...(clash ? {} : { fix: [{ op: "rename" as const, node: content, key: "modulesContent" }] }),
    });
  },
};

export default rule;
