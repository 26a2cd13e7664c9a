import { type Rule } from "../src/rule-api.js";
/**
 * §1.6: the agent names each module volume `SanitizeDNSLabel(source)` and groups volumes by that
 * name, so two different sources with the same name silently share one volume.
 */
declare const rule: Rule;
export default rule;
