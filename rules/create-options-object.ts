import { type Rule } from "../src/rule-api.js";

/** §2.2: a generated manifest must carry createOptions as a JSON string; only templates may hold an object. */
const rule: Rule = {
  meta: {
    id: "create-options-object",
    severity: "error",
    facts: ["§2.2"],
    description: "An object createOptions in a generated (non-template) manifest; the fix stringifies it compactly and chunks it.",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      objectCreateOptions:
        "createOptions is a JSON object, but a deployment manifest (not a *.template.json) must carry it as a JSON string (the deployment schema and az CLI require a string); write it stringified, split into chunks of 512 characters (createOptions, createOptions01, …)",
    },
  },
  create({ manifest, report }) {
    if (manifest.template) return {};
    return {
      module(mod) {
        const co = mod.createOptions;
        if (co.form !== "object" || co.root === undefined || mod.settings === undefined) return;
        report({
          node: co.root,
          module: mod,
          messageId: "objectCreateOptions",
          fix: [{ op: "createOptions", settings: mod.settings, text: JSON.stringify(co.root.value) }],
        });
      },
    };
  },
};

export default rule;
