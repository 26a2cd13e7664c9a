import { type Rule } from "../src/rule-api.js";
/** §1.5: the planner groups modules by SanitizeK8sValue(name) and rejects the deployment on a clash. */
declare const rule: Rule;
export default rule;
