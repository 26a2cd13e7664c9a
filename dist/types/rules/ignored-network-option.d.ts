import { type Rule } from "../src/rule-api.js";
/** §1.3: Kubernetes reads NetworkMode only for `host`; NetworkingConfig and HostIp are ignored. */
declare const rule: Rule;
export default rule;
