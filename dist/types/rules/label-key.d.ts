import { type Rule } from "../src/rule-api.js";
/** §1.3: Labels become annotations; a key the agent cannot sanitize stops the module from deploying. */
declare const rule: Rule;
export default rule;
