import { type Rule } from "../src/rule-api.js";
declare const rule: Rule;
export default rule;
