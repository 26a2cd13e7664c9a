import { type Rule } from "../src/rule-api.js";
/** §1.4: the agent's ParseEnv drops `Env` entries without '=' or starting with it. */
declare const rule: Rule;
export default rule;
