import { type Rule } from "../src/rule-api.js";
/** A key written twice in one object, in the file or inside a stringified createOptions: the last wins. */
declare const rule: Rule;
export default rule;
