import { type Rule } from "../src/rule-api.js";
/** §1.2: the k8s-experimental section's exact key, place and shape, as the Kubernetes agent reads it. */
declare const rule: Rule;
export default rule;
