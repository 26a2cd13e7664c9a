import { type Rule } from "../src/rule-api.js";
/** §2.2: a generated manifest must carry createOptions as a JSON string; only templates may hold an object. */
declare const rule: Rule;
export default rule;
