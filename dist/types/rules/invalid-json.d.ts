import { type SyntaxRule } from "../src/rule-api.js";
/** A file that is not JSON (templates: after allowing comments, trailing commas and bare placeholders). */
declare const rule: SyntaxRule;
export default rule;
