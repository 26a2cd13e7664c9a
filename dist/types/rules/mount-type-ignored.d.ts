import { type Rule } from "../src/rule-api.js";
/** §1.3: the Kubernetes agent mounts only `bind` and `volume`; other types are silently not mounted. */
declare const rule: Rule;
export default rule;
