import { type Rule } from "../src/rule-api.js";
/** F11: memory and CPU limits are optional on Kubernetes but recommended. */
declare const rule: Rule;
export default rule;
