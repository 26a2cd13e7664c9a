import type { Rule } from "../src/rule-api.js";
/** §2.1: `moduleContent` is the pre-GA name of `modulesContent`; tools accept it only with a deprecation warning. */
declare const rule: Rule;
export default rule;
