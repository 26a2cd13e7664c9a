import { type Rule } from "../src/rule-api.js";
/** F8: one module's service cannot carry TCP and UDP ports (a LoadBalancer service is single-protocol). */
declare const rule: Rule;
export default rule;
