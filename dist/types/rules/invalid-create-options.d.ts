import type { Rule } from "../src/rule-api.js";
/** A module's createOptions (its chunks joined) that is not JSON, or not a JSON object. */
declare const rule: Rule;
export default rule;
