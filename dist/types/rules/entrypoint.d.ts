import { type Rule } from "../src/rule-api.js";
/** F18: the article lists Entrypoint among the Docker create options that do not work on Kubernetes. */
declare const rule: Rule;
export default rule;
