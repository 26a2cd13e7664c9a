import { type Rule } from "../src/rule-api.js";
/** §1.2 [INF]: k8s-experimental.securityContext is a V1PodSecurityContext; container-level members are lost. */
declare const rule: Rule;
export default rule;
