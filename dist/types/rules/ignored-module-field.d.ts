import { type Rule } from "../src/rule-api.js";
/** §1.3: module fields the Kubernetes agent stores but never uses. */
declare const rule: Rule;
export default rule;
