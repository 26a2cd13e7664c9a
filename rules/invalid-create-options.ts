import type { Rule } from "../src/rule-api.js";

/** A module's createOptions (its chunks joined) that is not JSON, or not a JSON object. */
const rule: Rule = {
  meta: {
    id: "invalid-create-options",
    severity: "error",
    facts: ["§2.2"],
    description: "createOptions (joined from its chunks) is not JSON, or not a JSON object.",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      invalid: "{{error}}; the IoT Edge agent cannot create this module",
      invalidJson: "createOptions is not valid JSON: {{error}}; the IoT Edge agent cannot create this module",
    },
  },
  create: ({ report }) => ({
    module(mod) {
      const co = mod.createOptions;
      const err = co.error;
      if (err === undefined) return;
      if (co.chunks.length === 0 || err.length === co.text?.length) {
        report({ node: err.node, part: "value", module: mod, messageId: "invalid", data: { error: err.message } });
        return;
      }
      // the chunk that holds the error, and the offset inside it
      let start = 0;
      let k = 0;
      for (; k < co.chunks.length - 1; k++) {
        const len = (co.chunks[k]!.value as string).length;
        if (err.offset < start + len) break;
        start += len;
      }
      const chunk = co.chunks[k]!;
      const local = err.offset - start;
      const len = (chunk.value as string).length;
      const a = Math.min(local, len);
      const b = Math.min(local + Math.max(err.length, 1), len);
      report({
        node: chunk,
        range: [a, Math.max(a, b)],
        module: mod,
        messageId: "invalidJson",
        data: { error: err.message },
      });
    },
  }),
};

export default rule;
