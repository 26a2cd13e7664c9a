import { interpolate, type SyntaxRule } from "../src/rule-api.js";

const MESSAGES = {
  unreadable: "{{error}}: the manifest cannot be read, so no other rule ran on it",
};

/** A file that is not JSON (templates: after allowing comments, trailing commas and bare placeholders). */
const rule: SyntaxRule = {
  meta: {
    id: "invalid-json",
    severity: "error",
    facts: [],
    description: "The file is not valid JSON (templates may have comments, trailing commas and bare placeholders); reported at the first error.",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: MESSAGES,
  },
  // nothing to check in a file that reads as a manifest: the rule reports only a file that does not (checkSyntax)
  create: () => ({}),
  checkSyntax(failure, report) {
    // a syntax rule reports finished text (the file has no model, so no module either)
    report(interpolate(MESSAGES.unreadable, { error: failure.message }));
  },
};

export default rule;
