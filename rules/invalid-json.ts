import type { SyntaxRule } from "../src/rule-api.js";

/** A file that is not JSON (templates: after allowing comments, trailing commas and bare placeholders). */
const rule: SyntaxRule = {
  meta: {
    id: "invalid-json",
    severity: "error",
    facts: [],
    description: "The file is not valid JSON (templates may have comments, trailing commas and bare placeholders); reported at the first error.",
    repair: "none",
    targets: ["kubernetes", "vm"],
  },
  check() {},
  checkSyntax(failure, report) {
    report(`${failure.message}: the manifest cannot be read, so no other rule ran on it`);
  },
};

export default rule;
