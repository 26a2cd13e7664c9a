import { type Rule } from "../src/rule-api.js";
/** §1.4: Kubernetes rejects env names outside `[-._a-zA-Z][-._a-zA-Z0-9]*` (':' is env-name-colon's). */
declare const rule: Rule;
export default rule;
