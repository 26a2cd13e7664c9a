import { type Rule } from "../src/rule-api.js";
/** §1.5: names the agent or the runtime already uses in the namespace or the pod. */
declare const rule: Rule;
export default rule;
