import { type Rule } from "../src/rule-api.js";
/**
 * F11: memory and CPU limits are optional on Kubernetes but recommended. Advice, not a defect: one
 * finding per manifest naming the modules, so that it does not drown the findings that break a deployment.
 */
declare const rule: Rule;
export default rule;
