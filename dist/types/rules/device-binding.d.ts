import { type Rule } from "../src/rule-api.js";
/** F10 §1.3: device bindings are not passed to Kubernetes pods; acceleration is a resource. */
declare const rule: Rule;
export default rule;
