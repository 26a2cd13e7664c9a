import { type Rule } from "../src/rule-api.js";
/** F0, F18: only a subset of the Docker create options reaches Kubernetes; the rest is silently ignored. */
declare const rule: Rule;
export default rule;
