import { type Rule } from "../src/rule-api.js";
/** F5, §1.2: serviceOptions shapes the module's Service; the agent drops what it cannot parse. */
declare const rule: Rule;
export default rule;
