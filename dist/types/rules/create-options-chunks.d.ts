import { type Rule } from "../src/rule-api.js";
/** §2.2: the agent joins createOptions chunks in ordinal text order and needs contiguous numbering. */
declare const rule: Rule;
export default rule;
