import { type Rule } from "../src/rule-api.js";
/** §1.6: every module pod has a proxy sidecar on localhost ports, so only one module may use the host network. */
declare const rule: Rule;
export default rule;
