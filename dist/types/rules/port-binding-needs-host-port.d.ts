import { type Rule } from "../src/rule-api.js";
/** F5, F6: the agent makes a Service port only from a numeric HostPort; Docker's "pick a random port" has no equivalent. */
declare const rule: Rule;
export default rule;
