import { type Rule } from "../src/rule-api.js";
/** §1.7, §5.7: Kubernetes needs GPU limits; GPU requests, if given, must equal them. */
declare const rule: Rule;
export default rule;
