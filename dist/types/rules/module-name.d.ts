import { type Rule } from "../src/rule-api.js";
/** F17: module names become Kubernetes object names, which must be RFC 1123 labels. */
declare const rule: Rule;
export default rule;
