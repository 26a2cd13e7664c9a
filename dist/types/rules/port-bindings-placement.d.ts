import { type Rule } from "../src/rule-api.js";
/**
 * PortBindings belongs in HostConfig: at the top level of createOptions neither Docker nor the
 * Kubernetes agent reads it (it is not a container Config field), so nothing is published.
 */
declare const rule: Rule;
export default rule;
