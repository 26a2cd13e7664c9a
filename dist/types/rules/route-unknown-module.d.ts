import { type Rule } from "../src/rule-api.js";
/** §2.1 / §5.1: a route that names a module the deployment does not define never delivers. */
declare const rule: Rule;
export default rule;
