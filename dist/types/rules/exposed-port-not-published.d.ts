import { type Rule } from "../src/rule-api.js";
/** F5: a service that other modules or clients reach needs a HostPort; ExposedPorts alone gives none. */
declare const rule: Rule;
export default rule;
